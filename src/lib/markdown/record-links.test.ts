import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { linkIdsInText, loadRecordLabels, quickFields, rehypeRecordLinks } from './record-links';

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

describe('record labels from front matter', () => {
  it('reads id, titleEn and date from their lines exactly as a full YAML parse does, for every record', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const dir = 'content/statements';
    let quick = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(`${dir}/${file}`, 'utf8'))![1]!;
      const full = parse(front) as { id: string; titleEn: string; date: string | Date };
      const fields = quickFields(front);
      if (!fields) continue;
      quick += 1;
      const date = full.date instanceof Date ? full.date.toISOString().slice(0, 10) : String(full.date);
      expect(fields, file).toEqual({ id: full.id, titleEn: full.titleEn, date });
    }
    expect(quick).toBeGreaterThan(0);
  });
  it('handles quoted values and gives up on block scalars and comments', () => {
    expect(quickFields('id: a-b\ntitleEn: "Say \\"no\\": a title"\ndate: 2008-09-05')).toEqual({ id: 'a-b', titleEn: 'Say "no": a title', date: '2008-09-05' });
    expect(quickFields("id: a\ntitleEn: 'It''s'\ndate: '2008-09-05'")).toEqual({ id: 'a', titleEn: "It's", date: '2008-09-05' });
    expect(quickFields('id: a\ntitleEn: >\n  folded\ndate: 2008-09-05')).toBeUndefined();
    expect(quickFields('id: a # note\ntitleEn: t\ndate: 2008-09-05')).toBeUndefined();
    expect(quickFields('id: a\ndate: 2008-09-05')).toBeUndefined();
  });
  it('loadRecordLabels labels every record', () => {
    const labels = loadRecordLabels('content/statements');
    expect(labels.size).toBeGreaterThan(100);
    for (const label of labels.values()) expect(label).toMatch(/, \d{1,2} [A-Z][a-z]+ \d{4}$/);
  });
});
