import { describe, expect, it } from 'vitest';
import { byCaseAndYear, chunkPages, FULL_LIST_LIMIT, listsPaged, noteListPath, NOTES_FULL_LIST_LIMIT, NOTES_INLINE_LIMIT, NOTES_PAGE_SIZE, notesPaged, noteTypePaged, yearPagePath } from './list-scale';

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

describe('notesPaged', () => {
  it('keeps one /notes/ page up to the notes limit and pages above it', () => {
    expect(notesPaged(50)).toBe(false);
    expect(notesPaged(NOTES_FULL_LIST_LIMIT)).toBe(false);
    expect(notesPaged(NOTES_FULL_LIST_LIMIT + 1)).toBe(true);
    expect(notesPaged(10, 5)).toBe(true);
  });
  it('lists short types in place and pages long ones', () => {
    expect(noteTypePaged(4)).toBe(false);
    expect(noteTypePaged(NOTES_INLINE_LIMIT)).toBe(false);
    expect(noteTypePaged(NOTES_INLINE_LIMIT + 1)).toBe(true);
  });
});

describe('noteListPath', () => {
  it('is root-relative under /notes/<type>/, numbered from 1 (never a note id: two segments)', () => {
    expect(noteListPath('glossary', 1)).toBe('/notes/glossary/1/');
  });
});

describe('chunkPages', () => {
  it('splits in order into pages of at most the size, with 1-based positions', () => {
    const pages = chunkPages([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => [p.page, p.pages, p.first, p.last])).toEqual([[1, 3, 1, 2], [2, 3, 3, 4], [3, 3, 5, 5]]);
  });
  it('gives no page for an empty list, one for an exact fit, and rejects a size below 1', () => {
    expect(chunkPages([], 3)).toEqual([]);
    expect(chunkPages([1, 2, 3], 3)).toHaveLength(1);
    expect(chunkPages(Array.from({ length: 333 })).map((p) => p.items.length)).toEqual([NOTES_PAGE_SIZE, 333 - NOTES_PAGE_SIZE]);
    expect(() => chunkPages([1], 0)).toThrow(/at least 1/);
  });
});
