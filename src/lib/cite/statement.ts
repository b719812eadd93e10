/**
 * A CSL-JSON record for one official statement (the organisation's own text, not this site's page about it),
 * and its BibTeX and RIS. Cheap formats only: citeproc styles are not run per record.
 */
import { citationJs, type CslItem } from './engine';
import { tidyBibtex, unwrapRis } from './format';
import { BODY_LABELS, ORG_LABELS, ORG_NAMES, type Body, type Org } from '../vocab';

export interface StatementCiteInput {
  id: string;
  date: string; // YYYY-MM-DD
  org: Org;
  body: Body;
  title: string; // original language
  titleEn: string;
  language: string;
  url: string;
  documentNumber?: string | undefined;
}

/** BibTeX keys allow letters, digits and "_" safely (citation-js rewrites keys with "-"). */
export function statementKey(id: string): string {
  return id.replace(/[^A-Za-z0-9]+/g, '_');
}

export function statementCsl(s: StatementCiteInput): CslItem {
  const [y, m, d] = s.date.split('-').map(Number) as [number, number, number];
  const item: CslItem = {
    id: s.id,
    'citation-key': statementKey(s.id),
    type: 'document',
    title: s.titleEn,
    author: [{ literal: ORG_LABELS[s.org] }], // the organisation as corporate author, as style guides cite it
    publisher: ORG_NAMES[s.org],
    genre: BODY_LABELS[s.body], // the issuing body
    issued: { 'date-parts': [[y, m, d]] },
    URL: s.url,
    language: s.language,
  };
  if (s.title !== s.titleEn) item['original-title'] = s.title;
  if (s.documentNumber) item.number = s.documentNumber;
  return item;
}

// Each record's BibTeX and RIS are needed twice per build (its page shows them, and /statements/<id>.bib and
// .ris serve them): format each CSL item once. Keyed by the item itself, so changed data is never served stale.
const formatted = new Map<string, { bibtex: string; ris: string }>();

function formats(s: StatementCiteInput): { bibtex: string; ris: string } {
  const item = statementCsl(s);
  const key = JSON.stringify(item);
  let out = formatted.get(key);
  if (!out) {
    const cite = new (citationJs().Cite)(item);
    out = { bibtex: `${tidyBibtex(cite.format('bibtex').trim())}\n`, ris: unwrapRis(cite.format('ris')) };
    formatted.set(key, out);
  }
  return out;
}

export function statementBibtex(s: StatementCiteInput): string {
  return formats(s).bibtex;
}

export function statementRis(s: StatementCiteInput): string {
  return formats(s).ris;
}
