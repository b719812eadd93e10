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

/**
 * Every filter value the given pages carry, per filter key, in the order the search page lists them (years
 * newest first, other values alphabetically). The search page renders its checkboxes from this at build time,
 * so it does not have to download every Pagefind filter file before the first search (at 10,000 statements
 * those files are ~140 KB); counts load when the reader turns to the filters.
 */
export function facetValues(inputs: Iterable<FacetInput>): Record<string, string[]> {
  const seen = new Map<string, Set<string>>(FILTER_KEYS.map(({ key }) => [key, new Set<string>()]));
  for (const input of inputs) for (const a of pagefindAttributes(input)) if (a.attr === 'filter') seen.get(a.key)?.add(a.value);
  const out: Record<string, string[]> = {};
  for (const [key, values] of seen) {
    if (values.size === 0) continue;
    out[key] = [...values].sort((a, b) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
  }
  return out;
}

/** The id of a facet checkbox (f-<param>-<value with non-word runs as "-">), shared by page and script. */
export function facetInputId(param: string, value: string): string {
  return `f-${param}-${value.replace(/\W+/g, '-')}`;
}
