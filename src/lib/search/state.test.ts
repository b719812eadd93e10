import { describe, expect, it } from 'vitest';
import { isActive, pagefindOptions, parseState, stateToQuery } from './state';

describe('parseState / stateToQuery', () => {
  it('round-trips words, repeated filters and sort', () => {
    const query = '?q=referendum&org=CSTO&case=Georgia+2008&case=Ukraine+2014&sort=oldest';
    const state = parseState(query);
    expect(state).toEqual({ q: 'referendum', filters: { org: ['CSTO'], case: ['Georgia 2008', 'Ukraine 2014'] }, sort: 'oldest' });
    expect(parseState(stateToQuery(state))).toEqual(state);
  });
  it('ignores unknown parameters and bad sort values', () => {
    expect(parseState('?foo=1&sort=random')).toEqual({ q: '', filters: {}, sort: 'relevance' });
  });
  it('writes nothing for the empty state', () => {
    expect(stateToQuery({ q: '', filters: {}, sort: 'relevance' })).toBe('');
  });
});

describe('pagefindOptions', () => {
  it('ORs within a facet and maps sorts to the date key', () => {
    expect(pagefindOptions(parseState('?case=A&case=B&sort=newest'))).toEqual({ filters: { case: { any: ['A', 'B'] } }, sort: { date: 'desc' } });
    expect(pagefindOptions(parseState('?q=x'))).toEqual({ filters: {} });
  });
});

describe('isActive', () => {
  it('is true for words or filters', () => {
    expect(isActive(parseState(''))).toBe(false);
    expect(isActive(parseState('?org=NATO'))).toBe(true);
    expect(isActive(parseState('?q=x'))).toBe(true);
  });
});
