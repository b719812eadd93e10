/** Timeline items: events and statements from the collections, in one list. */
import { formatDate } from '@/lib/dates';
import { aggregateStatements, layoutTimeline, type TimelineItem, type TimelineLayout } from '@/lib/timeline';
import { byCaseAndYear, listsPaged, yearPagePath } from '@/lib/list-scale';
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

export interface TimelineView {
  items: TimelineItem[]; // what the chart and the list show (statements aggregated per year above the limit)
  layout: TimelineLayout;
  paged: boolean; // above FULL_LIST_LIMIT statements: one mark per organisation, case and year
  perYear: ReturnType<typeof byCaseAndYear> | undefined; // statements per case and year, when paged
}

/**
 * The timeline as the page, its embed and its SVG/PNG download all draw it. Above FULL_LIST_LIMIT statements the
 * chart shows one mark per organisation, case and year (linking the year pages), so it does not grow with N.
 */
export async function timelineView(): Promise<TimelineView> {
  const { cases, statements } = await library();
  const caseLabels = Object.fromEntries(cases.map((c) => [c.id, c.data.shortTitle])) as Record<CaseId, string>;
  const allItems = await timelineItems();
  const paged = listsPaged(statements.length);
  const perYear = paged ? byCaseAndYear(statements.map((s) => ({ date: s.data.date, caseIds: s.data.cases.map((c) => c.id) }))) : undefined;
  const items = paged
    ? aggregateStatements(allItems, {
        yearHref: (caseId, year) => yearPagePath(caseId, year),
        label: (org, caseId, year, n) => `${ORG_LABELS[org]}, ${year}: ${n} statement${n === 1 ? '' : 's'} on ${caseLabels[caseId]}`,
      })
    : allItems;
  const thisYear = new Date(`${items.map((i) => i.date).sort().at(-1)}T00:00:00Z`).getUTCFullYear() + 1;
  const layout = layoutTimeline(items, { from: '1988-01-01', to: `${thisYear}-01-01`, caseLabels, caseOrder: cases.map((c) => c.id as CaseId) });
  return { items, layout, paged, perYear };
}

/** The timeline chart's layout, shared by /timeline/, its embed and its SVG/PNG download. */
export async function timelineLayout(): Promise<TimelineLayout> {
  return (await timelineView()).layout;
}
