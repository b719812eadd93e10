/** Loads Pagefind's JS API from the site's own /pagefind/ folder, once, on first use. */

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: Array<{ url: string; title: string; excerpt: string; anchor?: { element: string; id?: string } }>;
}
export interface PagefindSearch {
  results: Array<{ id: string; data: () => Promise<PagefindResultData> }>;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
export interface PagefindApi {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (q: string | null, o: Record<string, unknown>) => Promise<PagefindSearch>;
}

export const SEARCH_META_WEIGHTS = { title: 5, names: 10, aliases: 1 };

let loading: Promise<PagefindApi> | undefined;

export function loadPagefind(base: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const api = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
    // noWorker: the search runs in the page, so no extra worker script is fetched on first use.
    // ranking.metaWeights: name variants live in metadata, not page text (so excerpts never show them); a case
    // page's own names ("names") weigh most, so it ranks first for them; other pages' spellings ("aliases") less.
    await api.options({ baseUrl: base, excerptLength: 24, noWorker: true, highlightParam: 'pagefind-highlight', ranking: { metaWeights: SEARCH_META_WEIGHTS } });
    await api.init();
    return api;
  })();
  return loading;
}
