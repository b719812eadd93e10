/**
 * List pages at scale. Up to FULL_LIST_LIMIT statements, /statements/ and /timeline/ show every record on one
 * page (the real site: ~150 records). Above it they would grow without bound (at 10,000 statements /timeline/
 * was ~1 MB gzip and /statements/ ~800 KB), so they show each case's statements per year, linking to one page
 * per case and year (/statements/<case>/<year>/), and the timeline draws one mark per organisation, case and
 * year. Pure helpers, shared by the pages and their tests.
 */
export const FULL_LIST_LIMIT = 600;

/** Whether the list pages switch to per-case, per-year pages for this many statements. */
export function listsPaged(statementCount: number, limit = FULL_LIST_LIMIT): boolean {
  return statementCount > limit;
}

/** The page listing one case's statements of one year. */
export function yearPagePath(caseId: string, year: number | string): string {
  return `/statements/${caseId}/${year}/`;
}

export interface Dated {
  date: string; // YYYY-MM-DD
  caseIds: readonly string[];
}

/** case id → year → its records, years ascending, records in the order given (pass them in date order). */
export function byCaseAndYear<T extends Dated>(records: readonly T[]): Map<string, Map<number, T[]>> {
  const out = new Map<string, Map<number, T[]>>();
  for (const r of records) {
    const year = Number(r.date.slice(0, 4));
    for (const c of r.caseIds) {
      let years = out.get(c);
      if (!years) out.set(c, (years = new Map()));
      let list = years.get(year);
      if (!list) years.set(year, (list = []));
      list.push(r);
    }
  }
  for (const [c, years] of out) out.set(c, new Map([...years].sort((a, b) => a[0] - b[0])));
  return out;
}
