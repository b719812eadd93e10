/** Timeline items: events and statements from the collections, in one list. */
import { formatDate } from '@/lib/dates';
import { layoutTimeline, type TimelineItem, type TimelineLayout } from '@/lib/timeline';
import type { CaseId } from '@/lib/vocab';
import { ORG_LABELS } from '@/lib/vocab';
import { library } from './index';

export async function timelineItems(): Promise<TimelineItem[]> {
  const { events, statements } = await library();
  const fromEvents = events.map((e) => ({
    id: e.id,
    date: e.data.date,
    label: `${formatDate(e.data.date)}: ${e.data.title}`,
    href: `/timeline/#event-${e.id}`,
    caseIds: e.data.cases.map((c) => c.id as CaseId),
  }));
  const fromStatements = statements.map((s) => ({
    id: s.id,
    date: s.data.date,
    label: `${ORG_LABELS[s.data.org]}, ${formatDate(s.data.date)}: ${s.data.titleEn}`,
    href: `/statements/${s.id}/`,
    caseIds: s.data.cases.map((c) => c.id as CaseId),
    org: s.data.org,
    nonResponse: s.data.kind === 'non-response',
  }));
  return [...fromEvents, ...fromStatements];
}

/** The timeline chart's layout, shared by /timeline/, its embed and its SVG/PNG download. */
export async function timelineLayout(): Promise<TimelineLayout> {
  const { cases } = await library();
  const items = await timelineItems();
  const caseLabels = Object.fromEntries(cases.map((c) => [c.id, c.data.shortTitle])) as Record<CaseId, string>;
  const thisYear = new Date(`${items.map((i) => i.date).sort().at(-1)}T00:00:00Z`).getUTCFullYear() + 1;
  return layoutTimeline(items, {
    from: '1988-01-01',
    to: `${thisYear}-01-01`,
    caseLabels,
    caseOrder: cases.map((c) => c.id as CaseId),
  });
}
