import { describe, expect, it } from 'vitest';
import { answersQuery, parseAnswers, score, verdict } from './exercise';

const CASES = ['nagorno-karabakh', 'georgia-2008'] as const;

describe('exercise URL state', () => {
  it('round-trips answers through the query string the form submits', () => {
    const q = 'georgia-2008.nato=active&georgia-2008.threat=high&nagorno-karabakh.institutionalisation=low&nagorno-karabakh.csto=none&x=1';
    const a = parseAnswers(q, CASES);
    expect(a['georgia-2008']).toEqual({ factors: { threat: 'high' }, predictions: { nato: 'active' } });
    expect(a['nagorno-karabakh']).toEqual({ factors: { institutionalisation: 'low' }, predictions: { csto: 'none' } });
    const canonical = answersQuery(a, CASES);
    expect(canonical).toBe('nagorno-karabakh.institutionalisation=low&nagorno-karabakh.csto=none&georgia-2008.threat=high&georgia-2008.nato=active');
    expect(parseAnswers(canonical, CASES)).toEqual(a);
  });
  it('ignores invalid values', () => {
    const a = parseAnswers('georgia-2008.nato=huge&georgia-2008.threat=HIGH', CASES);
    expect(a['georgia-2008']).toEqual({ factors: {}, predictions: {} });
    expect(answersQuery(a, CASES)).toBe('');
  });
  it('scores predictions against recorded levels', () => {
    expect(verdict(undefined, 'active')).toBe('unanswered');
    expect(verdict('active', 'active')).toBe('match');
    expect(verdict('minimal', 'active')).toBe('differs');
    const a = parseAnswers('georgia-2008.nato=active&georgia-2008.csto=none', CASES);
    expect(score(a, { 'georgia-2008': { nato: 'active', csto: 'declaratory' }, 'nagorno-karabakh': { nato: 'minimal', csto: 'minimal' } })).toEqual({ matched: 1, answered: 2, total: 4 });
  });
});
