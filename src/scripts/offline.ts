/**
 * Offline reading on every page: registers the service worker (<base>sw.js, written by
 * scripts/postbuild/offline.mjs), which keeps the shell and the pages the reader opens. Nothing else is
 * downloaded unless the reader asks on /offline/. On an online visit the worker brings a saved copy, if there is
 * one, up to date (only changed files) and answers with a line for the footer ("Saved copy updated: …").
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  const sw = navigator.serviceWorker;
  sw.onmessage = ({ data }: MessageEvent<{ status?: string }>) => {
    const line = document.querySelector('[data-offline-status]');
    if (data?.status && line) line.textContent = data.status;
  };
  // After load, so the worker's first install never competes with showing the page.
  addEventListener('load', () => {
    sw.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
    if (navigator.onLine && location.pathname !== `${base}offline/`) sw.controller?.postMessage('update-saved');
  }, { once: true });
}
