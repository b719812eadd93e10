/**
 * /teach/pack/: restores the selection from the URL and keeps the URL in step; a filter over the list; "Print
 * reading pack" fetches each chosen page, keeps its main text and prints one document; "Export for your LMS"
 * zips an IMS Common Cartridge 1.1 (fflate, loaded on first use).
 */
import { formatDate } from '@/lib/dates';
import { cartridgeFiles, cartridgeName, PACK_GROUP_LABELS, packQuery, parsePack, pickedItems, type PackItem, type PackSelection } from '@/lib/teach/pack';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const siteHref = (path: string) => `${base}${path.replace(/^\//, '')}`;

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
    const picked = pickedItems(sel, items);
    const { zipSync, strToU8 } = await import('fflate');
    const title = sel.course || 'Reading pack';
    const files = cartridgeFiles(title, picked.map((i) => ({ group: i.group, title: i.title, url: new URL(siteHref(i.path), location.href).href })));
    const zip = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])), { level: 6 });
    const blob = new Blob([zip as BlobPart], { type: 'application/zip' });
    const a = doc.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = cartridgeName(sel.course);
    doc.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    status.textContent = `Downloaded ${a.download}: ${picked.length} web links.`;
  });
}

const el = (doc: Document, tag: string, text?: string, className?: string) => {
  const e = doc.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
};

/** Fills #pack-doc with the cover, the contents and each chosen page's main text. */
export async function buildPackDocument(doc: Document, sel: PackSelection, picked: PackItem[], siteTitle: string): Promise<void> {
  const out = doc.getElementById('pack-doc')!;
  out.removeAttribute('data-ready');
  const texts = await Promise.all(picked.map(async (i) => {
    const res = await fetch(siteHref(i.path));
    if (!res.ok) throw new Error(`${i.path}: ${res.status}`);
    return res.text();
  }));
  const cover = el(doc, 'section', undefined, 'pack-cover');
  cover.append(el(doc, 'p', 'Reading pack', 'meta'), el(doc, 'h2', sel.course || 'Reading pack'));
  const today = new Date().toISOString().slice(0, 10);
  cover.append(el(doc, 'p', `Prepared on ${formatDate(today)} from ${siteTitle}`), el(doc, 'p', location.href, 'meta pack-item-source'));
  const contents = el(doc, 'section', undefined, 'pack-contents');
  contents.append(el(doc, 'h2', 'Contents'));
  const ol = el(doc, 'ol');
  contents.append(ol);
  const articles: HTMLElement[] = [];
  picked.forEach((item, n) => {
    ol.append(el(doc, 'li', `${item.title} (${PACK_GROUP_LABELS[item.group].replace(/s$/, '').toLowerCase()})`));
    const page = new DOMParser().parseFromString(texts[n]!, 'text/html');
    const main = page.querySelector('main');
    const art = el(doc, 'article', undefined, 'pack-item');
    art.append(el(doc, 'p', `${n + 1}. ${new URL(siteHref(item.path), location.href).href}`, 'meta pack-item-source'));
    if (main) {
      main.querySelectorAll('script, style, .cite-link, .heading-anchor, .no-print, form, button').forEach((x) => x.remove());
      art.append(...[...main.childNodes].map((c) => doc.importNode(c, true)));
    }
    articles.push(art);
  });
  out.replaceChildren(cover, contents, ...articles);
  out.setAttribute('data-ready', String(picked.length));
}
