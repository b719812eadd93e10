import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { citingFile, rehypeSite } from './rehype-site';
import { sourceIndex } from '../sources/tiers';

function el(tagName: string, properties: Element['properties'], text: string): Element {
  return { type: 'element', tagName, properties, children: [{ type: 'text', value: text }] };
}

describe('rehypeSite', () => {
  it('adds the base to root-relative links only', () => {
    const tree: Root = {
      type: 'root',
      children: [el('a', { href: '/notes/x/' }, 'x'), el('a', { href: 'https://nato.int/' }, 'y'), el('a', { href: '#f1' }, 'z')],
    };
    rehypeSite({ base: '/companion/' })(tree);
    const [a, b, c] = tree.children as Element[];
    expect(a!.properties.href).toBe('/companion/notes/x/');
    expect(b!.properties.href).toBe('https://nato.int/');
    expect(b!.properties.rel).toBeUndefined(); // same-tab links need no rel
    expect(c!.properties.href).toBe('#f1');
  });

  it('gives h2/h3 unique ids and an anchor link, keeping explicit ids', () => {
    const tree: Root = {
      type: 'root',
      children: [el('h2', {}, "NATO's response"), el('h3', {}, "NATO's response"), el('h2', { id: 'keep' }, 'Other')],
    };
    rehypeSite({ base: '/' })(tree);
    const [h1, h2, h3] = tree.children as Element[];
    expect(h1!.properties.id).toBe('natos-response');
    expect(h2!.properties.id).toBe('natos-response-1');
    expect(h3!.properties.id).toBe('keep');
    const anchor = h1!.children.at(-1) as Element;
    expect(anchor.properties.href).toBe('#natos-response');
  });
});

describe('rehypeSite: footnote tier badges', () => {
  const sources = sourceIndex([{ id: 'un', url: 'https://undocs.org/S/RES/822(1993)', kind: 'official' }, { id: 'enc', url: 'https://www.britannica.com/x', kind: 'reference' }]);
  const footnotes = (...hrefs: string[]): Root => ({
    type: 'root',
    children: [
      {
        type: 'element',
        tagName: 'section',
        properties: { dataFootnotes: true, className: ['footnotes'] },
        children: [
          {
            type: 'element',
            tagName: 'ol',
            properties: {},
            children: hrefs.map((h, i) => ({
              type: 'element',
              tagName: 'li',
              properties: { id: `user-content-fn-${i}` },
              children: [
                { type: 'element', tagName: 'p', properties: {}, children: [el('a', { href: h }, 'Source'), el('a', { href: `#fnref-${i}`, dataFootnoteBackref: '' }, '↩')] },
              ],
            })),
          },
        ],
      },
    ],
  });
  const badges = (tree: Root): string[] => {
    const out: string[] = [];
    const walk = (n: Root | Element): void => {
      for (const c of n.children) {
        if (c.type !== 'element') continue;
        if (c.tagName === 'span' && String(c.properties.dataTier ?? '')) out.push(String(c.properties.dataTier));
        walk(c);
      }
    };
    walk(tree);
    return out;
  };
  const file = { path: '/x/project/content/notes/some-note.mdx' };

  it('adds a badge after each footnote link on note and case pages, not after back-references', () => {
    const tree = footnotes('/statements/nato-x/', 'https://undocs.org/S/RES/822(1993)', 'https://britannica.com/x');
    rehypeSite({ base: '/', sources })(tree, file);
    expect(badges(tree)).toEqual(['official', 'official', 'other']);
  });

  it('leaves pages other than cases and notes alone', () => {
    const tree = footnotes('https://example.org/unknown');
    rehypeSite({ base: '/', sources })(tree, { path: '/x/project/content/statements/s.md' });
    expect(badges(tree)).toEqual([]);
  });

  it('fails naming the file and the URL for a mirror or an unrecorded URL', () => {
    expect(() => rehypeSite({ base: '/', sources })(footnotes('https://en.wikipedia.org/wiki/X'), file)).toThrow(/content\/notes\/some-note\.mdx[\s\S]*wikipedia\.org\/wiki\/X/);
    expect(() => rehypeSite({ base: '/', sources })(footnotes('https://example.org/unknown'), file)).toThrow(/no content\/sources record/);
  });

  it('only warns for files listed as pending', () => {
    const tree = footnotes('https://example.org/unknown');
    expect(() => rehypeSite({ base: '/', sources, pending: ['content/notes/some-note.mdx'] })(tree, file)).not.toThrow();
  });

  it('finds the citing file from a path', () => {
    expect(citingFile({ path: 'C:\\p\\content\\cases\\georgia-2008.mdx' })).toBe('content/cases/georgia-2008.mdx');
    expect(citingFile({ history: ['/p/content/notes/x.mdx'] })).toBe('content/notes/x.mdx');
    expect(citingFile({ path: '/p/src/pages/about.astro' })).toBeNull();
  });
});

describe('rehypeSite inside MDX components', () => {
  it('adds the base to links inside an <ArticleRef> (an MDX JSX element)', () => {
    const link: Element = { type: 'element', tagName: 'a', properties: { href: '/notes/endnote-2/' }, children: [{ type: 'text', value: 'note 2' }] };
    const jsx = { type: 'mdxJsxTextElement', name: 'ArticleRef', attributes: [], children: [link] };
    const tree = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [jsx] }] } as unknown as Root;
    rehypeSite({ base: '/companion/' })(tree);
    expect(link.properties.href).toBe('/companion/notes/endnote-2/');
  });
});
