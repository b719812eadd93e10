import { describe, expect, it } from 'vitest';
import { compactFacts, compactRow, filterToSearch, isEmpty, parseFilter, rowMatches, type RowFacts } from './statement-filter';

const row: RowFacts = { org: 'nato', case: 'georgia-2008 ukraine-2014', body: 'summit', kind: 'declaration', stance: 'membership-perspective supports-territorial-integrity', year: 2008 };

describe('statement filters', () => {
  it.each([
    ['', true],
    ['?org=nato', true],
    ['?org=csto', false],
    ['?case=ukraine-2014', true],
    ['?case=nagorno-karabakh', false],
    ['?stance=supports-territorial-integrity&kind=declaration', true],
    ['?stance=silence', false],
    ['?from=2008&to=2008', true],
    ['?from=2009', false],
    ['?to=2007', false],
  ])('%s → %s', (search, expected) => {
    expect(rowMatches(row, parseFilter(search))).toBe(expected);
  });
  it('round-trips through the URL in a fixed order and drops junk', () => {
    const f = parseFilter('?to=2014&stance=non-recognition&org=nato&from=abc&foo=1');
    expect(f).toEqual({ values: { org: 'nato', stance: 'non-recognition' }, to: 2014 });
    expect(filterToSearch(f)).toBe('?org=nato&stance=non-recognition&to=2014');
    expect(parseFilter(filterToSearch(f))).toEqual(f);
    expect(isEmpty(parseFilter(''))).toBe(true);
    expect(filterToSearch(parseFilter(''))).toBe('');
  });
});

describe('compact rows (the filters at scale)', () => {
  const row = compactRow({ id: 'csto-2008-09-05-x', date: '2008-09-05', titleEn: 'Moscow Declaration', org: 'csto', body: 'collective-security-council', kind: 'declaration', cases: ['georgia-2008', 'ukraine-2014'], stance: ['silence'] });
  it('keeps the id, date, title and filter fields', () => {
    expect(row).toEqual({ id: 'csto-2008-09-05-x', date: '2008-09-05', title: 'Moscow Declaration', org: 'csto', body: 'collective-security-council', kind: 'declaration', cases: ['georgia-2008', 'ukraine-2014'], stance: ['silence'] });
  });
  it('matches filters exactly as a table row with the same data-* attributes does', () => {
    const facts = compactFacts(row);
    expect(facts).toEqual({ org: 'csto', case: 'georgia-2008 ukraine-2014', body: 'collective-security-council', kind: 'declaration', stance: 'silence', year: 2008 });
    expect(rowMatches(facts, parseFilter('?case=ukraine-2014&org=csto&from=2008&to=2008'))).toBe(true);
    expect(rowMatches(facts, parseFilter('?case=nagorno-karabakh'))).toBe(false);
    expect(rowMatches(facts, parseFilter('?from=2009'))).toBe(false);
  });
});
