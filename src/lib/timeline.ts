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
