/**
 * The /statements/ filters: state ↔ URL query, and whether a row matches. Pure, shared by the page script and
 * its tests. Parameters: org, case, body, kind, stance (one value each) and from/to (years, inclusive).
 */
export const FILTER_FIELDS = ['org', 'case', 'body', 'kind', 'stance'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

export interface RowFilter {
  values: Partial<Record<FilterField, string>>;
  from?: number;
  to?: number;
}

/** What a row carries (from its data-* attributes): multi-valued fields are space-separated ids. */
export interface RowFacts {
  org: string;
  case: string; // "georgia-2008 ukraine-2014"
  body: string;
  kind: string;
  stance: string; // "non-recognition supports-territorial-integrity"
  year: number;
}

const MULTI: ReadonlySet<FilterField> = new Set(['case', 'stance']);

export function parseFilter(search: string): RowFilter {
  const params = new URLSearchParams(search);
  const values: RowFilter['values'] = {};
  for (const f of FILTER_FIELDS) {
    const v = params.get(f);
    if (v) values[f] = v;
  }
  const year = (name: string) => {
    const v = Number(params.get(name));
    return Number.isInteger(v) && v >= 1900 && v <= 2100 ? v : undefined;
  };
  const out: RowFilter = { values };
  const from = year('from');
  const to = year('to');
  if (from !== undefined) out.from = from;
  if (to !== undefined) out.to = to;
  return out;
}

export function filterToSearch(filter: RowFilter): string {
  const params = new URLSearchParams();
  for (const f of FILTER_FIELDS) if (filter.values[f]) params.set(f, filter.values[f]!);
  if (filter.from !== undefined) params.set('from', String(filter.from));
  if (filter.to !== undefined) params.set('to', String(filter.to));
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function rowMatches(row: RowFacts, filter: RowFilter): boolean {
  for (const f of FILTER_FIELDS) {
    const want = filter.values[f];
    if (!want) continue;
    const have = MULTI.has(f) ? row[f].split(' ') : [row[f]];
    if (!have.includes(want)) return false;
  }
  if (filter.from !== undefined && row.year < filter.from) return false;
  if (filter.to !== undefined && row.year > filter.to) return false;
  return true;
}

export function isEmpty(filter: RowFilter): boolean {
  return FILTER_FIELDS.every((f) => !filter.values[f]) && filter.from === undefined && filter.to === undefined;
}

/**
 * One record in /statements/rows.json, the compact list the filters run over when the database is too large
 * for /statements/ to carry every row (src/lib/list-scale.ts): id, date, English title and the filter fields.
 */
export interface CompactRow {
  id: string;
  date: string;
  title: string;
  org: string;
  body: string;
  kind: string;
  cases: string[];
  stance: string[];
}

export function compactRow(s: { id: string; date: string; titleEn: string; org: string; body: string; kind: string; cases: readonly string[]; stance: readonly string[] }): CompactRow {
  return { id: s.id, date: s.date, title: s.titleEn, org: s.org, body: s.body, kind: s.kind, cases: [...s.cases], stance: [...s.stance] };
}

/** What rowMatches reads, from a compact row (the same facts a table row carries in its data-* attributes). */
export function compactFacts(r: CompactRow): RowFacts {
  return { org: r.org, case: r.cases.join(' '), body: r.body, kind: r.kind, stance: r.stance.join(' '), year: Number(r.date.slice(0, 4)) };
}
