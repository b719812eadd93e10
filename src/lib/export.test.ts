import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, parseCsv, plainText, toCsv, type StatementRecord } from './export';

const record: StatementRecord = {
  id: 'nato-x', date: '2008-08-19', org: 'nato', body: 'north-atlantic-council', kind: 'statement',
  cases: ['georgia-2008', 'ukraine-2014'], title: 'A "quoted", title', titleEn: 'A title', documentNumber: null,
  language: 'en', url: 'https://www.nato.int/x', archivedUrl: null, sourceStatus: 'online',
  stance: ['calls-for-restraint'], quote: 'Line one\nline two', summary: 'Summary.', path: '/statements/nato-x/',
  codingNote: null, firstPublished: '2026-11-27', lastChanged: '2026-11-30',
  verified: { against: 'official', copy: 'https://www.nato.int/x', checked: '2026-11-27', note: 'Checked.' },
};

describe('plainText', () => {
  it('strips links, emphasis and footnote markers', () => {
    expect(plainText('The **Council** met[^1] — see [the text](/statements/x/).\n\nNext.')).toBe('The Council met — see the text. Next.');
  });
});

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    [null, ''],
    [['a', 'b'], 'a; b'],
  ])('%j → %s', (input, expected) => expect(csvField(input)).toBe(expected));
});

describe('toCsv / parseCsv', () => {
  it('round-trips every column, commas, quotes and line breaks included', () => {
    const rows = parseCsv(toCsv([record]));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(row.title).toBe('A "quoted", title');
    expect(row.quote).toBe('Line one\nline two');
    expect(row.cases).toBe('georgia-2008; ukraine-2014');
    expect(row.verifiedChecked).toBe('2026-11-27');
    expect(row.codingNote).toBe('');
    expect(row.lastChanged).toBe('2026-11-30');
    expect(rows).toHaveLength(2);
  });
});
