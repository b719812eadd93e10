/**
 * Wires the preview cards (previews.ts): a previewable link (a note or statement link in running text, or a
 * footnote reference) opens one on tap/click or keyboard focus. Both files are small (~1 KB gzip together), so
 * they are imported statically: a lazy import() would pull in Vite's preload helper, which is as large.
 */
import { closePreview, openPreview } from './previews';
const SELECTOR = '.prose a[href*="/notes/"], .prose a[href*="/statements/"], a[data-footnote-ref]';
const PAGE = /\/(?:notes|statements)\/[^/#?]+\/?$/;

export function enablePreviews(doc: Document): void {
  if (!('showPopover' in HTMLElement.prototype)) return;
  const target = (e: Event) => {
    const a = (e.target as Element | null)?.closest?.(SELECTOR);
    return a instanceof HTMLAnchorElement && (a.hasAttribute('data-footnote-ref') || PAGE.test(a.pathname)) ? a : null;
  };
  doc.addEventListener('click', (e) => {
    const a = target(e);
    if (!a || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    if (a.getAttribute('aria-expanded') === 'true') return; // second click: follow the link
    e.preventDefault();
    void openPreview(a).then((shown) => { if (!shown) location.href = a.href; }, () => { location.href = a.href; });
  });
  doc.addEventListener('focusin', (e) => {
    const a = target(e);
    if (a?.matches(':focus-visible')) void openPreview(a);
  });
  doc.addEventListener('focusout', (e) => {
    // Leaving the link for anything but the card closes it.
    const next = (e as FocusEvent).relatedTarget as Element | null;
    if (target(e) && !next?.closest('.preview')) closePreview();
  });
}
