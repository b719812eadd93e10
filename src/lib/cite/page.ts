/**
 * "Cite this page": a CSL-JSON record for one page of the site and its citations in every format.
 *
 * citeproc needs 5–40 ms per reference in the APA and Harvard styles, which would add minutes to a build of
 * 10,000 statement pages. Within one style and one date, the references of two pages differ only in title and
 * URL, so each (style, date) pair is formatted once by citation-js with placeholder title and URL, and each page
 * fills in its own (title-cased, where the style does so, by citeproc itself through a one-line style). Titles
 * or URLs that citeproc would touch beyond that (quotes, markup, closing punctuation) take the slow path.
 * page.test.ts checks that both paths give identical output.
 */
import { citationJs, type CslItem } from './engine';
import { formatReference, tidyBibtex, unwrapRis, type Citations, type TextFormat } from './format';

export interface PageInfo {
  title: string;
  url: string; // canonical, absolute
  siteName: string;
  updated?: string | undefined; // YYYY-MM-DD: last change of the page's source
}

/**
 * A citation key from the URL path: /statements/x-y/ → companion_statements_x_y; / → companion_home.
 * Letters, digits and "_" only: citation-js replaces BibTeX keys containing "-" or "/" with its own.
 */
export function pageKey(url: string): string {
  const slug = new URL(url).pathname.split('/').filter(Boolean).join('_').replace(/[^A-Za-z0-9_]+/g, '_');
  return `companion_${slug || 'home'}`;
}

/** A short id, unique per path (the RIS ID field keeps only 20 characters): FNV-1a of the path, base 36. */
export function pageId(url: string): string {
  let h = 0x811c9dc5;
  for (const ch of new URL(url).pathname) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return `companion-${h.toString(36)}`;
}

export function pageCsl(page: PageInfo): CslItem {
  const item: CslItem = { id: pageId(page.url), 'citation-key': pageKey(page.url), type: 'webpage', title: page.title, 'container-title': page.siteName, URL: page.url };
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(page.updated ?? '');
  if (date) item.issued = { 'date-parts': [[Number(date[1]), Number(date[2]), Number(date[3])]] };
  return item;
}

const TITLE_CASED: Record<TextFormat, boolean> = { apa: false, chicago: true, mla: true, harvard: false };
const TITLE_MARK = 'QQTITLEQQ';
const URL_MARK = 'https://qqurlqq.invalid/';
const TITLE_CASE_STYLE = 'companion-title-case';
const TITLE_CASE_XML = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Title case only</title><id>https://example.org/csl/companion-title-case</id><updated>2026-11-27T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout><text variable="title" text-case="title"/></layout></bibliography>
</style>
`;

const templates = new Map<string, string>();
const titleCases = new Map<string, string>();

/** Whether citeproc would only copy this title/URL into the output (so a placeholder can stand in for it). */
export function isPlain(title: string, url: string): boolean {
  return /^[^\s.?!:;,][^<>&"'‘’“”\u00a0]*[^\s.?!:;,…]$/.test(title) && !/\s{2}/.test(title) && !/[<>&"'\s]/.test(url);
}

function titleCaseStyle(): string {
  const styles = citationJs().plugins.config.get('@csl').styles;
  if (!styles.has(TITLE_CASE_STYLE)) styles.add(TITLE_CASE_STYLE, TITLE_CASE_XML);
  return TITLE_CASE_STYLE;
}

function titleCase(title: string): string {
  let out = titleCases.get(title);
  if (out === undefined) {
    out = new (citationJs().Cite)({ id: 't', type: 'webpage', title }).format('bibliography', { template: titleCaseStyle(), format: 'text', lang: 'en-US' }).trim();
    titleCases.set(title, out);
  }
  return out;
}

/** Titles formatted per citeproc run when priming: runs of a few hundred are the fastest per title. */
const PRIME_BATCH = 400;

/**
 * Title-cases many titles ahead of use, a few hundred per citeproc run instead of one run per title (about half
 * the time per title; it matters at 10,000 statement pages). The style has no sorting, so citeproc lists the
 * entries in the order given, one per line; a batch whose line count does not match is left to the one-by-one
 * path. Only plain titles (see isPlain) without line breaks are batched. page.test.ts checks the results are
 * the same as one run per title.
 */
export function primeTitleCases(titles: Iterable<string>): void {
  const todo = [...new Set(titles)].filter((t) => !titleCases.has(t) && !t.includes('\n') && isPlain(t, 'https://example.org/'));
  const { Cite } = citationJs();
  for (let i = 0; i < todo.length; i += PRIME_BATCH) {
    const batch = todo.slice(i, i + PRIME_BATCH);
    const text = new Cite(batch.map((title, k) => ({ id: `t${k}`, type: 'webpage', title })))
      .format('bibliography', { template: titleCaseStyle(), format: 'text', lang: 'en-US' });
    const lines = text.replace(/\n+$/, '').split('\n');
    if (lines.length !== batch.length) continue;
    batch.forEach((title, k) => titleCases.set(title, lines[k]!.trim()));
  }
}

/** One reference for a page; identical to formatReference(pageCsl(page), style, html), only faster. */
export function pageReference(page: PageInfo, style: TextFormat, html = false): string {
  const item = pageCsl(page);
  if (!isPlain(page.title, page.url)) return formatReference(item, style, html);
  const key = `${style}|${html ? 'html' : 'text'}|${page.siteName}|${page.updated ?? ''}`;
  let template = templates.get(key);
  if (template === undefined) {
    template = formatReference({ ...item, title: TITLE_MARK, URL: URL_MARK }, style, html);
    templates.set(key, template);
  }
  const title = TITLE_CASED[style] ? titleCase(page.title) : page.title;
  return template.replace(TITLE_MARK, () => title).replace(URL_MARK, () => page.url);
}

/** Every format for a page (BibTeX, RIS and CSL-JSON straight from citation-js: they are cheap). */
export function pageCitations(page: PageInfo): Citations {
  const item = pageCsl(page);
  const cite = new (citationJs().Cite)(item);
  return {
    apa: pageReference(page, 'apa'),
    chicago: pageReference(page, 'chicago'),
    mla: pageReference(page, 'mla'),
    harvard: pageReference(page, 'harvard'),
    bibtex: `${tidyBibtex(cite.format('bibtex').trim(), page.siteName)}\n`,
    ris: unwrapRis(cite.format('ris')),
    csljson: `${JSON.stringify([item], null, 1)}\n`,
  };
}
