import { describe, expect, it } from 'vitest';
import { daysBetween, formatDate, isIsoDate, toIsoDate, yearOf } from './dates';

describe('isIsoDate', () => {
  it.each([
    ['2008-08-19', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2008-13-01', false],
    ['19.08.2008', false],
    ['2008-8-19', false],
  ])('%s → %s', (input, expected) => {
    expect(isIsoDate(input)).toBe(expected);
  });
});

describe('toIsoDate', () => {
  it('keeps valid strings and converts YAML dates', () => {
    expect(toIsoDate('2014-03-18')).toBe('2014-03-18');
    expect(toIsoDate(new Date(Date.UTC(2014, 2, 18)))).toBe('2014-03-18');
  });
  it('rejects malformed values', () => {
    expect(toIsoDate('2014-02-30')).toBeNull();
    expect(toIsoDate(20140318)).toBeNull();
    expect(toIsoDate(new Date('nonsense'))).toBeNull();
  });
});

describe('formatDate', () => {
  it('writes the date out', () => {
    expect(formatDate('2008-08-19')).toBe('19 August 2008');
    expect(formatDate('1994-05-05')).toBe('5 May 1994');
  });
  it('throws on bad input', () => {
    expect(() => formatDate('Aug 2008')).toThrow();
  });
});

describe('yearOf and daysBetween', () => {
  it('reads the year and counts days', () => {
    expect(yearOf('2020-09-27')).toBe(2020);
    expect(daysBetween('2020-09-27', '2020-11-10')).toBe(44);
  });
});
