/**
 * /statements/ at scale (src/lib/list-scale.ts): the page links per-case, per-year pages instead of listing
 * every row, so the filters run over /statements/rows.json (fetched on first use), list the first matches and
 * download every match from the published statements.json, as the row filters do.
 */
import { compactFacts, filterToSearch, isEmpty, parseFilter, rowMatches, type CompactRow, type RowFilter } from '@/lib/statement-filter';
import { toCsv, type StatementRecord } from '@/lib/export';
import { readForm, save, writeForm } from './statement-filters';

const SHOW = 100; // matches listed on the page; the download has them all

const day = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function enhanceJsonFilters(form: HTMLFormElement, doc: Document): void {
  const count = form.querySelector<HTMLElement>('[data-filter-count]');
  const list = form.querySelector<HTMLOListElement>('[data-filter-results]');
  const base = form.dataset.base ?? '/';
  let rows: Promise<CompactRow[]> | undefined;
  const load = () => (rows ??= fetch(form.dataset.rows ?? '').then((r) => r.json() as Promise<CompactRow[]>));
  let matches: CompactRow[] = [];
  let run = 0;
  const update = async (filter: RowFilter, push: boolean) => {
    const token = ++run;
    if (push) history.replaceState(null, '', `${location.pathname}${filterToSearch(filter)}${location.hash}`);
    const all = await load();
    if (token !== run) return;
    matches = all.filter((r) => rowMatches(compactFacts(r), filter));
    if (count) count.textContent = isEmpty(filter) ? `${all.length} records. Choose a filter to list matching records here.` : `${matches.length} of ${all.length} records match${matches.length > SHOW ? `; the first ${SHOW} are listed, the download has them all` : ''}.`;
    if (!list) return;
    list.hidden = isEmpty(filter);
    list.replaceChildren(...(isEmpty(filter) ? [] : matches.slice(0, SHOW)).map((r) => {
      const li = doc.createElement('li');
      const a = doc.createElement('a');
      a.href = `${base}statements/${r.id}/`;
      a.textContent = r.title;
      li.append(a, ` (${r.org.toUpperCase()}, ${day(r.date)})`);
      return li;
    }));
  };
  const initial = parseFilter(location.search);
  writeForm(form, initial);
  form.hidden = false;
  if (!isEmpty(initial)) void update(initial, false);
  form.addEventListener('change', () => void update(readForm(form), true));
  form.addEventListener('input', () => void update(readForm(form), true));
  form.addEventListener('reset', () => setTimeout(() => void update(readForm(form), true)));
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('click', async (e) => {
    const kind = (e.target as HTMLElement).closest<HTMLButtonElement>('[data-download]')?.dataset.download;
    if (!kind) return;
    await update(readForm(form), false);
    const ids = new Set(matches.map((r) => r.id));
    const all = (await (await fetch(form.dataset.json ?? '')).json()) as StatementRecord[];
    const picked = all.filter((r) => ids.has(r.id));
    const stem = `statements${filterToSearch(readForm(form)).replace(/[?&=]+/g, '-')}`;
    if (kind === 'csv') save(`${stem}.csv`, toCsv(picked), 'text/csv', doc);
    else save(`${stem}.json`, `${JSON.stringify(picked, null, 2)}\n`, 'application/json', doc);
  });
}
