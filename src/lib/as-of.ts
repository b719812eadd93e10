/**
 * The ?as-of=YYYY-MM-DD parameter: which sections of a page changed after a date. Browser-safe (no Node
 * imports): the marker script (src/scripts/as-of.ts) uses it with the build's /changes/sections.json.
 */

/** Sections of one page changed strictly after `asOf` (YYYY-MM-DD). */
export function changedSince(sections: Record<string, string> | undefined, asOf: string): string[] {
  if (!sections) return [];
  return Object.entries(sections).filter(([, d]) => d > asOf).map(([id]) => id);
}

/** A valid ?as-of= value (a real calendar date, YYYY-MM-DD) or null. */
export function parseAsOf(value: string | null | undefined): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value ? value : null;
}

/**
 * Whether a page has a section history (and so gets the ?as-of= marker): built from a case, statement or note
 * file, at that record's own address (/cases/<id>/, not /cases/<id>/handout/). `pathname` has no base.
 */
export function hasSectionHistory(pageSource: string | undefined, pathname: string): boolean {
  const m = /^content\/(cases|statements|notes)\/([^/]+)\.mdx?$/.exec(pageSource ?? '');
  return m !== null && pathname.replace(/\/?$/, '/') === `/${m[1]}/${m[2]}/`;
}
