/**
 * Timeline layout, computed at build time with d3-scale: one row per organisation per case plus one row of
 * events per case, a mark per statement or event. The page draws the result as plain SVG.
 */
import { scaleUtc } from 'd3';
import type { CaseId, Org } from './vocab';

export interface TimelineItem {
  id: string;
  date: string;
  label: string;
  href: string;
  caseIds: readonly CaseId[];
  org?: Org; // statements carry an organisation; events do not
  nonResponse?: boolean;
  count?: number; // an aggregated mark (aggregateStatements): how many statements it stands for
}

export interface Row {
  key: string; // e.g. "georgia-2008:nato"
  caseId: CaseId;
  lane: Org | 'events';
  label: string;
  y: number;
}

export interface Mark extends Omit<TimelineItem, 'caseIds'> {
  x: number;
  y: number;
  lane: Row['lane'];
}

export interface TimelineLayout {
  width: number;
  height: number;
  rows: Row[];
  marks: Mark[];
  ticks: Array<{ x: number; label: string }>;
  plotLeft: number;
}

export interface LayoutOptions {
  from: string; // ISO date of the left edge
  to: string; // ISO date of the right edge
  width?: number;
  rowHeight?: number;
  plotLeft?: number;
  caseLabels: Record<CaseId, string>;
  caseOrder: readonly CaseId[];
}

const LANES: Array<{ lane: Row['lane']; label: string }> = [
  { lane: 'events', label: 'Events' },
  { lane: 'nato', label: 'NATO' },
  { lane: 'csto', label: 'CSTO' },
];

export function layoutTimeline(items: readonly TimelineItem[], opts: LayoutOptions): TimelineLayout {
  const width = opts.width ?? 1000;
  const rowHeight = opts.rowHeight ?? 22;
  const plotLeft = opts.plotLeft ?? 190;
  const top = 26;
  const x = scaleUtc()
    .domain([new Date(`${opts.from}T00:00:00Z`), new Date(`${opts.to}T00:00:00Z`)])
    .range([plotLeft, width - 10]);
  const rows: Row[] = [];
  let y = top;
  for (const caseId of opts.caseOrder) {
    for (const { lane, label } of LANES) {
      rows.push({ key: `${caseId}:${lane}`, caseId, lane, label: `${opts.caseLabels[caseId]} · ${label}`, y });
      y += rowHeight;
    }
    y += rowHeight / 2;
  }
  const rowOf = new Map(rows.map((r) => [r.key, r]));
  const marks: Mark[] = [];
  for (const item of items) {
    const lane: Row['lane'] = item.org ?? 'events';
    for (const caseId of item.caseIds) {
      const row = rowOf.get(`${caseId}:${lane}`);
      if (!row) continue;
      const { caseIds: _ignored, ...rest } = item;
      marks.push({ ...rest, x: Math.round(x(new Date(`${item.date}T00:00:00Z`)) * 10) / 10, y: row.y, lane });
    }
  }
  marks.sort((a, b) => a.y - b.y || a.x - b.x || a.id.localeCompare(b.id));
  const ticks = x.ticks(10).map((d) => ({ x: Math.round(x(d) * 10) / 10, label: String(d.getUTCFullYear()) }));
  return { width, height: y + 10, rows, marks, ticks, plotLeft };
}

/**
 * At scale (src/lib/list-scale.ts) one mark per statement would make the page grow without bound: replace the
 * statements by one mark per organisation, case and year (placed at mid-year, linking to that case's page for
 * the year), keeping events as they are. Output is sorted by date, then id, for reproducible pages.
 */
export function aggregateStatements(
  items: readonly TimelineItem[],
  opts: { yearHref: (caseId: CaseId, year: number) => string; label: (org: Org, caseId: CaseId, year: number, count: number) => string },
): TimelineItem[] {
  const groups = new Map<string, { org: Org; caseId: CaseId; year: number; count: number }>();
  const out: TimelineItem[] = [];
  for (const item of items) {
    if (!item.org) {
      out.push(item);
      continue;
    }
    const year = Number(item.date.slice(0, 4));
    for (const caseId of item.caseIds) {
      const key = `${item.org}:${caseId}:${year}`;
      const g = groups.get(key);
      if (g) g.count += 1;
      else groups.set(key, { org: item.org, caseId, year, count: 1 });
    }
  }
  for (const [key, g] of groups) {
    out.push({ id: key, date: `${g.year}-07-01`, label: opts.label(g.org, g.caseId, g.year, g.count), href: opts.yearHref(g.caseId, g.year), caseIds: [g.caseId], org: g.org, count: g.count });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** Radius of a mark: 5 for one record, growing with the square root of an aggregated count, at most 10. */
export function markRadius(count = 1): number {
  return Math.min(10, Math.round((4 + Math.sqrt(count)) * 10) / 10);
}
