/**
 * Search state ⇄ URL query string. Parameters: q (words), type, org, case, body, kind, year (each repeatable,
 * values as shown in the facets) and sort (relevance | newest | oldest).
 */
import { FILTER_KEYS } from './facets';

export type SortOrder = 'relevance' | 'newest' | 'oldest';
export const SORT_ORDERS: SortOrder[] = ['relevance', 'newest', 'oldest'];

export interface SearchState {
  q: string;
  filters: Record<string, string[]>; // facet key → selected values
  sort: SortOrder;
}

export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const { key } of FILTER_KEYS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length) filters[key] = [...new Set(values)].sort();
  }
  const sort = params.get('sort') as SortOrder | null;
  return { q: (params.get('q') ?? '').trim(), filters, sort: sort && SORT_ORDERS.includes(sort) ? sort : 'relevance' };
}

export function stateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const { key } of FILTER_KEYS) for (const v of state.filters[key] ?? []) params.append(key, v);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind search options for a state: OR within a facet, AND across facets; date sort when asked. */
export function pagefindOptions(state: SearchState): { filters: Record<string, { any: string[] }>; sort?: { date: 'asc' | 'desc' } } {
  const filters: Record<string, { any: string[] }> = {};
  for (const [key, values] of Object.entries(state.filters)) if (values.length) filters[key] = { any: values };
  if (state.sort === 'newest') return { filters, sort: { date: 'desc' } };
  if (state.sort === 'oldest') return { filters, sort: { date: 'asc' } };
  return { filters };
}

/** Whether a state asks for anything (words or filters). */
export function isActive(state: SearchState): boolean {
  return state.q.length > 0 || Object.values(state.filters).some((v) => v.length > 0);
}
