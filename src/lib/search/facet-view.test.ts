import { describe, expect, it } from 'vitest';
import { facetView } from './facet-view';

const v = (value: string, count: number, checked = false) => ({ value, count, checked });

describe('facetView', () => {
  it('drops values without results unless checked', () => {
    expect(facetView('org', [v('NATO', 3), v('CSTO', 0), v('X', 0, true)]).shown.map((x) => x.value)).toEqual(['NATO', 'X']);
  });
  it('collapses long groups to the first few', () => {
    const years = Array.from({ length: 10 }, (_, i) => v(String(2020 - i), 1));
    const { shown, more } = facetView('year', years, 5);
    expect(shown).toHaveLength(5);
    expect(more).toHaveLength(5);
  });
  it('does not hide a single leftover value', () => {
    const six = Array.from({ length: 6 }, (_, i) => v(String(i), 1));
    expect(facetView('stance', six, 5).more).toEqual([]);
  });
  it('never collapses short groups', () => {
    const many = Array.from({ length: 9 }, (_, i) => v(String(i), 1));
    expect(facetView('kind', many, 5).more).toEqual([]);
  });
});
