/** DOM rendering for the search page: facets with counts and result items. Plain DOM, no framework. */
import { FILTER_KEYS, facetInputId } from '@/lib/search/facets';
import type { SearchState } from '@/lib/search/state';
import type { PagefindResultData } from './pagefind';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/**
 * Updates the facet checkboxes the page rendered at build time: ticks the state's values and shows counts for
 * the current results where Pagefind has them (a filter's counts exist once its file has loaded). A value the
 * page did not list (should the build's list ever lag behind the index) is added to its fieldset.
 */
export function renderFacets(container: HTMLElement, counts: Record<string, Record<string, number>>, state: SearchState, all?: Record<string, Record<string, number>>): void {
  for (const { key } of FILTER_KEYS) {
    const box = container.querySelector(`.facet-${key}`);
    if (!box) continue;
    for (const value of Object.keys(all?.[key] ?? {})) {
      const id = facetInputId(key, value);
      if (!container.querySelector(`#${id}`)) {
        const input = el('input', { type: 'checkbox', name: key, value, id });
        box.append(el('div', { className: 'facet-option' }, input, el('label', { htmlFor: id }, `${value} `, el('span', { className: 'count' }))));
      }
    }
    const known = all?.[key] || Object.keys(counts[key] ?? {}).length > 0; // a filter whose file has loaded
    for (const input of box.querySelectorAll<HTMLInputElement>('input')) {
      input.checked = (state.filters[key] ?? []).includes(input.value);
      const count = input.nextElementSibling?.querySelector('.count');
      const n = counts[key]?.[input.value] ?? 0;
      if (count) count.textContent = known ? `(${n})` : '';
      // Values with no results drop out once counts are known (a ticked one stays, so it can be unticked).
      (input.parentElement as HTMLElement).hidden = Boolean(known) && n === 0 && !input.checked;
    }
    // A ticked value folded into "Show all" opens it.
    for (const more of box.querySelectorAll('details')) if (more.querySelector('input:checked')) (more as HTMLDetailsElement).open = true;
  }
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
