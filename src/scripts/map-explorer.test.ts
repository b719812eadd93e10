import { describe, expect, it } from 'vitest';
import { nextYear, playStart, yearFromQuery } from './map-explorer';

describe('yearFromQuery', () => {
  it.each<[string, number | null]>([
    ['?year=2008', 2008],
    ['?year=1980', 1991], // clamped to the first year
    ['?year=2999', 2026], // clamped to the last year
    ['?year=abc', null],
    ['?yr=2008', null],
    ['', null],
    ['?year=2008&x=1', 2008],
  ])('%s → %s', (search, expected) => expect(yearFromQuery(search, 1991, 2026)).toBe(expected));
});

describe('playback', () => {
  it('steps a year at a time and stops at the last', () => {
    expect(nextYear(2008, 2026)).toBe(2009);
    expect(nextYear(2026, 2026)).toBeNull();
  });
  it('restarts from the first year when already at the end', () => {
    expect(playStart(2026, 1991, 2026)).toBe(1991);
    expect(playStart(2008, 1991, 2026)).toBe(2008);
  });
});
