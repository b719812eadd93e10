/** Build-time citation formats for one CSL-JSON item, all produced by citation-js. */
import { citationJs, STYLE_NAMES, type CslItem } from './engine';

export type { CslItem } from './engine';

export interface Citations {
  apa: string;
  chicago: string;
  mla: string;
  harvard: string;
  bibtex: string;
  ris: string;
  csljson: string;
}

/** The formats in display order, with their labels (one source for every citation block). */
export const CITATION_FORMATS = [
  { key: 'apa', label: 'APA 7' },
  { key: 'chicago', label: 'Chicago (author-date)' },
  { key: 'mla', label: 'MLA 9' },
  { key: 'harvard', label: 'Harvard' },
  { key: 'bibtex', label: 'BibTeX' },
  { key: 'ris', label: 'RIS' },
  { key: 'csljson', label: 'CSL-JSON' },
] as const satisfies ReadonlyArray<{ key: keyof Citations; label: string }>;

export type TextFormat = 'apa' | 'chicago' | 'mla' | 'harvard';
const TEMPLATES: Record<TextFormat, string> = {
  apa: 'apa',
  chicago: STYLE_NAMES.chicago,
  mla: STYLE_NAMES.mla,
  harvard: 'harvard1',
};

/**
 * citation-js hard-wraps RIS values at 70 characters, and its own parser joins continuation lines with a
 * space ("secess ionist"), so titles would not survive a round trip. RIS allows 255-character lines: join
 * every line that does not start a tag back onto the line before it. Trailing spaces go too ("ER  - " →
 * "ER  -"): readers accept both, and the HTML that shows the record stays free of trailing whitespace.
 */
export function unwrapRis(ris: string): string {
  const lines = ris.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    if (out.length > 0 && line !== '' && !/^[A-Z][A-Z0-9] {2}-( |$)/.test(line)) out[out.length - 1] += line;
    else out.push(line);
  }
  return `${out.map((l) => l.trimEnd()).join('\n').replace(/\n+$/, '')}\n`;
}

/**
 * citation-js writes a full date as `month = {nov 27}`, which BibTeX and Zotero read as a month named "nov 27".
 * Keep the standard month macro (`month = nov`) and give the whole date in biblatex's `date` field; for a web
 * page, `howpublished` names the site rather than repeating the URL that `url` already holds.
 */
export function tidyBibtex(bib: string, site?: string): string {
  let out = bib.replace(/^(\s*)month = \{([a-z]{3}) (\d{1,2})\},\n/m, (_m, indent: string, mon: string, day: string) => {
    const year = /^\s*year = \{(\d{4})\}/m.exec(bib)?.[1];
    const mm = String(MONTHS.indexOf(mon) + 1).padStart(2, '0');
    const date = year && MONTHS.includes(mon) ? `${indent}date = {${year}-${mm}-${day.padStart(2, '0')}},\n` : '';
    return `${indent}month = ${mon},\n${date}`;
  });
  if (site) out = out.replace(/^(\s*)howpublished = \{[^}\n]*\},$/m, (_m, indent: string) => `${indent}howpublished = {${site}},`);
  return out;
}
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Strip citeproc's wrapper (<div class="csl-bib-body"><div class="csl-entry">…</div></div>) and spacing. */
function entryText(output: string): string {
  return output.replace(/\s+/g, ' ').trim();
}
function entryHtml(output: string): string {
  const inner = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(output)?.[1] ?? output;
  return entryText(inner);
}

/** One reference in a text style; `html` keeps italics (<i>) and escapes text, for set:html. */
export function formatReference(item: CslItem, style: TextFormat, html = false): string {
  const { Cite } = citationJs();
  const out = new Cite(item).format('bibliography', { template: TEMPLATES[style], format: html ? 'html' : 'text', lang: 'en-US' });
  return html ? entryHtml(out) : entryText(out);
}

/** Every format for one item. Text styles are plain text; see formatReference for HTML. */
export function formatCitations(item: CslItem): Citations {
  const { Cite } = citationJs();
  const cite = new Cite(item);
  return {
    apa: formatReference(item, 'apa'),
    chicago: formatReference(item, 'chicago'),
    mla: formatReference(item, 'mla'),
    harvard: formatReference(item, 'harvard'),
    bibtex: `${cite.format('bibtex').trim()}\n`,
    ris: unwrapRis(cite.format('ris')),
    csljson: `${JSON.stringify([item], null, 2)}\n`,
  };
}
