import { describe, expect, it } from 'vitest';
import { requestedIds } from './pack';
import { PICKER_SHOW, pickerList, pickerMatches, pickerRows } from './pack-picker';

const statementRows = [
  { id: 'nato-2008-08-19-nac-georgia', date: '2008-08-19', title: 'Meeting of the North Atlantic Council on Georgia', org: 'nato', body: 'nac', kind: 'communique', cases: ['georgia-2008'], stance: [] },
  { id: 'csto-2008-09-05-moscow', date: '2008-09-05', title: 'Moscow Declaration of the Collective Security Council', org: 'csto', body: 'csc', kind: 'declaration', cases: ['georgia-2008'], stance: [] },
  { id: 'nato-2014-03-02-nac-ukraine', date: '2014-03-02', title: 'North Atlantic Council statement on Ukraine', org: 'nato', body: 'nac', kind: 'statement', cases: ['ukraine-2014'], stance: [] },
];

describe('pickerRows', () => {
  it('turns /statements/rows.json records into pack items with organisation and date, in file order', () => {
    const rows = pickerRows('statement', statementRows);
    expect(rows.map((r) => r.id)).toEqual(statementRows.map((r) => r.id));
    expect(rows[0]).toEqual({ group: 'statement', id: 'nato-2008-08-19-nac-georgia', title: 'Meeting of the North Atlantic Council on Georgia', path: '/statements/nato-2008-08-19-nac-georgia/', detail: 'NATO, 19 August 2008', keywords: 'georgia-2008' });
  });
  it('turns /notes/rows.json records into pack items with their type label', () => {
    expect(pickerRows('note', [{ id: 'csto-article-4', title: 'Article 4', type: 'glossary' }], { glossary: 'Glossary' }))
      .toEqual([{ group: 'note', id: 'csto-article-4', title: 'Article 4', path: '/notes/csto-article-4/', detail: 'Glossary' }]);
    expect(pickerRows('note', [{ id: 'x', title: 'X', type: 'other' }])[0]).not.toHaveProperty('detail');
  });
  it('fails loudly on anything but a list, or a group without a rows file', () => {
    expect(() => pickerRows('statement', { rows: [] })).toThrow(/not a list/);
    expect(() => pickerRows('case', [])).toThrow(/no rows file/);
  });
});

describe('pickerMatches', () => {
  const rows = pickerRows('statement', statementRows);
  it('matches every word in title, detail or id, ignoring case and accents', () => {
    expect(pickerMatches(rows, 'north council').map((r) => r.id)).toEqual(['nato-2008-08-19-nac-georgia', 'nato-2014-03-02-nac-ukraine']);
    expect(pickerMatches(rows, 'CSTO 2008').map((r) => r.id)).toEqual(['csto-2008-09-05-moscow']);
    expect(pickerMatches(rows, 'August').map((r) => r.id)).toEqual(['nato-2008-08-19-nac-georgia']);
    expect(pickerMatches(rows, 'Móscow').map((r) => r.id)).toEqual(['csto-2008-09-05-moscow']);
    expect(pickerMatches(rows, 'ukraine georgia')).toEqual([]);
    expect(pickerMatches(rows, 'georgia csto').map((r) => r.id)).toEqual(['csto-2008-09-05-moscow']); // case ids are searched
  });
  it('matches nothing for an empty query', () => {
    expect(pickerMatches(rows, '  ')).toEqual([]);
  });
});

describe('pickerList', () => {
  const rows = pickerRows('statement', statementRows);
  it('lists the chosen rows first, then matches not chosen, each once, each in file order', () => {
    const chosen = new Set(['nato-2014-03-02-nac-ukraine']);
    expect(pickerList(rows, chosen, pickerMatches(rows, 'council')).map((r) => r.id))
      .toEqual(['nato-2014-03-02-nac-ukraine', 'nato-2008-08-19-nac-georgia', 'csto-2008-09-05-moscow']);
    expect(pickerList(rows, chosen, []).map((r) => r.id)).toEqual(['nato-2014-03-02-nac-ukraine']);
  });
  it('caps the matches (not the chosen rows) at the number shown', () => {
    const many = Array.from({ length: PICKER_SHOW + 10 }, (_, i) => ({ group: 'statement' as const, id: `s${i}`, title: `T${i}`, path: `/statements/s${i}/` }));
    const out = pickerList(many, new Set(['s59', 's58']), many, PICKER_SHOW);
    expect(out).toHaveLength(PICKER_SHOW + 2);
    expect(out.slice(0, 2).map((r) => r.id)).toEqual(['s58', 's59']);
  });
});

describe('requestedIds', () => {
  it('reads repeated and comma-separated ids of one group, trimmed, each once', () => {
    expect(requestedIds('?statement=a&statement=b,%20c&statement=a&note=x&statement=', 'statement')).toEqual(['a', 'b', 'c']);
    expect(requestedIds(new URLSearchParams('case=g'), 'statement')).toEqual([]);
  });
});
