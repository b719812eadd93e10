/**
 * Alliance membership over time, from content/data/membership.yaml. Pure functions: the build uses them to
 * draw the maps and the tables, the map script uses statusAt/sinceAt/statusLabel to recolour in the browser.
 * A map shows a status on 31 December of the chosen year; for one organisation the status on a day is the
 * last change on or before that day, and before the first change the country is not a member.
 */
import type { MembershipChangeStatus, Org } from './vocab';

/** What a map colours a country by. */
export type MapStatus = 'nato' | 'csto' | 'csto-frozen' | 'none';
export const MAP_STATUSES: readonly MapStatus[] = ['nato', 'csto', 'csto-frozen', 'none'];

export interface MembershipChange {
  date: string; // ISO
  status: MembershipChangeStatus;
  source: string;
  note?: string | undefined;
}
export interface MembershipRecord {
  country: string; // alpha-3
  name: string;
  org: Org;
  changes: MembershipChange[];
}

/** A country's effective changes of map status, oldest first: [date, status from that day]. */
export type Timeline = Array<[string, MapStatus]>;

/** The last day of a year, the day a map year stands for. */
export const yearEnd = (year: number): string => `${year}-12-31`;

/** One organisation's raw status on a day, or null before the first change. */
export function orgStatusOn(record: MembershipRecord, date: string): MembershipChangeStatus | null {
  let status: MembershipChangeStatus | null = null;
  for (const change of [...record.changes].sort((a, b) => a.date.localeCompare(b.date))) {
    if (change.date <= date) status = change.status;
  }
  return status;
}

/** A country's map status on a day, from all its records (NATO membership wins over the CSTO's). */
export function statusOn(records: readonly MembershipRecord[], country: string, date: string): MapStatus {
  const mine = records.filter((r) => r.country === country);
  const nato = mine.filter((r) => r.org === 'nato').map((r) => orgStatusOn(r, date));
  const csto = mine.filter((r) => r.org === 'csto').map((r) => orgStatusOn(r, date));
  if (nato.includes('member')) return 'nato';
  if (csto.includes('member')) return 'csto';
  if (csto.includes('suspended') || csto.includes('frozen')) return 'csto-frozen';
  return 'none';
}

/** Every country's timeline of effective changes (rows that repeat a status, like 2003-09-18, drop out). */
export function timelines(records: readonly MembershipRecord[]): Record<string, Timeline> {
  const result: Record<string, Timeline> = {};
  for (const country of [...new Set(records.map((r) => r.country))].sort()) {
    const dates = [...new Set(records.filter((r) => r.country === country).flatMap((r) => r.changes.map((c) => c.date)))].sort();
    const line: Timeline = [];
    let previous: MapStatus = 'none';
    for (const date of dates) {
      const status = statusOn(records, country, date);
      if (status !== previous) line.push([date, status]);
      previous = status;
    }
    result[country] = line;
  }
  return result;
}

/** Status on a day from a timeline (an absent or empty timeline means never a member). */
export function statusAt(timeline: Timeline | undefined, date: string): MapStatus {
  let status: MapStatus = 'none';
  for (const [d, s] of timeline ?? []) if (d <= date) status = s;
  return status;
}

/** The day since which the status on `date` has held, or null when it has held since before any record. */
export function sinceAt(timeline: Timeline | undefined, date: string): string | null {
  let since: string | null = null;
  for (const [d] of timeline ?? []) if (d <= date) since = d;
  return since;
}

export interface YearChange {
  country: string;
  date: string;
  status: MapStatus;
}

/** The effective changes that took place in a year, by date then country. */
export function changesInYear(lines: Readonly<Record<string, Timeline>>, year: number): YearChange[] {
  const prefix = `${year}-`;
  return Object.entries(lines)
    .flatMap(([country, line]) => line.filter(([d]) => d.startsWith(prefix)).map(([date, status]) => ({ country, date, status })))
    .sort((a, b) => a.date.localeCompare(b.date) || a.country.localeCompare(b.country));
}

/** The Collective Security Treaty became the CSTO when its Charter entered into force (membership.yaml). */
export const CSTO_CHARTER_IN_FORCE = '2003-09-18';

/** How a status reads on a given day ("CST party" before the CSTO existed). */
export function statusLabel(status: MapStatus, date: string): string {
  const cst = date < CSTO_CHARTER_IN_FORCE;
  switch (status) {
    case 'nato': return 'NATO member';
    case 'csto': return cst ? 'Collective Security Treaty party' : 'CSTO member';
    case 'csto-frozen': return 'CSTO membership suspended or frozen';
    default: return 'Neither NATO nor CSTO';
  }
}

/** One row per recorded change, for the changes table and the downloads. */
export interface ChangeRow {
  org: Org;
  country: string;
  name: string;
  date: string;
  status: MembershipChangeStatus;
  source: string;
  note: string;
}

export function changeRows(records: readonly MembershipRecord[]): ChangeRow[] {
  return records
    .flatMap((r) => r.changes.map((c) => ({ org: r.org, country: r.country, name: r.name, date: c.date, status: c.status, source: c.source, note: c.note ?? '' })))
    .sort((a, b) => a.date.localeCompare(b.date) || a.org.localeCompare(b.org) || a.name.localeCompare(b.name));
}

export const CSV_COLUMNS = ['org', 'country', 'name', 'date', 'status', 'source', 'note'] as const;

/** RFC 4180 CSV (CRLF line ends, fields quoted when they need it). */
export function toCsv(rows: readonly ChangeRow[]): string {
  const field = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [CSV_COLUMNS.join(','), ...rows.map((row) => CSV_COLUMNS.map((c) => field(row[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** One sentence on the year's changes, e.g. "Changes in 2004: 29 March 2004 — NATO member: Bulgaria, Estonia…". */
export function yearSummary(lines: Readonly<Record<string, Timeline>>, year: number, name: (code: string) => string, formatDay: (iso: string) => string): string {
  const groups = new Map<string, string[]>();
  for (const c of changesInYear(lines, year)) {
    const key = `${formatDay(c.date)} — ${statusLabel(c.status, c.date)}`;
    groups.set(key, [...(groups.get(key) ?? []), name(c.country)]);
  }
  if (groups.size === 0) return `No change of status in ${year}.`;
  return `Changes in ${year}: ${[...groups].map(([k, names]) => `${k}: ${names.sort().join(', ')}`).join('; ')}.`;
}
