import { describe, expect, it } from 'vitest';
import { byDate, countCells, relatedFromIndex, relatedIndex, relatedStatements, sourceHost, type StatementLike } from './statements';

const s = (id: string, date: string, org: 'nato' | 'csto', cases: StatementLike['cases']): StatementLike => ({
  id, date, org, cases, titleEn: id,
});

const all = [
  s('a', '2008-08-19', 'nato', ['georgia-2008']),
  s('b', '2008-04-03', 'nato', ['georgia-2008', 'ukraine-2014']),
  s('c', '2008-09-05', 'csto', ['georgia-2008']),
  s('d', '2014-03-02', 'nato', ['ukraine-2014']),
  s('e', '2020-10-05', 'nato', ['nagorno-karabakh']),
];

describe('byDate', () => {
  it('orders by date then id', () => {
    expect([...all].sort(byDate).map((x) => x.id)).toEqual(['b', 'a', 'c', 'd', 'e']);
    expect([s('z', '2000-01-01', 'nato', ['ukraine-2014']), s('y', '2000-01-01', 'nato', ['ukraine-2014'])].sort(byDate).map((x) => x.id)).toEqual(['y', 'z']);
  });
});

describe('countCells', () => {
  it('counts a multi-case statement in each of its cases', () => {
    const cells = countCells(all);
    expect(cells.nato['georgia-2008']).toBe(2);
    expect(cells.nato['ukraine-2014']).toBe(2);
    expect(cells.csto['georgia-2008']).toBe(1);
    expect(cells.csto['nagorno-karabakh']).toBe(0);
  });
});

describe('relatedStatements', () => {
  it('keeps same-case statements, nearest first, returned in date order', () => {
    expect(relatedStatements(all[0]!, all, 2).map((x) => x.id)).toEqual(['b', 'c']);
    expect(relatedStatements(all[0]!, all, 1).map((x) => x.id)).toEqual(['c']);
  });
  it('excludes the statement itself and other cases', () => {
    const ids = relatedStatements(all[4]!, all).map((x) => x.id);
    expect(ids).toEqual([]);
  });
});

/** The original definition, kept as the reference: filter, sort everything by distance, take `limit`. */
function reference(target: StatementLike, list: readonly StatementLike[], limit: number): string[] {
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  return list
    .filter((x) => x.id !== target.id && x.cases.some((c) => target.cases.includes(c)))
    .map((x) => ({ x, distance: Math.abs(day(x.date) - day(target.date)) }))
    .sort((a, b) => a.distance - b.distance || byDate(a.x, b.x))
    .slice(0, limit)
    .map(({ x }) => x)
    .sort(byDate)
    .map((x) => x.id);
}

/** A seeded list with many ties: few distinct dates, ids out of order, one to three cases each. */
function synthetic(n: number, seed: number): StatementLike[] {
  let a = seed;
  const rand = () => ((a = (a * 1103515245 + 12345) % 2147483648) / 2147483648);
  const caseIds = ['nagorno-karabakh', 'georgia-2008', 'ukraine-2014'] as const;
  return Array.from({ length: n }, (_, i) => {
    const day = 1 + Math.floor(rand() * 20);
    const cases = caseIds.filter(() => rand() < 0.5);
    return s(`x${(i * 7919) % n}`, `2008-08-${String(day).padStart(2, '0')}`, rand() < 0.5 ? 'nato' : 'csto', cases.length ? cases : ['georgia-2008']);
  });
}

describe('relatedStatements and relatedFromIndex agree with the reference definition', () => {
  it.each([
    { n: 0, seed: 1, limit: 5 },
    { n: 1, seed: 2, limit: 5 },
    { n: 12, seed: 3, limit: 5 },
    { n: 60, seed: 4, limit: 5 },
    { n: 200, seed: 5, limit: 1 },
    { n: 200, seed: 6, limit: 5 },
    { n: 300, seed: 7, limit: 12 },
    { n: 30, seed: 8, limit: 0 },
  ])('n=$n seed=$seed limit=$limit', ({ n, seed, limit }) => {
    const list = synthetic(n, seed);
    const index = relatedIndex(list);
    for (const target of list) {
      const want = reference(target, list, limit);
      expect(relatedStatements(target, list, limit).map((x) => x.id)).toEqual(want);
      expect(relatedFromIndex(index, target, limit).map((x) => x.id)).toEqual(want);
    }
  });

  it.each([
    { name: 'the fixture list', list: all },
    { name: 'a target outside the list', list: all.slice(1) },
  ])('$name', ({ list }) => {
    const index = relatedIndex(list);
    for (const target of all) {
      expect(relatedFromIndex(index, target, 2).map((x) => x.id)).toEqual(reference(target, list, 2));
      expect(relatedStatements(target, list, 2).map((x) => x.id)).toEqual(reference(target, list, 2));
    }
  });

  it('stays fast over 10,000 statements (one query per statement)', () => {
    const list = synthetic(10_000, 9).map((x, i) => ({ ...x, date: `${1992 + (i % 34)}-0${1 + (i % 9)}-1${i % 10}` }));
    const index = relatedIndex(list);
    const started = performance.now();
    for (const target of list) relatedFromIndex(index, target);
    expect(performance.now() - started).toBeLessThan(5_000); // the former sort-per-call took minutes
  });
});

describe('sourceHost', () => {
  it('gives the host without www', () => {
    expect(sourceHost('https://www.nato.int/cps/en/natohq/official_texts_8443.htm')).toBe('nato.int');
    expect(sourceHost('https://en.odkb-csto.org/news/')).toBe('en.odkb-csto.org');
  });
});
