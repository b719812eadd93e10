import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toIsoDate } from './dates';
import {
  changeRows, changesInYear, yearSummary, orgStatusOn, sinceAt, statusAt, statusLabel, statusOn, timelines, toCsv, yearEnd,
  type MapStatus, type MembershipRecord,
} from './membership';

/** The real data file: the historic facts below are checked against it. */
const records: MembershipRecord[] = (parse(readFileSync('content/data/membership.yaml', 'utf8')) as Array<Record<string, unknown>>).map((r) => ({
  ...(r as unknown as MembershipRecord),
  changes: (r.changes as Array<Record<string, unknown>>).map((c) => ({ ...c, date: toIsoDate(c.date)! }) as MembershipRecord['changes'][number]),
}));
const lines = timelines(records);

describe('status on 31 December of a year', () => {
  it.each<[string, number, MapStatus]>([
    ['EST', 2003, 'none'], ['EST', 2004, 'nato'], ['LVA', 2003, 'none'], ['LVA', 2004, 'nato'],
    ['LTU', 2003, 'none'], ['LTU', 2004, 'nato'],
    ['GEO', 1995, 'csto'], ['GEO', 2000, 'none'], ['AZE', 1995, 'csto'], ['AZE', 2000, 'none'],
    ['UZB', 1998, 'csto'], ['UZB', 2000, 'none'], ['UZB', 2008, 'csto'], ['UZB', 2013, 'csto-frozen'],
    ['FIN', 2022, 'none'], ['FIN', 2023, 'nato'], ['SWE', 2023, 'none'], ['SWE', 2024, 'nato'],
    ['ARM', 2023, 'csto'], ['ARM', 2024, 'csto-frozen'], ['POL', 1998, 'none'], ['POL', 1999, 'nato'],
    ['RUS', 1991, 'none'], ['RUS', 1992, 'csto'], ['BLR', 1993, 'csto'], ['UKR', 2024, 'none'], ['TUR', 1991, 'nato'],
  ])('%s in %i is %s', (country, year, expected) => {
    expect(statusOn(records, country, yearEnd(year))).toBe(expected);
    expect(statusAt(lines[country], yearEnd(year))).toBe(expected);
  });
});

describe('one organisation', () => {
  const rec: MembershipRecord = {
    country: 'XXX', name: 'X', org: 'csto',
    changes: [
      { date: '2000-05-01', status: 'member', source: 'https://example.org' },
      { date: '1990-01-01', status: 'member', source: 'https://example.org' },
      { date: '2010-01-01', status: 'withdrawn', source: 'https://example.org' },
    ],
  };
  it.each([
    ['1989-12-31', null], ['1990-01-01', 'member'], ['2009-12-31', 'member'], ['2010-01-01', 'withdrawn'],
  ])('on %s: %s (changes need not be sorted)', (date, expected) => {
    expect(orgStatusOn(rec, date)).toBe(expected);
  });
});

describe('since when', () => {
  it.each<[string, number, string | null]>([
    ['EST', 2010, '2004-03-29'],
    ['RUS', 2010, '1992-05-15'], // the 2003 Charter row repeats "member" and is not a new start
    ['UZB', 2008, '2006-08-16'],
    ['UZB', 2013, '2012-12-19'],
    ['GEO', 2000, '1999-04-21'], // not a member since the treaty lapsed for it
    ['EST', 2003, null], // never a member until then
    ['UKR', 2024, null], // no record at all
  ])('%s in %i: since %s', (country, year, expected) => {
    expect(sinceAt(lines[country], yearEnd(year))).toBe(expected);
  });
});

describe('timelines', () => {
  it('keep only effective changes', () => {
    expect(lines.RUS).toEqual([['1992-05-15', 'csto']]);
    expect(lines.UZB).toEqual([['1992-05-15', 'csto'], ['1999-04-21', 'none'], ['2006-08-16', 'csto'], ['2012-12-19', 'csto-frozen']]);
  });
});

describe('changes in a year', () => {
  it.each<[number, string[]]>([
    [2004, ['BGR', 'EST', 'LTU', 'LVA', 'ROU', 'SVK', 'SVN']],
    [1999, ['CZE', 'HUN', 'POL', 'AZE', 'GEO', 'UZB']],
    [2003, []], // the Charter's entry into force changes no status
    [2024, ['ARM', 'SWE']],
  ])('%i', (year, countries) => {
    expect(changesInYear(lines, year).map((c) => c.country)).toEqual(countries);
  });
});

describe('labels', () => {
  it.each<[MapStatus, string, string]>([
    ['csto', '1995-12-31', 'Collective Security Treaty party'],
    ['csto', '2010-12-31', 'CSTO member'],
    ['nato', '2010-12-31', 'NATO member'],
    ['csto-frozen', '2013-12-31', 'CSTO membership suspended or frozen'],
    ['none', '2013-12-31', 'Neither NATO nor CSTO'],
  ])('%s on %s', (status, date, label) => expect(statusLabel(status, date)).toBe(label));
});

describe('downloads', () => {
  it('one CSV row per recorded change, quoted where needed', () => {
    const rows = changeRows(records);
    expect(rows.length).toBe(records.reduce((n, r) => n + r.changes.length, 0));
    const csv = toCsv(rows);
    const first = csv.split('\r\n')[0];
    expect(first).toBe('org,country,name,date,status,source,note');
    expect(csv.endsWith('\r\n')).toBe(true);
    const tiny = toCsv([{ org: 'nato', country: 'X', name: 'A, "B"', date: '2000-01-01', status: 'member', source: 'https://e.org', note: '' }]);
    expect(tiny.split('\r\n')[1]).toBe('nato,X,"A, ""B""",2000-01-01,member,https://e.org,');
  });
});

describe('year summary', () => {
  const name = (c: string) => records.find((r) => r.country === c)?.name ?? c;
  it.each<[number, string]>([
    [2003, 'No change of status in 2003.'],
    [1999, 'Changes in 1999: 1999-03-12 — NATO member: Czechia, Hungary, Poland; 1999-04-21 — Neither NATO nor CSTO: Azerbaijan, Georgia, Uzbekistan.'],
    [2012, 'Changes in 2012: 2012-12-19 — CSTO membership suspended or frozen: Uzbekistan.'],
    [1992, 'Changes in 1992: 1992-05-15 — Collective Security Treaty party: Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Uzbekistan.'],
  ])('%i', (year, text) => expect(yearSummary(lines, year, name, (d) => d)).toBe(text));
});
