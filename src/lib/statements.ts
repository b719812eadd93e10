/** Pure views over statement records: sorting, grouping, relations. */
import type { CaseId, Org } from './vocab';

export interface StatementLike {
  id: string;
  date: string;
  org: Org;
  cases: readonly CaseId[];
  titleEn: string;
}

/** Oldest first; ties broken by id so the order is stable across builds. */
export function byDate<T extends { date: string; id: string }>(a: T, b: T): number {
  return a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1;
}

/** Statements per organisation × case cell. */
export function countCells(statements: readonly StatementLike[]): Record<Org, Record<CaseId, number>> {
  const cells = {
    nato: { 'nagorno-karabakh': 0, 'georgia-2008': 0, 'ukraine-2014': 0 },
    csto: { 'nagorno-karabakh': 0, 'georgia-2008': 0, 'ukraine-2014': 0 },
  };
  for (const s of statements) for (const c of s.cases) cells[s.org][c] += 1;
  return cells;
}

const days = new Map<string, number>();

/** Day number of an ISO date (days since 1970-01-01), for distances in time; memoised (dates repeat). */
function dayOf(iso: string): number {
  let day = days.get(iso);
  if (day === undefined) {
    day = Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
    days.set(iso, day);
  }
  return day;
}

interface Ranked<T> {
  s: T;
  distance: number;
}

/** The order of related statements: nearest in time first, then oldest first, then by id. */
const closer = <T extends StatementLike>(a: Ranked<T>, b: Ranked<T>): number => a.distance - b.distance || byDate(a.s, b.s);

/** Keeps the `limit` best of `ranked` (in `closer` order), sorted back into date order. */
const finish = <T extends StatementLike>(ranked: Ranked<T>[], limit: number): T[] =>
  ranked.sort(closer).slice(0, limit).map(({ s }) => s).sort(byDate);

/**
 * Related statements: those sharing a case, nearest in time first (either organisation), at most `limit`,
 * returned in date order. One pass over `all` keeping only the best `limit` (no sort of the whole list); for one
 * call per statement page over thousands of statements, build a `relatedIndex` once and use `relatedFromIndex`.
 */
export function relatedStatements<T extends StatementLike>(target: T, all: readonly T[], limit = 5): T[] {
  if (limit <= 0) return [];
  const day = dayOf(target.date);
  const best: Ranked<T>[] = [];
  for (const s of all) {
    if (s.id === target.id || !s.cases.some((c) => target.cases.includes(c))) continue;
    const candidate = { s, distance: Math.abs(dayOf(s.date) - day) };
    if (best.length === limit && closer(candidate, best[limit - 1]!) >= 0) continue;
    let i = best.length === limit ? limit - 1 : best.length;
    while (i > 0 && closer(candidate, best[i - 1]!) < 0) {
      best[i] = best[i - 1]!;
      i--;
    }
    best[i] = candidate;
  }
  return best.map(({ s }) => s).sort(byDate);
}

/** Statements of each case in date order, with their day numbers: built once, queried per page. */
export interface RelatedIndex<T extends StatementLike> {
  byCase: Map<CaseId, { items: T[]; days: number[] }>;
}

export function relatedIndex<T extends StatementLike>(all: readonly T[]): RelatedIndex<T> {
  const byCase = new Map<CaseId, { items: T[]; days: number[] }>();
  for (const s of [...all].sort(byDate)) {
    for (const c of new Set(s.cases)) {
      let list = byCase.get(c);
      if (!list) byCase.set(c, (list = { items: [], days: [] }));
      list.items.push(s);
      list.days.push(dayOf(s.date));
    }
  }
  return { byCase };
}

/**
 * The same answer as `relatedStatements(target, all, limit)` from an index of `all`, in O(log n + limit) per case:
 * from the target's date, walk outwards through each of its cases' date-ordered lists, nearest first, and keep
 * the `limit + 1` nearest (the target itself may be one of them) plus anything tied with the last; then rank
 * that small set exactly as `relatedStatements` does.
 */
export function relatedFromIndex<T extends StatementLike>(index: RelatedIndex<T>, target: StatementLike, limit = 5): T[] {
  if (limit <= 0) return [];
  const day = dayOf(target.date);
  const seen = new Map<string, Ranked<T>>();
  for (const c of new Set(target.cases)) {
    const list = index.byCase.get(c);
    if (!list) continue;
    const { items, days } = list;
    let lo = 0;
    let hi = days.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (days[mid]! < day) lo = mid + 1;
      else hi = mid;
    }
    let left = lo - 1;
    let right = lo;
    let taken = 0;
    let bound = Infinity;
    for (;;) {
      const dl = left >= 0 ? day - days[left]! : Infinity;
      const dr = right < days.length ? days[right]! - day : Infinity;
      const d = Math.min(dl, dr);
      if (d === Infinity || d > bound) break;
      const at = dl <= dr ? left-- : right++;
      const s = items[at]!;
      if (s.id !== target.id && !seen.has(s.id)) seen.set(s.id, { s, distance: d });
      if (++taken === limit + 1) bound = d;
    }
  }
  return finish([...seen.values()], limit);
}

/** The host of a URL without "www.", for saying where a copy was read ("nato.int"). */
export function sourceHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
