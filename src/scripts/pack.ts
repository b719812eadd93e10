/**
 * /teach/pack/: restores the selection from the URL and keeps the URL in step; a filter over the list; "Print
 * reading pack" fetches each chosen page, keeps its main text and prints one document; "Export for your LMS"
 * zips an IMS Common Cartridge 1.1. Both live in ./pack-actions (with fflate), loaded on first use, so the page
 * itself runs only the selection code. A group too long to list (section[data-rows], src/lib/list-scale.ts) is
 * filled by ./pack-picker, loaded when its search is first used or when the URL already names its records.
 */
import { PACK_GROUPS, packQuery, parsePack, pickedItems, requestedIds, type PackGroup, type PackItem, type PackSelection } from '@/lib/teach/pack';
import type { PackActions } from './pack-actions';
import type { PackPicker } from './pack-picker';
import actionsUrl from './pack-actions.ts?worker&url';
import pickerUrl from './pack-picker.ts?worker&url';

/**
 * Loads a bundled classic script once and resolves to what it publishes on window (Vite bundles it on its own
 * and gives its URL; a dynamic import() would add Vite's preload helper to this page's initial JavaScript).
 */
const scripts = new Map<string, Promise<unknown>>();
function loadScript<T>(doc: Document, url: string, key: 'packActions' | 'packPicker'): Promise<T> {
  let p = scripts.get(url);
  if (!p) {
    p = new Promise((resolve, reject) => {
      const s = doc.createElement('script');
      s.src = url;
      s.onload = () => (window[key] ? resolve(window[key]) : reject(new Error(`${key} missing`)));
      s.onerror = () => { scripts.delete(url); reject(new Error(`${key} failed to load`)); };
      doc.head.append(s);
    });
    scripts.set(url, p);
  }
  return p as Promise<T>;
}
const loadActions = (doc: Document) => loadScript<PackActions>(doc, actionsUrl, 'packActions');

