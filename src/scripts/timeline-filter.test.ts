import { describe, expect, it } from 'vitest';
import { parseFilter, rowShown } from './timeline-filter';

const CASES = ['georgia-2008', 'nagorno-karabakh', 'ukraine-2014'];
const ORGS = ['nato', 'csto'];

describe('timeline embed filter', () => {
  it('reads ?case= and ?org=, comma-separated or repeated, ignoring unknown values', () => {
    expect(parseFilter('', CASES, ORGS)).toEqual({ cases: null, orgs: null });
    expect(parseFilter('?case=georgia-2008&org=NATO', CASES, ORGS)).toEqual({ cases: ['georgia-2008'], orgs: ['nato'] });
    expect(parseFilter('?case=georgia-2008,ukraine-2014&case=georgia-2008', CASES, ORGS).cases).toEqual(['georgia-2008', 'ukraine-2014']);
    expect(parseFilter('?case=atlantis&org=un', CASES, ORGS)).toEqual({ cases: null, orgs: null });
  });

  it('keeps a case\'s event row when filtering by organisation', () => {
    const f = parseFilter('?case=ukraine-2014&org=csto', CASES, ORGS);
    expect(rowShown(f, 'ukraine-2014', 'events')).toBe(true);
    expect(rowShown(f, 'ukraine-2014', 'csto')).toBe(true);
    expect(rowShown(f, 'ukraine-2014', 'nato')).toBe(false);
    expect(rowShown(f, 'georgia-2008', 'events')).toBe(false);
  });
});
