/**
 * A rehype plugin for authored Markdown/MDX:
 * - root-relative links (`/statements/x/`) get the deploy base, so content never hard-codes it;
 * - every h2/h3 gets a stable id (GitHub-style slug, unless the author set one) and a visible
 *   "link to this section" anchor that the copy-link script enhances;
 * - on case and note pages (content/cases, content/notes), every footnote link gets a small source-tier badge
 *   (official / scholarship / news / other, see src/lib/sources/tiers.ts), and the build fails, naming the file
 *   and the URL, when a footnote links to a mirror site or to an external URL with no content/sources record.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { withBase } from '../url';
import { classifyCitation, TIERS, type SourceIndex, type TierId } from '../sources/tiers';

export interface RehypeSiteOptions {
  base: string;
  /** content/sources records by URL; without it footnotes get no badges and are not checked. */
  sources?: SourceIndex;
  /** Project-relative files whose citation problems are warnings, not failures (see CITATION_PENDING). */
  pending?: readonly string[];
}

/** The minimal VFile surface used here (the file being compiled). */
interface FileLike {
  path?: string;
  history?: string[];
}

/** The badge appended after a footnote's link. */
export function tierBadge(tier: TierId): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['tier-badge'], dataTier: tier, dataPagefindIgnore: '' }, // the legend on /about/#tiers spells each tier out
    children: [{ type: 'text', value: TIERS[tier].short }],
  };
}

/** Project-relative path of a content file with citations to check (case or note), or null. */
export function citingFile(file: FileLike | undefined): string | null {
  const p = (file?.path ?? file?.history?.[0] ?? '').replace(/\\/g, '/');
  const m = /(?:^|\/)(content\/(?:cases|notes)\/[^/]+\.mdx?)$/.exec(p);
  return m ? m[1]! : null;
}

function badgeFootnotes(tree: Root, sources: SourceIndex, base: string, file: string, pending: readonly string[]): void {
  const problems: string[] = [];
  visitElements(tree, (section) => {
    if (section.tagName !== 'section' || !('dataFootnotes' in section.properties)) return;
    visitElements(section, (li) => {
      if (li.tagName !== 'li') return;
      const walk = (parent: Element): void => {
        for (let i = 0; i < parent.children.length; i++) {
          const child = parent.children[i]!;
          if (child.type !== 'element') continue;
          if (child.tagName === 'a' && typeof child.properties.href === 'string' && !('dataFootnoteBackref' in child.properties)) {
            const href = child.properties.href;
            if (href.startsWith('#')) continue;
            const c = classifyCitation(href, sources, base);
            if (c.status === 'ok') {
              parent.children.splice(i + 1, 0, { type: 'text', value: ' ' }, tierBadge(c.tier));
              i += 2;
            } else if (c.status === 'mirror') problems.push(`${href}: a mirror site (${c.host}); cite the original text instead`);
            else if (c.status === 'unrecorded') problems.push(`${href}: no content/sources record has this url (add one, with its kind, or fix the link)`);
          } else if (child.tagName !== 'span' || !(child.properties.className as string[] | undefined)?.includes('tier-badge')) walk(child);
        }
      };
      walk(li);
    });
  });
  if (problems.length === 0) return;
  const message = `[citations] ${file}: footnote link problem(s):\n  ${problems.join('\n  ')}`;
  if (pending.includes(file)) console.warn(`${message}\n  (PENDING: owned by another change, see CITATION_PENDING)`);
  else throw new Error(message);
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
    } else if ('children' in child && Array.isArray(child.children)) {
      // MDX components (<ArticleRef>…</ArticleRef>) hold Markdown children: their links need the base too.
      visitElements(child as unknown as Element, fn);
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
  return (tree: Root, file?: FileLike): void => {
    const slugger = new GithubSlugger();
    visitElements(tree, (el) => {
      if (el.tagName === 'a' && typeof el.properties.href === 'string') {
        const href = el.properties.href;
        if (href.startsWith('/') && !href.startsWith('//')) el.properties.href = withBase(options.base, href);
      }
      if (el.tagName === 'h2' || el.tagName === 'h3') {
        const text = el.children.map(textOf).join('').trim();
        const id = typeof el.properties.id === 'string' ? el.properties.id : slugger.slug(text);
        el.properties.id = id;
        el.children.push(sectionAnchor(id, text));
      }
    });
    const citing = citingFile(file);
    if (options.sources && citing) badgeFootnotes(tree, options.sources, options.base, citing, options.pending ?? []);
  };
}
