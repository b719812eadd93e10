/**
 * /statements/: filter the server-rendered rows by their data-* attributes, keep the state in the URL
 * (replaceState, so the back button is not flooded), hide case sections left empty, and download the rows
 * that are showing (deduplicated: a record on two cases appears in two sections) as CSV or JSON, built
 * from the published statements.json so the columns match the full downloads.
 */
import { FILTER_FIELDS, filterToSearch, parseFilter, rowMatches, type RowFilter } from '@/lib/statement-filter';
import { toCsv, type StatementRecord } from '@/lib/export';

export function readForm(form: HTMLFormElement): RowFilter {
  const data = new FormData(form);
  const params = new URLSearchParams();
  for (const [k, v] of data) if (typeof v === 'string' && v) params.set(k, v);
  return parseFilter(`?${params}`);
}

export function writeForm(form: HTMLFormElement, filter: RowFilter): void {
  for (const f of FILTER_FIELDS) (form.elements.namedItem(f) as HTMLSelectElement).value = filter.values[f] ?? '';
  (form.elements.namedItem('from') as HTMLInputElement).value = filter.from === undefined ? '' : String(filter.from);
  (form.elements.namedItem('to') as HTMLInputElement).value = filter.to === undefined ? '' : String(filter.to);
}

function apply(doc: Document, filter: RowFilter): Set<string> {
  const shown = new Set<string>();
  for (const row of doc.querySelectorAll<HTMLTableRowElement>('tr[data-id]')) {
    const d = row.dataset;
    const ok = rowMatches({ org: d.org ?? '', case: d.case ?? '', body: d.body ?? '', kind: d.kind ?? '', stance: d.stance ?? '', year: Number(d.year) }, filter);
    row.hidden = !ok;
    if (ok) shown.add(d.id ?? '');
  }
  for (const section of doc.querySelectorAll<HTMLElement>('[data-case-section]')) {
    section.hidden = !section.querySelector('tr[data-id]:not([hidden])');
  }
  return shown;
}

export function save(name: string, text: string, type: string, doc: Document): void {
  const a = doc.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

export function enhanceStatementFilters(form: HTMLFormElement, doc: Document): void {
  // At scale the page lists no rows (src/lib/list-scale.ts): the filters run over /statements/rows.json,
  // loaded with their code only when a reader first uses them.
  if (form.dataset.rows) {
    void import('./statement-filters-json').then((m) => m.enhanceJsonFilters(form, doc));
    return;
  }
  const count = form.querySelector<HTMLElement>('[data-filter-count]');
  const total = new Set([...doc.querySelectorAll<HTMLElement>('tr[data-id]')].map((r) => r.dataset.id)).size;
  let shown = new Set<string>();
  const update = (filter: RowFilter, push: boolean) => {
    shown = apply(doc, filter);
    if (count) count.textContent = `Showing ${shown.size} of ${total} records.`;
    if (push) history.replaceState(null, '', `${location.pathname}${filterToSearch(filter)}${location.hash}`);
  };
  const initial = parseFilter(location.search);
  writeForm(form, initial);
  form.hidden = false;
  update(initial, false);
  form.addEventListener('change', () => update(readForm(form), true));
  form.addEventListener('input', () => update(readForm(form), true));
  form.addEventListener('reset', () => setTimeout(() => update(readForm(form), true)));
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('click', async (e) => {
    const kind = (e.target as HTMLElement).closest<HTMLButtonElement>('[data-download]')?.dataset.download;
    if (!kind) return;
    const all = (await (await fetch(form.dataset.json ?? '')).json()) as StatementRecord[];
    const rows = all.filter((r) => shown.has(r.id));
    const stem = `statements${filterToSearch(readForm(form)).replace(/[?&=]+/g, '-')}`;
    if (kind === 'csv') save(`${stem}.csv`, toCsv(rows), 'text/csv', doc);
    else save(`${stem}.json`, `${JSON.stringify(rows, null, 2)}\n`, 'application/json', doc);
  });
}
