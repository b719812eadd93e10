/**
 * Per-record citation files (/statements/<id>.bib and .ris) are written after the build from the record's own
 * page: its "Cite this record" block carries the BibTeX and RIS in <pre data-record-citation="bibtex|ris">, so the
 * downloadable file and the text on the page are the same by construction. Writing them as plain files costs one
 * file write per record; as Astro routes they cost a route render and an asynchronous write each, ~20,000 of
 * them at 10,000 statements (docs/benchmarks.md).
 *
 * Pure and import-free, so scripts/postbuild can load this file directly (Node strips the types).
 */

export const RECORD_CITATION_FORMATS = { bibtex: 'bib', ris: 'ris' } as const;
export type RecordCitationFormat = keyof typeof RECORD_CITATION_FORMATS;

/** Undoes Astro's escaping of text in HTML (&, <, >, " and ' as entities), plus numeric references. */
export function decodeHtmlText(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi, (m, dec?: string, hex?: string, name?: string) => {
    if (dec) return String.fromCodePoint(Number.parseInt(dec, 10));
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name!.toLowerCase() as 'amp'] ?? m;
  });
}

/** The BibTeX and RIS a record page carries, decoded; a page without them gives an empty object. */
export function recordCitationsFromHtml(html: string): Partial<Record<RecordCitationFormat, string>> {
  const out: Partial<Record<RecordCitationFormat, string>> = {};
  for (const m of html.matchAll(/<pre\b[^>]*\bdata-record-citation="(bibtex|ris)"[^>]*>([\s\S]*?)<\/pre>/g)) {
    const format = m[1] as RecordCitationFormat;
    if (out[format] !== undefined) throw new Error(`two <pre data-record-citation="${format}"> blocks on one page`);
    if (/<[a-z/]/i.test(m[2]!)) throw new Error(`<pre data-record-citation="${format}"> holds markup, not plain text`);
    out[format] = decodeHtmlText(m[2]!);
  }
  return out;
}
