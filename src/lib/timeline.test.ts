import { describe, expect, it } from 'vitest';
import { aggregateStatements, layoutTimeline, markRadius, type TimelineItem } from './timeline';
import type { CaseId } from './vocab';

const opts = {
  from: '1990-01-01',
  to: '2030-01-01',
  width: 1000,
  plotLeft: 200,
  caseLabels: { 'nagorno-karabakh': 'NK', 'georgia-2008': 'Georgia', 'ukraine-2014': 'Ukraine' },
  caseOrder: ['nagorno-karabakh', 'georgia-2008', 'ukraine-2014'] as const,
};

const items: TimelineItem[] = [
  { id: 'e1', date: '1990-01-01', label: 'start', href: '/a/', caseIds: ['georgia-2008'] },
  { id: 's1', date: '2030-01-01', label: 'end', href: '/b/', caseIds: ['georgia-2008', 'ukraine-2014'], org: 'nato' },
  { id: 's2', date: '2010-01-01', label: 'mid', href: '/c/', caseIds: ['nagorno-karabakh'], org: 'csto' },
];

describe('layoutTimeline', () => {
  const layout = layoutTimeline(items, opts);

  it('makes three lanes per case', () => {
    expect(layout.rows.map((r) => r.key)).toHaveLength(9);
    expect(layout.rows[0]!.key).toBe('nagorno-karabakh:events');
  });

  it('places marks on their lane and maps dates to the plot range', () => {
    const start = layout.marks.find((m) => m.id === 'e1')!;
    expect(start.x).toBe(200);
    expect(start.lane).toBe('events');
    const ends = layout.marks.filter((m) => m.id === 's1');
    expect(ends).toHaveLength(2); // one per case
    expect(ends.every((m) => m.x === 990 && m.lane === 'nato')).toBe(true);
    const mid = layout.marks.find((m) => m.id === 's2')!;
    expect(mid.x).toBeGreaterThan(590);
    expect(mid.x).toBeLessThan(600);
    expect(mid.y).toBe(layout.rows.find((r) => r.key === 'nagorno-karabakh:csto')!.y);
  });

  it('produces year ticks inside the plot', () => {
    expect(layout.ticks.length).toBeGreaterThan(3);
    expect(layout.ticks.every((t) => t.x >= 200 && t.x <= 990 && /^\d{4}$/.test(t.label))).toBe(true);
  });
});

describe('aggregateStatements', () => {
  const s = (id: string, date: string, org: 'nato' | 'csto', caseIds: CaseId[]): TimelineItem => ({ id, date, label: id, href: `/statements/${id}/`, caseIds, org });
  it('gives one mark per organisation, case and year and keeps events', () => {
    const event: TimelineItem = { id: 'war', date: '2008-08-07', label: 'war', href: '/timeline/#event-war', caseIds: ['georgia-2008'] };
    const out = aggregateStatements(
      [event, s('a', '2008-08-09', 'nato', ['georgia-2008']), s('b', '2008-12-01', 'nato', ['georgia-2008', 'ukraine-2014']), s('c', '2008-09-05', 'csto', ['georgia-2008'])],
      { yearHref: (c, y) => `/statements/${c}/${y}/`, label: (o, c, y, n) => `${o} ${c} ${y}: ${n}` },
    );
    expect(out.map((i) => [i.id, i.count ?? null, i.href])).toEqual([
      ['csto:georgia-2008:2008', 1, '/statements/georgia-2008/2008/'],
      ['nato:georgia-2008:2008', 2, '/statements/georgia-2008/2008/'],
      ['nato:ukraine-2014:2008', 1, '/statements/ukraine-2014/2008/'],
      ['war', null, '/timeline/#event-war'],
    ]);
    expect(out.find((i) => i.id === 'nato:georgia-2008:2008')!.label).toBe('nato georgia-2008 2008: 2');
  });
});

describe('markRadius', () => {
  it('grows with the count and is capped', () => {
    expect(markRadius()).toBe(5);
    expect(markRadius(9)).toBe(7);
    expect(markRadius(10000)).toBe(10);
  });
});
