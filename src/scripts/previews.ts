/**
 * Preview cards for glossary/research notes, statement records and footnote references in running text.
 * Wired up by preview-loader.ts; the notes/statements text is fetched on the first preview only. One card (a native `popover="auto"`, so Escape
 * and a click outside close it) shows the title, one line and a link to the full page; footnotes show the
 * note's own text from the page. Keyboard focus opens it beside the link without moving focus; a tap or click
 * opens it (a second click on the same link follows the link). Without JavaScript the links are plain links.
 */
type Data = Record<string, [string, string]>;
let data: Promise<Data> | undefined;
let card: HTMLElement | undefined;
let owner: HTMLAnchorElement | undefined;

const base = () => import.meta.env.BASE_URL.replace(/\/?$/, '/');

function key(a: HTMLAnchorElement): string | null {
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin) return null;
  const m = url.pathname.slice(base().length - 1).match(/^\/((?:notes|statements)\/[^/]+)\/?$/);
  return m ? m[1]! : null;
}

function ensureCard(doc: Document): HTMLElement {
  if (card) return card;
  card = doc.createElement('div');
  card.className = 'preview';
  card.id = 'link-preview';
  card.setAttribute('popover', 'auto');
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', 'Preview');
  card.addEventListener('toggle', (e) => {
    if ((e as ToggleEvent).newState === 'closed') { owner?.setAttribute('aria-expanded', 'false'); owner = undefined; }
  });
  doc.body.append(card);
  return card;
}

function place(el: HTMLElement, a: HTMLAnchorElement): void {
  const r = a.getBoundingClientRect();
  const w = Math.min(384, innerWidth - 32);
  el.style.width = `${w}px`;
  el.style.left = `${Math.max(16, Math.min(r.left, innerWidth - w - 16))}px`;
  const below = r.bottom + 8;
  el.style.top = `${below}px`;
  const h = el.offsetHeight;
  if (below + h > innerHeight - 8 && r.top - h - 8 > 8) el.style.top = `${r.top - h - 8}px`;
}

function fill(el: HTMLElement, title: string, line: string, href: string, more: string): void {
  el.replaceChildren();
  const t = el.ownerDocument.createElement('p');
  t.className = 'preview-title';
  t.textContent = title;
  const p = el.ownerDocument.createElement('p');
  p.textContent = line;
  const link = el.ownerDocument.createElement('a');
  link.href = href;
  link.textContent = more;
  el.append(t, p, link);
}

/** Opens the card for a link; false when there is nothing to preview (the caller then follows the link). */
export async function openPreview(a: HTMLAnchorElement): Promise<boolean> {
  const doc = a.ownerDocument;
  const el = ensureCard(doc);
  if (a.hasAttribute('data-footnote-ref')) {
    const note = doc.getElementById(decodeURIComponent(new URL(a.href).hash.slice(1)));
    if (!note) return false;
    const text = (note.textContent ?? '').replace('↩', '').trim();
    fill(el, `Note ${a.textContent ?? ''}`, text, a.href, 'Go to the note');
    const src = note.querySelector<HTMLAnchorElement>('a[href^="http"]');
    if (src) { const s = doc.createElement('a'); s.href = src.href; s.textContent = 'Open the source'; el.append(' · ', s); }
  } else {
    const k = key(a);
    if (!k) return false;
    data ??= fetch(`${base()}previews.json`).then((r) => r.json() as Promise<Data>);
    const entry = (await data.catch(() => ({}) as Data))[k];
    if (!entry) return false;
    fill(el, entry[0], entry[1], a.href, k.startsWith('notes/') ? 'Read the full note' : 'Open the record');
  }
  owner?.setAttribute('aria-expanded', 'false');
  owner = a;
  a.setAttribute('aria-controls', el.id);
  a.setAttribute('aria-expanded', 'true');
  if (!el.matches(':popover-open')) el.showPopover();
  place(el, a);
  return true;
}

export function closePreview(): void {
  if (card?.matches(':popover-open')) card.hidePopover();
}
