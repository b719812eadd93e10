/**
 * The syllabus pack at scale (src/lib/list-scale.ts): when there are too many statements (or notes) for
 * /teach/pack/ to carry one checkbox each, the group offers a search over a compact rows file
 * (/statements/rows.json, /notes/rows.json), loaded on first use, and lists the matches as the same checkboxes.
 * Pure functions, browser-safe.
 */
import { formatDate } from '@/lib/dates';
import type { PackGroup, PackItem } from './pack';

/** A row of a picker list: a pack item with the text shown after its title. */
export interface PickerRow extends PackItem {
  detail?: string;
  /** Searched but not shown (a statement's case ids, so "georgia" finds the Georgia 2008 records). */
  keywords?: string;
}

/** One record in /notes/rows.json (built above NOTES_FULL_LIST_LIMIT notes). */
export interface NoteRow {
  id: string;
  title: string;
  type: string;
}

/** The fields of a /statements/rows.json record the picker reads (see CompactRow in src/lib/statement-filter.ts). */
export interface StatementRowLike {
  id: string;
  date: string;
  title: string;
  org: string;
  cases?: string[];
}

/** Matches listed at once; the count says how many more there are. */
export const PICKER_SHOW = 50;

/**
 * A rows file → picker rows, in file order (the order /teach/pack/ lists items in below the limits, so URLs
 * stay canonical). Statements show organisation and date, as the full list does; notes show their type label.
 */
export function pickerRows(group: PackGroup, raw: unknown, typeLabels: Record<string, string> = {}): PickerRow[] {
  if (!Array.isArray(raw)) throw new Error(`pack picker: the ${group} rows are not a list`);
  if (group === 'statement') {
    return (raw as StatementRowLike[]).map((r) => ({ group, id: r.id, title: r.title, path: `/statements/${r.id}/`, detail: `${r.org.toUpperCase()}, ${formatDate(r.date)}`, ...(r.cases?.length ? { keywords: r.cases.join(' ') } : {}) }));
  }
  if (group === 'note') {
    return (raw as NoteRow[]).map((r) => ({ group, id: r.id, title: r.title, path: `/notes/${r.id}/`, ...(typeLabels[r.type] ? { detail: typeLabels[r.type] } : {}) }));
  }
  throw new Error(`pack picker: no rows file for ${group}`);
}

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * The rows matching a query: every word of it appears in the title, the detail (organisation, date, type), the
 * keywords (case ids) or the id, ignoring case and accents. An empty query matches nothing (the picker lists only what is chosen).
 */
export function pickerMatches(rows: readonly PickerRow[], query: string): PickerRow[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return rows.filter((r) => {
    const text = fold(`${r.title} ${r.detail ?? ''} ${r.keywords ?? ''} ${r.id}`);
    return words.every((w) => text.includes(w));
  });
}

/**
 * What the picker lists: the chosen rows first (so they stay in the form and in the URL), then the first
 * `show` matches not already chosen, each once, each in file order.
 */
export function pickerList(rows: readonly PickerRow[], chosen: ReadonlySet<string>, matches: readonly PickerRow[], show = PICKER_SHOW): PickerRow[] {
  const picked = rows.filter((r) => chosen.has(r.id));
  return [...picked, ...matches.filter((r) => !chosen.has(r.id)).slice(0, show)];
}
