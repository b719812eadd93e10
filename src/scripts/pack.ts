/**
 * /teach/pack/: restores the selection from the URL and keeps the URL in step; a filter over the list; "Print
 * reading pack" fetches each chosen page, keeps its main text and prints one document; "Export for your LMS"
 * zips an IMS Common Cartridge 1.1. Both live in ./pack-actions (with fflate), loaded on first use, so the page
 * itself runs only the selection code.
 */
import { packQuery, parsePack, pickedItems, type PackItem, type PackSelection } from '@/lib/teach/pack';
import type { PackActions } from './pack-actions';
import actionsUrl from './pack-actions.ts?worker&url';

/**
 * Loads ./pack-actions once, as a separate classic script (Vite bundles it on its own and gives its URL; a
 * dynamic import() would add Vite's preload helper to this page's initial JavaScript).
 */
let actions: Promise<PackActions> | undefined;
function loadActions(doc: Document): Promise<PackActions> {
  actions ??= new Promise((resolve, reject) => {
    const s = doc.createElement('script');
    s.src = actionsUrl;
    s.onload = () => (window.packActions ? resolve(window.packActions) : reject(new Error('pack actions missing')));
    s.onerror = () => { actions = undefined; reject(new Error('pack actions failed to load')); };
    doc.head.append(s);
  });
  return actions;
}

export function enhancePack(doc: Document): void {
  const form = doc.getElementById('pack');
  if (!(form instanceof HTMLFormElement)) return;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const items: PackItem[] = boxes.map((b) => ({ group: b.name as PackItem['group'], id: b.value, title: b.dataset.title ?? b.value, path: b.dataset.path ?? '/' }));
  const course = form.querySelector<HTMLInputElement>('#pack-course')!;
  const status = form.querySelector<HTMLElement>('[data-pack-status]')!;
  const printBtn = form.querySelector<HTMLButtonElement>('[data-pack-print]')!;
  const exportBtn = form.querySelector<HTMLButtonElement>('[data-pack-export]')!;
  const siteTitle = form.dataset.siteTitle ?? '';

  const read = (): PackSelection => parsePack(new URLSearchParams([...new FormData(form)].filter((e): e is [string, string] => typeof e[1] === 'string')), items);
  const update = () => {
    const sel = read();
    const url = new URL(location.href);
    url.search = packQuery(sel);
    history.replaceState(history.state, '', url);
    const n = pickedItems(sel, items).length;
    status.textContent = n === 0 ? 'Nothing chosen yet.' : `${n} ${n === 1 ? 'page' : 'pages'} chosen. The address of this page now holds your selection.`;
    printBtn.disabled = exportBtn.disabled = n === 0;
    return sel;
  };

  // Restore.
  const initial = parsePack(location.search, items);
  course.value = initial.course;
  for (const b of boxes) b.checked = initial.picked[b.name as PackItem['group']]?.includes(b.value) ?? false;
  for (const b of boxes) if (b.checked) b.closest('details')?.setAttribute('open', '');
  printBtn.hidden = exportBtn.hidden = false;
  update();
  form.addEventListener('change', update);
  form.addEventListener('input', (e) => { if (e.target === course) update(); });
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
      for (const b of boxes) {
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
      await buildPackDocument(doc, sel, pickedItems(sel, items), siteTitle);
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
      status.textContent = `Downloaded ${await downloadCartridge(doc, sel, pickedItems(sel, items))}.`;
    } catch {
      status.textContent = 'The export could not be prepared (are you offline?).';
    }
  });
}

