import { describe, expect, it } from 'vitest';
import { anchorOf, checkCodebook, checkCoding, CODEBOOK_FIELDS, codebookExport, codebookMarkdown, VOCABULARY } from './codebook';

const ids = new Set(['nato-a', 'csto-b']);
const full = () => CODEBOOK_FIELDS.flatMap((field) => VOCABULARY[field].map((value) => ({ field, value, definition: 'D.', include: ['i'], exclude: ['e'] })));

describe('checkCodebook', () => {
  it('accepts one entry per vocabulary value, in vocab order', () => {
    const { entries, problems } = checkCodebook(full().reverse(), 'cb.yaml', ids);
    expect(problems).toEqual([]);
    expect(entries[0]).toMatchObject({ field: 'org', value: 'nato' });
  });
  it('names the file and field of a missing, unknown or duplicate value', () => {
    const list = full().filter((e) => !(e.field === 'kind' && e.value === 'speech'));
    list.push({ field: 'stance', value: 'approves', definition: 'D.', include: [], exclude: [] });
    list.push({ ...list[0]! });
    const { problems } = checkCodebook(list, 'cb.yaml', ids);
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^cb\.yaml: field "value": no entry for kind "speech"/),
      expect.stringMatching(/^cb\.yaml: entry \d+ \(stance approves\): field "value": "approves" is not a stance value/),
      expect.stringMatching(/field "value": duplicate entry for org "nato"/),
    ]));
  });
  it('checks examples against statement ids and their codes', () => {
    const list = full();
    list[0] = { ...list[0]!, clear: 'nato-a', borderline: 'nope', borderlineNote: 'why' } as never;
    list[1] = { ...list[1]!, clear: 'nato-a' } as never; // csto entry, nato record
    const { problems, warnings } = checkCodebook(list, 'cb.yaml', ids, (id, f) => (f === 'org' ? [id.split('-')[0]!] : undefined));
    expect(problems).toEqual(['cb.yaml: entry 1 (org nato): field "borderline": unknown statement "nope"']);
    expect(warnings).toEqual(['cb.yaml: entry 2 (org csto): field "clear": statement "nato-a" is not coded org "csto"']);
  });
  it('gives stable anchors', () => {
    expect(anchorOf('org', 'nato')).toBe('org-nato');
    expect(anchorOf('stance', 'silence')).toBe('stance-silence');
  });
});

describe('checkCoding', () => {
  it('accepts valid rows and a missing file', () => {
    expect(checkCoding([{ id: 'nato-a', kind: 'statement', body: 'summit', stance: ['silence'], note: 'n' }], 'c.yaml', ids).problems).toEqual([]);
    expect(checkCoding(null, 'c.yaml', ids)).toEqual({ codings: [], problems: [] });
  });
  it('rejects unknown ids, duplicates and invalid values, naming the field', () => {
    const { problems, codings } = checkCoding([
      { id: 'nato-a', kind: 'statement', body: 'summit', stance: ['silence'] },
      { id: 'nato-a', kind: 'statement', body: 'summit', stance: ['silence'] },
      { id: 'nato-x', kind: 'tweet', body: 'war-council', stance: ['approves'] },
    ], 'c.yaml', ids);
    expect(codings).toHaveLength(1);
    expect(problems).toEqual([
      'c.yaml: entry 2 (nato-a): field "id": duplicate id "nato-a" (also entry 1)',
      'c.yaml: entry 3 (nato-x): field "id": unknown statement "nato-x"',
      'c.yaml: entry 3 (nato-x): field "kind": unknown kind "tweet"',
      'c.yaml: entry 3 (nato-x): field "body": unknown body "war-council"',
      'c.yaml: entry 3 (nato-x): field "stance[0]": unknown stance "approves"',
    ]);
  });
});

describe('codebookExport / codebookMarkdown', () => {
  const entries = checkCodebook(full(), 'cb.yaml', ids).entries.map((e) => ({ ...e, count: 2 }));
  const doc = codebookExport(entries, '1.0.0', 'https://example.org/data/codebook/');
  it('has every value of every field with label and anchor', () => {
    expect(doc.fields.map((f) => f.field)).toEqual([...CODEBOOK_FIELDS]);
    expect(doc.fields[0]!.values[0]).toMatchObject({ value: 'nato', label: 'NATO', anchor: 'org-nato', records: 2 });
    expect(doc.fields.flatMap((f) => f.values)).toHaveLength(CODEBOOK_FIELDS.reduce((n, f) => n + VOCABULARY[f].length, 0));
  });
  it('renders Markdown with one heading per value', () => {
    const md = codebookMarkdown(doc, (id) => `https://example.org/statements/${id}/`);
    expect(md.match(/^### /gm)).toHaveLength(doc.fields.flatMap((f) => f.values).length);
    expect(md).toMatch(/^### NATO \(`nato`\)$/m);
    expect(md.endsWith('\n')).toBe(true);
  });
});
