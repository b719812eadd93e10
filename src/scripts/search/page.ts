/**
 * The /search/ page: reads the state from the URL, runs Pagefind, renders facets and results, and keeps the
 * URL in step (pushState on change, popstate restores). Pagefind loads on first use only.
 */
import { isActive, pagefindOptions, parseState, stateToQuery, type SearchState } from '@/lib/search/state';
import { FILTER_KEYS } from '@/lib/search/facets';
import { loadPagefind, type PagefindResultData } from './pagefind';
import { reportMissingIndex } from './offline-index';

// Rendering code loads with Pagefind, on first use, not before the reader interacts (text-page JS budget).
const ui = () => import('./render');

const PAGE = 10; // results whose fragments load at once; keeps the first search small

export function startSearchPage(root: HTMLElement): void {
  const base = root.dataset.base ?? '/';
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const facets = root.querySelector<HTMLElement>('[data-facets]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const filtersBox = root.querySelector<HTMLDetailsElement>('[data-filters]')!;
  const filtersCount = root.querySelector<HTMLElement>('[data-filters-count]')!;
  const zero = root.querySelector<HTMLElement>('[data-zero]')!;
  // Filters sit open beside the results on wide screens and fold behind "Filters (n active)" on phones.
  if (matchMedia('(min-width: 48rem)').matches) filtersBox.open = true;
  let run = 0;
  let pending: Array<() => Promise<PagefindResultData>> = [];

  root.querySelector('[data-nojs]')?.setAttribute('hidden', '');
  form.hidden = false;

  const readForm = (): SearchState => {
    const filters: Record<string, string[]> = {};
    for (const { key } of FILTER_KEYS) {
      const values = [...form.querySelectorAll<HTMLInputElement>(`input[name="${key}"]:checked`)].map((i) => i.value);
      if (values.length) filters[key] = values.sort();
    }
    return { q: input.value.trim(), filters, sort: sort.value as SearchState['sort'] };
  };

  const showMore = async (token: number) => {
    const batch = pending.splice(0, PAGE);
    const [items, { renderResult }] = await Promise.all([Promise.all(batch.map((load) => load())), ui()]);
    if (token !== run) return;
    list.append(...items.map(renderResult));
    more.hidden = pending.length === 0;
  };

  // Every filter's counts need every Pagefind filter file (~140 KB at 10,000 statements): load them only when
  // the reader turns to the filters (pointer or focus on them), not for the first search.
  let all: Record<string, Record<string, number>> | undefined;
  let current: SearchState | undefined;
  const loadCounts = async () => {
    facets.removeEventListener('focusin', loadCounts);
    facets.removeEventListener('pointerenter', loadCounts);
    const pagefind = await loadPagefind(base);
    all = await pagefind.filters();
    const state = current ?? readForm();
    const { renderFacets } = await ui();
    renderFacets(facets, isActive(state) ? (await pagefind.search(state.q || null, pagefindOptions(state))).filters : all, state, all);
  };
  facets.addEventListener('focusin', loadCounts);
  facets.addEventListener('pointerenter', loadCounts);

  const execute = async (state: SearchState) => {
    const token = ++run;
    current = state;
    delete root.dataset.done;
    input.value = state.q;
    sort.value = state.sort;
    // Tick the facets at once (counts follow the search), so the form shows the state as soon as it changes.
    for (const { key } of FILTER_KEYS) {
      for (const box of form.querySelectorAll<HTMLInputElement>(`input[name="${key}"]`)) box.checked = (state.filters[key] ?? []).includes(box.value);
    }
    const active = Object.values(state.filters).flat().length;
    filtersCount.textContent = active ? `(${active} active)` : '';
    zero.hidden = true;
    reportMissingIndex(root); // offline with parts of the index not saved: say which
    const [pagefind, { renderFacets }] = await Promise.all([loadPagefind(base), ui()]);
    if (!isActive(state)) {
      renderFacets(facets, all ?? {}, state, all);
      list.replaceChildren();
      more.hidden = true;
      status.textContent = 'Type a word or choose filters to search statements, notes and cases.';
      root.dataset.done = 'empty';
      return;
    }
    const search = await pagefind.search(state.q || null, pagefindOptions(state));
    if (token !== run) return;
    renderFacets(facets, search.filters, state, all);
    list.replaceChildren();
    pending = search.results.map((r) => r.data);
    const n = search.results.length;
    await showMore(token);
    if (token !== run) return;
    status.textContent = `${n} result${n === 1 ? '' : 's'}${state.q ? ` for “${state.q}”` : ''}.`;
    zero.hidden = n > 0;
    root.dataset.done = String(n);
  };

  const update = () => {
    const state = readForm();
    history.pushState(null, '', `${location.pathname}${stateToQuery(state)}`);
    void execute(state);
  };

  form.addEventListener('submit', (e) => { e.preventDefault(); update(); });
  form.addEventListener('change', (e) => { if (e.target !== input) update(); });
  let timer: number | undefined;
  input.addEventListener('input', () => { clearTimeout(timer); timer = window.setTimeout(update, 250); });
  more.addEventListener('click', () => void showMore(run));
  zero.querySelector('button')!.addEventListener('click', () => {
    for (const box of form.querySelectorAll<HTMLInputElement>('[data-facets] input:checked')) box.checked = false;
    update();
  });
  window.addEventListener('popstate', () => void execute(parseState(location.search)));

  // Pagefind loads on first use: at once for a URL that asks for a search, otherwise when the reader
  // first reaches the form (focus, click or the "/" shortcut).
  const initial = parseState(location.search);
  if (isActive(initial)) void execute(initial);
  else {
    status.textContent = 'Type a word or choose filters to search statements, notes and cases.';
    const start = () => {
      form.removeEventListener('focusin', start);
      form.removeEventListener('pointerdown', start);
      void execute(parseState(location.search));
    };
    form.addEventListener('focusin', start);
    form.addEventListener('pointerdown', start);
  }
  if (sessionStorage.getItem('focus-search') === '1') {
    sessionStorage.removeItem('focus-search');
    input.focus();
  }
}
