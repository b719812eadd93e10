import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { linkIdsInText, rehypeRecordLinks } from './record-links';

const labels = new Map([['csto-2008-09-05-csc-moscow-declaration', 'Moscow Declaration, 5 September 2008']]);

describe('record ids in prose', () => {
  it('turns a known id into a labelled link with the base', () => {
    const out = linkIdsInText('(see csto-2008-09-05-csc-moscow-declaration).', labels, '/companion/');
    expect(out).toEqual([
      { type: 'text', value: '(see ' },
      { type: 'element', tagName: 'a', properties: { href: '/companion/statements/csto-2008-09-05-csc-moscow-declaration/' }, children: [{ type: 'text', value: 'Moscow Declaration, 5 September 2008' }] },
      { type: 'text', value: ').' },
    ]);
  });
  it('leaves unknown ids and plain text alone', () => {
    expect(linkIdsInText('see nato-2099-01-01-nothing here', labels, '/')).toEqual([{ type: 'text', value: 'see nato-2099-01-01-nothing here' }]);
  });
  it('does not link inside existing links or code', () => {
    const tree: Root = { type: 'root', children: [
      { type: 'element', tagName: 'a', properties: { href: '/x/' }, children: [{ type: 'text', value: 'csto-2008-09-05-csc-moscow-declaration' }] },
      { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'csto-2008-09-05-csc-moscow-declaration' }] },
    ] };
    rehypeRecordLinks({ base: '/', labels })(tree);
    const [a, p] = tree.children as Array<{ children: Array<{ type: string; tagName?: string }> }>;
    expect(a!.children[0]!.type).toBe('text');
    expect(p!.children[0]!.tagName).toBe('a');
  });
});
