/**
 * Pagefind attributes for a page: filters (facets), metadata shown in results, and a sort key.
 * Pages render these as <meta data-pagefind-*> tags, so the markup stays out of the visible text.
 */

export type SearchType = 'case' | 'statement' | 'note' | 'glossary';

export const TYPE_LABELS: Record<SearchType, string> = {
  case: 'Case',
  statement: 'Statement',
  note: 'Note',
  glossary: 'Glossary',
};

export interface FacetInput {
  type: SearchType;
  title: string;
  org?: string; // "NATO" | "CSTO"
  cases?: readonly string[]; // case short titles
  body?: string; // issuing body label
  kind?: string; // kind label
  stances?: readonly string[]; // stance tag labels (statements)
  date?: string; // ISO date
}

export interface PagefindAttribute {
  attr: 'filter' | 'meta' | 'sort';
  key: string;
  value: string;
}

/** The filter keys, in the order the search page shows them; each key is also its URL parameter name. */
export const FILTER_KEYS = [
  { key: 'type', label: 'Type' },
  { key: 'org', label: 'Organisation' },
  { key: 'case', label: 'Case' },
  { key: 'body', label: 'Issuing body' },
  { key: 'kind', label: 'Kind' },
  { key: 'stance', label: 'Stance' },
  { key: 'year', label: 'Year' },
] as const;

export function pagefindAttributes(input: FacetInput): PagefindAttribute[] {
  const out: PagefindAttribute[] = [{ attr: 'filter', key: 'type', value: TYPE_LABELS[input.type] }];
  const add = (key: string, value: string | undefined) => {
    if (value) out.push({ attr: 'filter', key, value });
  };
  add('org', input.org);
  for (const c of input.cases ?? []) add('case', c);
  add('body', input.body);
  add('kind', input.kind);
  for (const s of input.stances ?? []) add('stance', s);
  if (input.date) {
    add('year', input.date.slice(0, 4));
    out.push({ attr: 'sort', key: 'date', value: input.date });
    out.push({ attr: 'meta', key: 'date', value: input.date });
  }
  out.push({ attr: 'meta', key: 'title', value: input.title });
  out.push({ attr: 'meta', key: 'type', value: TYPE_LABELS[input.type] });
  if (input.org) out.push({ attr: 'meta', key: 'org', value: input.org });
  if (input.cases?.length) out.push({ attr: 'meta', key: 'cases', value: input.cases.join(', ') });
  return out;
}
