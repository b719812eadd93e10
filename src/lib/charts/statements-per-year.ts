/**
 * Statements per year, one row per organisation × case (the /compare/ chart). Pure: counts and geometry only;
 * StatementsPerYear.astro turns the layout into SVG at build time. A statement on two cases counts in both rows.
 */
import { scaleBand, scaleLinear } from 'd3';
import { filterToSearch } from '../statement-filter';

export interface YearItem {
  org: string;
  cases: string[];
  year: number;
  nonResponse: boolean;
}

export interface RowSpec {
  org: string;
  caseId: string;
  label: string;
}

export interface YearCount {
  year: number;
  statements: number; // excluding non-responses
  nonResponses: number;
}

export interface Bar extends YearCount {
  x: number;
  width: number;
  /** The solid part (statements) and, stacked above it, the outlined part (documented non-responses). */
  statementsY: number;
  statementsHeight: number;
  nonResponsesY: number;
  nonResponsesHeight: number;
  href: string;
  label: string;
}

export interface ChartRow extends RowSpec {
  y: number; // baseline
  total: number;
  counts: YearCount[];
  bars: Bar[];
}

export interface ChartLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  rowHeight: number;
  years: number[];
  ticks: { year: number; x: number }[];
  maxPerYear: number;
  rows: ChartRow[];
}

export interface ChartOptions {
  width?: number;
  rowHeight?: number;
  plotLeft?: number;
  top?: number;
  tickEvery?: number;
}

/** Every year from the first to the last item (inclusive), so gaps show as gaps. */
export function yearSpan(items: YearItem[]): number[] {
  if (!items.length) return [];
  const ys = items.map((i) => i.year);
  const lo = Math.min(...ys);
  const hi = Math.max(...ys);
  return Array.from({ length: hi - lo + 1 }, (_, k) => lo + k);
}

/** Counts per year for one organisation × case, over `years`. */
export function countsFor(items: YearItem[], org: string, caseId: string, years: number[]): YearCount[] {
  return years.map((year) => {
    const mine = items.filter((i) => i.year === year && i.org === org && i.cases.includes(caseId));
    const nonResponses = mine.filter((i) => i.nonResponse).length;
    return { year, statements: mine.length - nonResponses, nonResponses };
  });
}

/** The link to the records behind one bar: the /statements/ list filtered to org, case and that year. */
export function recordsHref(org: string, caseId: string, from: number, to: number = from): string {
  return `/statements/${filterToSearch({ values: { org, case: caseId }, from, to })}`;
}

/** The `n` years with the most records over all rows, in calendar order (ties: earlier year first). */
export function peakYears(rows: { counts: YearCount[] }[], n: number): number[] {
  const totals = new Map<number, number>();
  for (const r of rows) for (const c of r.counts) totals.set(c.year, (totals.get(c.year) ?? 0) + c.statements + c.nonResponses);
  return [...totals.entries()]
    .filter(([, t]) => t > 0)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, n)
    .map(([y]) => y)
    .sort((a, b) => a - b);
}

export function layoutStatementsPerYear(items: YearItem[], specs: RowSpec[], opts: ChartOptions = {}): ChartLayout {
  const { width = 860, rowHeight = 60, plotLeft = 200, top = 22, tickEvery = 5 } = opts;
  const plotRight = width - 8;
  const years = yearSpan(items);
  const x = scaleBand<number>().domain(years).range([plotLeft, plotRight]).paddingInner(0.2);
  const countsByRow = specs.map((s) => countsFor(items, s.org, s.caseId, years));
  const maxPerYear = Math.max(1, ...countsByRow.flat().map((c) => c.statements + c.nonResponses));
  const barSpace = rowHeight - 14;
  const h = scaleLinear().domain([0, maxPerYear]).range([0, barSpace]);
  const round = (v: number) => Math.round(v * 10) / 10;

  const rows: ChartRow[] = specs.map((spec, i) => {
    const y = top + (i + 1) * rowHeight - 4;
    const counts = countsByRow[i]!;
    const bars: Bar[] = counts
      .filter((c) => c.statements + c.nonResponses > 0)
      .map((c) => {
        const sh = h(c.statements);
        const nh = h(c.nonResponses);
        const parts = [
          c.statements ? `${c.statements} statement${c.statements === 1 ? '' : 's'}` : '',
          c.nonResponses ? `${c.nonResponses} documented non-response${c.nonResponses === 1 ? '' : 's'}` : '',
        ].filter(Boolean);
        return {
          ...c,
          x: round(x(c.year)!),
          width: round(x.bandwidth()),
          statementsY: round(y - sh),
          statementsHeight: round(sh),
          nonResponsesY: round(y - sh - nh),
          nonResponsesHeight: round(nh),
          href: recordsHref(spec.org, spec.caseId, c.year),
          label: `${spec.label}, ${c.year}: ${parts.join(' and ')}`,
        };
      });
    return { ...spec, y, total: counts.reduce((t, c) => t + c.statements + c.nonResponses, 0), counts, bars };
  });

  const ticks = years.filter((yr) => yr % tickEvery === 0).map((year) => ({ year, x: round(x(year)! + x.bandwidth() / 2) }));
  return { width, height: top + specs.length * rowHeight + 4, plotLeft, plotRight, rowHeight, years, ticks, maxPerYear, rows };
}
