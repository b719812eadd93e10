/**
 * The syllabus pack's heavier actions, loaded on first use by ./pack.ts: the printable reading pack (cover,
 * contents, each chosen page's main text) and the IMS Common Cartridge 1.1 download (zipped with fflate).
 * Bundled as a classic script that publishes its functions as window.packActions.
 */
import { zipSync, strToU8 } from 'fflate';
import { formatDate } from '@/lib/dates';
import { cartridgeFiles, cartridgeName, PACK_GROUP_LABELS, type PackItem, type PackSelection } from '@/lib/teach/pack';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const siteHref = (path: string) => `${base}${path.replace(/^\//, '')}`;

/** Zips the cartridge for the chosen pages and starts the download; returns the file name. */
export async function downloadCartridge(doc: Document, sel: PackSelection, picked: PackItem[]): Promise<string> {
  const files = cartridgeFiles(sel.course || 'Reading pack', picked.map((i) => ({ group: i.group, title: i.title, url: new URL(siteHref(i.path), location.href).href })));
  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])), { level: 6 });
  const a = doc.createElement('a');
  a.href = URL.createObjectURL(new Blob([zip as BlobPart], { type: 'application/zip' }));
  a.download = cartridgeName(sel.course);
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  return a.download;
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

export interface PackActions {
  buildPackDocument: typeof buildPackDocument;
  downloadCartridge: typeof downloadCartridge;
}

declare global {
  interface Window { packActions?: PackActions }
}

window.packActions = { buildPackDocument, downloadCartridge };
