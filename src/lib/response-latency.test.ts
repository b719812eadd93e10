import { describe, expect, it } from 'vitest';
import { formatDays, latencyFor, latencyTable, type LatencyRecord } from './response-latency';

const war = { id: 'war', date: '2008-08-07', kind: 'war', cases: ['georgia-2008'] };
const records: LatencyRecord[] = [
  { id: 'before', date: '2008-08-01', org: 'nato', cases: ['georgia-2008'], nonResponse: false },
  { id: 'n1', date: '2008-08-08', org: 'nato', cases: ['georgia-2008'], nonResponse: false },
  { id: 'n0', date: '2008-08-08', org: 'nato', cases: ['georgia-2008', 'ukraine-2014'], nonResponse: false },
  { id: 'other-case', date: '2008-08-07', org: 'csto', cases: ['ukraine-2014'], nonResponse: false },
  { id: 'c-silent', date: '2008-08-26', org: 'csto', cases: ['georgia-2008'], nonResponse: true },
  { id: 'c-late', date: '2009-01-01', org: 'csto', cases: ['georgia-2008'], nonResponse: false },
];

describe('latencyFor', () => {
  it('counts days to the first statement on the same case, ignoring earlier ones (ties by id)', () => {
    expect(latencyFor(war, 'nato', records)).toEqual({ status: 'statement', days: 1, record: records[2] });
  });
  it('reports silence when the first statement falls outside the window, with any documented non-response', () => {
    expect(latencyFor(war, 'csto', records)).toEqual({ status: 'silence', nonResponse: records[4] });
  });
  it('uses the window given', () => {
    expect(latencyFor(war, 'csto', records, 200)).toMatchObject({ status: 'statement', days: 147 });
  });
  it('a statement on the event day is day 0', () => {
    expect(latencyFor({ ...war, date: '2008-08-08' }, 'nato', records)).toMatchObject({ days: 0 });
  });
  it('reports plain silence when nothing is recorded', () => {
    expect(latencyFor({ ...war, cases: ['nagorno-karabakh'] }, 'nato', records)).toEqual({ status: 'silence' });
  });
});

describe('latencyTable', () => {
  it('keeps only key events, in date order', () => {
    const rows = latencyTable([{ ...war, id: 'b', date: '2009-01-01' }, { ...war, id: 'summit', kind: 'summit' }, war], ['nato', 'csto'], records);
    expect(rows.map((r) => r.event.id)).toEqual(['war', 'b']);
    expect(Object.keys(rows[0]!.byOrg)).toEqual(['nato', 'csto']);
  });
});

describe('formatDays', () => {
  it('writes days out', () => {
    expect([0, 1, 12].map(formatDays)).toEqual(['same day', '1 day', '12 days']);
  });
});