export function enhancePack(doc: Document): void {
  const form = doc.getElementById('pack');
  if (!(form instanceof HTMLFormElement)) return;
  const course = form.querySelector<HTMLInputElement>('#pack-course')!;
  const status = form.querySelector<HTMLElement>('[data-pack-status]')!;
  const printBtn = form.querySelector<HTMLButtonElement>('[data-pack-print]')!;
  const exportBtn = form.querySelector<HTMLButtonElement>('[data-pack-export]')!;
  const siteTitle = form.dataset.siteTitle ?? '';

  // Groups too long to list: their items are the rows their picker loaded (none until then).
  const pickers = new Map([...form.querySelectorAll<HTMLElement>('section[data-rows]')].map((s) => [s.dataset.group as PackGroup, s]));
  const rows = new Map<PackGroup, PackItem[]>();
  const loading = new Map<PackGroup, Promise<{ picker: PackPicker; rows: PackItem[] }>>();
  const ensure = (group: PackGroup) => {
    let p = loading.get(group);
    if (!p) {
      p = loadScript<PackPicker>(doc, pickerUrl, 'packPicker').then(async (picker) => {
        const list = await picker.loadRows(pickers.get(group)!.dataset.rows!, group);
        rows.set(group, list);
        return { picker, rows: list };
      });
      p.catch(() => loading.delete(group));
      loading.set(group, p);
    }
    return p;
  };
  const boxes = () => [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const items = (): PackItem[] => PACK_GROUPS.flatMap((g) => pickers.has(g)
    ? rows.get(g) ?? []
    : boxes().filter((b) => b.name === g).map((b) => ({ group: g, id: b.value, title: b.dataset.title ?? b.value, path: b.dataset.path ?? '/' })));

  const read = (): PackSelection => parsePack(new URLSearchParams([...new FormData(form)].filter((e): e is [string, string] => typeof e[1] === 'string')), items());
  const update = (write = true) => {
    const sel = read();
    const url = new URL(location.href);
    url.search = packQuery(sel);
    if (write) history.replaceState(history.state, '', url);
    const n = pickedItems(sel, items()).length;
    status.textContent = n === 0 ? 'Nothing chosen yet.' : `${n} ${n === 1 ? 'page' : 'pages'} chosen. The address of this page now holds your selection.`;
    printBtn.disabled = exportBtn.disabled = n === 0;
    return sel;
  };

  // Restore.
  /** `keepUrl`: a picker's records could not be loaded, so the address keeps them until the reader changes something. */
  const restore = (keepUrl = false) => {
    const initial = parsePack(location.search, items());
    course.value = initial.course;
    for (const b of boxes()) b.checked = initial.picked[b.name as PackItem['group']]?.includes(b.value) ?? false;
    for (const b of boxes()) if (b.checked) b.closest('details')?.setAttribute('open', '');
    printBtn.hidden = exportBtn.hidden = false;
    update(!keepUrl);
    form.addEventListener('change', () => update());
    form.addEventListener('input', (e) => { if (e.target === course) update(); });
  };
  // Pickers: search on input; the records the URL names are listed, checked, before the selection is restored.
  for (const [group, section] of pickers) {
    const query = section.querySelector<HTMLInputElement>('[data-picker-query]');
    const list = section.querySelector<HTMLElement>('[data-picker-list]');
    const count = section.querySelector<HTMLElement>('[data-picker-count]');
    if (!query || !list) continue;
    let run = 0;
    const search = async () => {
      const token = ++run;
      try {
        const { picker, rows: all } = await ensure(group);
        if (token === run && count) count.textContent = picker.renderPicker(doc, list, all, query.value);
      } catch {
        if (count) count.textContent = 'The list could not be loaded (are you offline?).';
      }
    };
    query.addEventListener('focus', () => void ensure(group).catch(() => undefined), { once: true });
    query.addEventListener('input', () => void search());
  }
  const wanted = [...pickers].filter(([g]) => requestedIds(location.search, g).length > 0);
  let failed = false;
  const ready = Promise.all(wanted.map(async ([g, section]) => {
    try {
      const { picker, rows: all } = await ensure(g);
      const count = section.querySelector<HTMLElement>('[data-picker-count]');
      const text = picker.renderPicker(doc, section.querySelector<HTMLElement>('[data-picker-list]')!, all, '', new Set(requestedIds(location.search, g)));
      if (count) count.textContent = text;
    } catch {
      failed = true;
    }
  }));
  if (wanted.length === 0) restore();
  else {
    status.textContent = 'Loading your selection…';
    void ready.then(() => {
      restore(failed);
      if (failed) status.textContent = 'Some of the chosen records could not be loaded (are you offline?); reload the page to try again.';
    });
  }

  form.addEventListener('submit', (e) => { e.preventDefault(); update(); });

  // Filter.
  const filterBox = form.querySelector<HTMLElement>('.pack-filter');
  const filter = form.querySelector<HTMLInputElement>('#pack-filter');
  const filterCount = form.querySelector<HTMLElement>('[data-filter-count]');
  if (filterBox && filter) {
    filterBox.hidden = false;
    filter.addEventListener('input', () => {
      const q = filter.value.trim().toLowerCase();
      let shown = 0;
      for (const b of boxes()) {
        const li = b.closest('li')!;
        const hit = !q || li.textContent!.toLowerCase().includes(q);
        li.hidden = !hit;
        if (hit) shown++;
      }
      if (q) for (const d of form.querySelectorAll('details')) d.setAttribute('open', '');
      if (filterCount) filterCount.textContent = q ? `${shown} match` + (shown === 1 ? '' : 'es') : '';
    });
  }

  printBtn.addEventListener('click', async () => {
    const sel = update();
    printBtn.disabled = true;
    status.textContent = 'Preparing the reading pack…';
    try {
      const { buildPackDocument } = await loadActions(doc);
      await buildPackDocument(doc, sel, pickedItems(sel, items()), siteTitle);
      doc.documentElement.classList.add('pack-printing');
      status.textContent = 'Reading pack ready.';
      window.print();
    } catch {
      status.textContent = 'The reading pack could not be prepared (are you offline?).';
    } finally {
      printBtn.disabled = false;
    }
  });
  window.addEventListener('afterprint', () => doc.documentElement.classList.remove('pack-printing'));

  exportBtn.addEventListener('click', async () => {
    const sel = update();
    try {
      const { downloadCartridge } = await loadActions(doc);
      status.textContent = `Downloaded ${await downloadCartridge(doc, sel, pickedItems(sel, items()))}.`;
    } catch {
      status.textContent = 'The export could not be prepared (are you offline?).';
    }
  });
}

