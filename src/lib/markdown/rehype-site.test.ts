import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeSite } from './rehype-site';

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
    expect(b!.properties.rel).toEqual(['noopener']);
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
