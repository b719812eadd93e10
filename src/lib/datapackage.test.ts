import { describe, expect, it } from 'vitest';
import { checkRows, dataPackage, listPattern, statementsTableSchema } from './datapackage';
import { CSV_COLUMNS, parseCsv, toCsv, type StatementRecord } from './export';

const record: StatementRecord = {
  id: 'nato-x', date: '2008-08-19', org: 'nato', body: 'north-atlantic-council', kind: 'statement',
  cases: ['georgia-2008'], title: 'T', titleEn: 'T', documentNumber: null, language: 'en', url: 'https://www.nato.int/x',
  archivedUrl: null, sourceStatus: 'online', stance: ['calls-for-restraint', 'silence'], quote: null, summary: 'S.',
  path: '/statements/nato-x/', verified: { against: 'official', copy: 'https://www.nato.int/x', checked: '2026-11-27', note: 'Checked.' },
  codingNote: null, firstPublished: null, lastChanged: '2026-11-30',
};

describe('statementsTableSchema', () => {
  it('has one field per CSV column, in order, and id as primary key', () => {
    const s = statementsTableSchema();
    expect(s.fields.map((f) => f.name)).toEqual([...CSV_COLUMNS]);
    expect(s.primaryKey).toBe('id');
  });
  it('accepts rows written by toCsv', () => {
    expect(checkRows(statementsTableSchema(), parseCsv(toCsv([record, { ...record, id: 'nato-y', path: '/statements/nato-y/' }])))).toEqual([]);
  });
  it('rejects bad types, enums, patterns, missing required values and duplicate keys', () => {
    const bad = parseCsv(toCsv([
      { ...record, date: '2008-02-30', org: 'osce', stance: ['calls-for-restraint', 'approves'] },
      { ...record, title: '' },
    ]));
    expect(checkRows(statementsTableSchema(), bad)).toEqual([
      'row 1, field date: "2008-02-30" is not a date (YYYY-MM-DD)',
      'row 1, field org: "osce" is not one of the allowed values',
      expect.stringMatching(/^row 1, field stance: "calls-for-restraint; approves" does not match/),
      'row 2, field id: duplicate value "nato-x"',
      'row 2, field title: required value missing',
      'row 2, field path: duplicate value "/statements/nato-x/"',
      'row 2: duplicate primary key ["nato-x"]',
    ]);
  });
  it('rejects a header that does not match', () => {
    expect(checkRows(statementsTableSchema(), [['id']])[0]).toMatch(/^header/);
  });
});

describe('listPattern', () => {
  it('matches "; "-joined lists of known values only', () => {
    const re = new RegExp(`^(?:${listPattern(['a-b', 'c'])})$`);
    expect(re.test('a-b')).toBe(true);
    expect(re.test('a-b; c')).toBe(true);
    expect(re.test('a-b;c')).toBe(false);
    expect(re.test('d')).toBe(false);
  });
});

describe('dataPackage', () => {
  it('describes the downloads with the release version', () => {
    const p = dataPackage({ version: '1.0.0', released: '2026-11-30', homepage: 'https://x/data/', schemaUrl: 'https://x/data/statements.schema.json', licence: { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'CC BY 4.0' } });
    expect(p.version).toBe('1.0.0');
    expect(p.resources.map((r) => r.path)).toEqual(['statements.csv', 'statements.json', 'membership.csv', 'codebook.json']);
  });
});
