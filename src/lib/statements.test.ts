import { describe, expect, it } from 'vitest';
import { byDate, countCells, relatedStatements, type StatementLike } from './statements';

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
