/** DOM rendering for the search page: facets with counts and result items. Plain DOM, no framework. */
import { FILTER_KEYS } from '@/lib/search/facets';
import { facetView } from '@/lib/search/facet-view';
import type { SearchState } from '@/lib/search/state';
import type { PagefindResultData } from './pagefind';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

const byValue = (key: string) => (a: [string, number], b: [string, number]) =>
  key === 'year' ? b[0].localeCompare(a[0]) : a[0].localeCompare(b[0]);

/** One fieldset of checkboxes per facet; counts are for the current results. Empty values are left out and
 * long groups show their first few values, the rest behind "Show all". */
export function renderFacets(container: HTMLElement, all: Record<string, Record<string, number>>, counts: Record<string, Record<string, number>>, state: SearchState): void {
  const option = (key: string, { value, count, checked }: { value: string; count: number; checked: boolean }) => {
    const id = `f-${key}-${value.replace(/\W+/g, '-')}`;
    return el('div', { className: 'facet-option' }, el('input', { type: 'checkbox', name: key, value, id, checked }), el('label', { htmlFor: id }, `${value} `, el('span', { className: 'count' }, `(${count})`)));
  };
  container.replaceChildren(
    ...FILTER_KEYS.filter(({ key }) => all[key]).map(({ key, label }) => {
      const values = Object.entries(all[key]!).sort(byValue(key)).map(([value]) => ({ value, count: counts[key]?.[value] ?? 0, checked: (state.filters[key] ?? []).includes(value) }));
      const { shown, more } = facetView(key, values);
      const box = el('fieldset', { className: `facet facet-${key}` }, el('legend', {}, label), ...shown.map((v) => option(key, v)));
      if (more.length) box.append(el('details', { open: more.some((v) => v.checked) }, el('summary', {}, `Show all ${label.toLowerCase()} values (${more.length} more)`), ...more.map((v) => option(key, v))));
      return box;
    }),
  );
}

function formatIso(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Pagefind excerpts are HTML it generated from our own pages, with <mark> around matches. */
function excerptNode(html: string): HTMLElement {
  const p = el('p', { className: 'excerpt' });
  p.innerHTML = html.replace(/^\s*·\s*/, ''); // never open on a list separator
  return p;
}

export function renderResult(data: PagefindResultData): HTMLLIElement {
  const meta = [data.meta.type, data.meta.date ? formatIso(data.meta.date) : '', data.meta.org, data.meta.cases].filter(Boolean).join(' · ');
  const item = el('li', { className: 'result' },
    el('h3', {}, el('a', { href: data.url }, data.meta.title ?? data.url)),
    el('p', { className: 'meta' }, meta),
    excerptNode(data.excerpt),
  );
  const sections = (data.sub_results ?? []).filter((s) => s.anchor?.id && s.url !== data.url).slice(0, 3);
  if (sections.length) {
    item.append(el('ul', { className: 'sub-results' }, ...sections.map((s) => el('li', {}, el('a', { href: s.url }, `Section: ${s.title}`)))));
  }
  return item;
}
