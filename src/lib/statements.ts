/** Pure views over statement records: sorting, grouping, relations. */
import { daysBetween } from './dates';
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

/**
 * Related statements: those sharing a case, nearest in time first (either organisation), at most `limit`.
 */
export function relatedStatements<T extends StatementLike>(target: T, all: readonly T[], limit = 5): T[] {
  return all
    .filter((s) => s.id !== target.id && s.cases.some((c) => target.cases.includes(c)))
    .map((s) => ({ s, distance: Math.abs(daysBetween(target.date, s.date)) }))
    .sort((a, b) => a.distance - b.distance || byDate(a.s, b.s))
    .slice(0, limit)
    .map(({ s }) => s)
    .sort(byDate);
}
