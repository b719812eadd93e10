/** DOM rendering for the search page: facets with counts and result items. Plain DOM, no framework. */
import { FILTER_KEYS } from '@/lib/search/facets';
import type { SearchState } from '@/lib/search/state';
import type { PagefindResultData } from './pagefind';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

const byValue = (key: string) => (a: [string, number], b: [string, number]) =>
  key === 'year' ? b[0].localeCompare(a[0]) : a[0].localeCompare(b[0]);

/** One fieldset of checkboxes per facet; counts are for the current results. */
export function renderFacets(container: HTMLElement, all: Record<string, Record<string, number>>, counts: Record<string, Record<string, number>>, state: SearchState): void {
  container.replaceChildren(
    ...FILTER_KEYS.filter(({ key }) => all[key]).map(({ key, label }) => {
      const values = Object.entries(all[key]!).sort(byValue(key));
      const box = el('fieldset', { className: `facet facet-${key}` }, el('legend', {}, label));
      for (const [value] of values) {
        const id = `f-${key}-${value.replace(/\W+/g, '-')}`;
        const input = el('input', { type: 'checkbox', name: key, value, id, checked: (state.filters[key] ?? []).includes(value) });
        const n = counts[key]?.[value] ?? 0;
        box.append(el('div', { className: 'facet-option' }, input, el('label', { htmlFor: id }, `${value} `, el('span', { className: 'count' }, `(${n})`))));
      }
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
  p.innerHTML = html;
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
