/**
 * The site's bibliography: every source (content/sources) and every statement record as CSL-JSON, and the
 * same items as BibTeX and RIS through citation-js (the project's one citation engine, src/lib/cite/engine.ts).
 * Downloads: /data/bibliography.json, .bib, .ris.
 */
import { citationJs, type CslItem } from './engine';
import { unwrapRis } from './format';

export interface SourceLike {
  id: string;
  title: string;
  titleEn?: string | undefined;
  author?: string | undefined;
  publisher?: string | undefined;
  date?: string | number | undefined;
  url: string;
  kind: 'official' | 'scholarship' | 'news' | 'reference';
}

export interface StatementLike {
  id: string;
  title: string;
  titleEn: string;
  date: string;
  issuer: string; // the issuing body's label, e.g. "North Atlantic Council"
  org: string; // the organisation's label, e.g. "NATO"
  url: string;
  documentNumber?: string | undefined;
  language: string;
}

/** BibTeX keys: letters, digits and "_" only (citation-js replaces keys with "-"). */
export const bibKey = (id: string): string => id.replace(/[^A-Za-z0-9]+/g, '_');

function issued(date: string | number | undefined): CslItem['issued'] | undefined {
  if (typeof date === 'number') return { 'date-parts': [[date]] };
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  return m ? { 'date-parts': [[Number(m[1]), Number(m[2]), Number(m[3])]] } : undefined;
}

const SOURCE_TYPES: Record<SourceLike['kind'], string> = {
  official: 'document',
  scholarship: 'article',
  news: 'article-newspaper',
  reference: 'webpage',
};

export function sourceCsl(s: SourceLike): CslItem {
  const item: CslItem = {
    id: s.id,
    'citation-key': bibKey(s.id),
    type: SOURCE_TYPES[s.kind],
    title: s.titleEn && s.titleEn !== s.title ? `${s.title} [${s.titleEn}]` : s.title,
    URL: s.url,
  };
  if (s.author) item.author = [{ literal: s.author }];
  if (s.publisher) {
    if (s.kind === 'news') item['container-title'] = s.publisher;
    else item.publisher = s.publisher;
  }
  const d = issued(s.date);
  if (d) item.issued = d;
  return item;
}

export function statementCsl(s: StatementLike): CslItem {
  const item: CslItem = {
    id: s.id,
    'citation-key': bibKey(s.id),
    type: 'document',
    title: s.title !== s.titleEn ? `${s.title} [${s.titleEn}]` : s.title,
    author: [{ literal: s.issuer.startsWith(s.org) ? s.issuer : `${s.org} ${s.issuer}` }],
    publisher: s.org,
    URL: s.url,
    language: s.language,
  };
  if (s.documentNumber) item.number = s.documentNumber;
  const d = issued(s.date);
  if (d) item.issued = d;
  return item;
}

export interface BibliographyFiles {
  csljson: string;
  bibtex: string;
  ris: string;
  count: number;
}

/** All three files for these items (sorted by id, so that builds are reproducible). */
export function bibliographyFiles(items: readonly CslItem[]): BibliographyFiles {
  const sorted = [...items].sort((a, b) => a.id.localeCompare(b.id));
  const { Cite, plugins } = citationJs();
  const cite = new Cite(sorted);
  // citation-js writes ASCII-only BibTeX by default and silently drops characters it cannot escape (all of
  // Cyrillic). Write UTF-8 instead (biber and BibTeX-aware managers read it), then restore the shared setting.
  const bibtexConfig = (plugins.config as unknown as { get(name: '@bibtex'): { format: { asciiOnly: boolean } } }).get('@bibtex');
  const ascii = bibtexConfig.format.asciiOnly;
  bibtexConfig.format.asciiOnly = false;
  let bibtex: string;
  try {
    bibtex = `${cite.format('bibtex').trim()}\n`;
  } finally {
    bibtexConfig.format.asciiOnly = ascii;
  }
  return {
    csljson: `${JSON.stringify(sorted, null, 1)}\n`,
    bibtex,
    ris: unwrapRis(cite.format('ris')),
    count: sorted.length,
  };
}
