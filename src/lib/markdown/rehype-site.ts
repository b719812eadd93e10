/**
 * A rehype plugin for authored Markdown/MDX:
 * - root-relative links (`/statements/x/`) get the deploy base, so content never hard-codes it;
 * - external links get rel="noopener" (they open in the same tab);
 * - every h2/h3 gets a stable id (GitHub-style slug, unless the author set one) and a visible
 *   "link to this section" anchor that the copy-link script enhances.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { withBase } from '../url';

export interface RehypeSiteOptions {
  base: string;
}

function textOf(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as ElementContent[]).map(textOf).join('');
  return '';
}

function visitElements(node: Root | Element, fn: (el: Element) => void): void {
  for (const child of node.children) {
    if (child.type === 'element') {
      fn(child);
      visitElements(child, fn);
    }
  }
}

/** The anchor element appended to a heading. */
export function sectionAnchor(id: string, headingText: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: ['heading-anchor'], href: `#${id}`, ariaLabel: `Link to section: ${headingText}`, dataCopyLink: '', dataPagefindIgnore: '',
    },
    // No text: the glyph is drawn by CSS on hover/focus, and search indexes no "#Link to section" in headings.
    children: [],
  };
}

export function rehypeSite(options: RehypeSiteOptions) {
  return (tree: Root): void => {
    const slugger = new GithubSlugger();
    visitElements(tree, (el) => {
      if (el.tagName === 'a' && typeof el.properties.href === 'string') {
        const href = el.properties.href;
        if (href.startsWith('/') && !href.startsWith('//')) el.properties.href = withBase(options.base, href);
        else if (/^https?:\/\//.test(href)) el.properties.rel = ['noopener'];
      }
      if (el.tagName === 'h2' || el.tagName === 'h3') {
        const text = el.children.map(textOf).join('').trim();
        const id = typeof el.properties.id === 'string' ? el.properties.id : slugger.slug(text);
        el.properties.id = id;
        el.children.push(sectionAnchor(id, text));
      }
    });
  };
}
