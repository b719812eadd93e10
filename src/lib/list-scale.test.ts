import { describe, expect, it } from 'vitest';
import { byCaseAndYear, FULL_LIST_LIMIT, listsPaged, yearPagePath } from './list-scale';

describe('listsPaged', () => {
  it('keeps one page up to the limit and pages above it', () => {
    expect(listsPaged(150)).toBe(false);
    expect(listsPaged(FULL_LIST_LIMIT)).toBe(false);
    expect(listsPaged(FULL_LIST_LIMIT + 1)).toBe(true);
    expect(listsPaged(10, 5)).toBe(true);
  });
});

describe('byCaseAndYear', () => {
  it('groups records under each of their cases by year, years ascending, order kept', () => {
    const r = (id: string, date: string, caseIds: string[]) => ({ id, date, caseIds });
    const groups = byCaseAndYear([r('a', '2014-03-01', ['ukraine-2014']), r('b', '2008-08-09', ['georgia-2008', 'ukraine-2014']), r('c', '2014-05-01', ['ukraine-2014'])]);
    expect([...groups.keys()]).toEqual(['ukraine-2014', 'georgia-2008']);
    const ukraine = groups.get('ukraine-2014')!;
    expect([...ukraine.keys()]).toEqual([2008, 2014]);
    expect(ukraine.get(2014)!.map((x) => x.id)).toEqual(['a', 'c']);
    expect(groups.get('georgia-2008')!.get(2008)!.map((x) => x.id)).toEqual(['b']);
  });
});

describe('yearPagePath', () => {
  it('is root-relative under /statements/', () => {
    expect(yearPagePath('georgia-2008', 2008)).toBe('/statements/georgia-2008/2008/');
  });
});
