/**
 * List pages at scale. Up to FULL_LIST_LIMIT statements, /statements/ and /timeline/ show every record on one
 * page (the real site: ~150 records). Above it they would grow without bound (at 10,000 statements /timeline/
 * was ~1 MB gzip and /statements/ ~800 KB), so they show each case's statements per year, linking to one page
 * per case and year (/statements/<case>/<year>/), and the timeline draws one mark per organisation, case and
 * year. Pure helpers, shared by the pages and their tests.
 *
 * Notes likewise: up to NOTES_FULL_LIST_LIMIT notes, /notes/ lists every note (the real site: ~50). Above it
 * (67 KB gzip at 1,000 notes) /notes/ keeps one section per type (the anchors #endnote, #glossary, #research)
 * and lists in place only the short types; a longer type gets its own pages of NOTES_PAGE_SIZE notes
 * (/notes/<type>/<page>/, page 1, 2, …). The syllabus pack (/teach/pack/) then offers the notes, like the
 * statements above FULL_LIST_LIMIT, through a search over a compact rows file instead of one checkbox per note.
 */
export const FULL_LIST_LIMIT = 600;
export const NOTES_FULL_LIST_LIMIT = 300;
/** Notes per list page of one type at scale (~70 bytes gzip each: ~14 KB a page). */
export const NOTES_PAGE_SIZE = 200;
/** At scale, a type with at most this many notes is still listed in place on /notes/. */
export const NOTES_INLINE_LIMIT = 50;

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

/** Whether /notes/ (and the pack's notes) switch to per-type list pages for this many notes. */
export function notesPaged(noteCount: number, limit = NOTES_FULL_LIST_LIMIT): boolean {
  return noteCount > limit;
}

/** One page of one note type's list at scale. Pages are numbered from 1. */
export function noteListPath(type: string, page: number): string {
  return `/notes/${type}/${page}/`;
}

export interface ListPage<T> {
  page: number; // 1-based
  pages: number;
  first: number; // 1-based position of the first item
  last: number;
  items: T[];
}

/** Consecutive pages of at most `size` items, in the order given; none for an empty list. */
export function chunkPages<T>(items: readonly T[], size = NOTES_PAGE_SIZE): ListPage<T>[] {
  if (!(size >= 1)) throw new Error(`chunkPages: page size must be at least 1, got ${size}`);
  const pages = Math.ceil(items.length / size);
  return Array.from({ length: pages }, (_, i) => ({
    page: i + 1,
    pages,
    first: i * size + 1,
    last: Math.min(items.length, (i + 1) * size),
    items: items.slice(i * size, (i + 1) * size),
  }));
}

/** At scale, whether a type with this many notes gets its own pages (else it is listed in place on /notes/). */
export function noteTypePaged(typeCount: number, inline = NOTES_INLINE_LIMIT): boolean {
  return typeCount > inline;
}
