/**
 * Offline reading on every page: registers the service worker (<base>sw.js, written by
 * scripts/postbuild/offline.mjs), which keeps the shell and the pages the reader opens. Nothing else is
 * downloaded unless the reader asks on /offline/. If a saved copy exists, the code that updates it is loaded on
 * demand after the page has loaded, fetches only the files a newer build changed, and says so in the footer.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

async function updateSavedCopy(): Promise<void> {
  if (!navigator.onLine || location.pathname === `${base}offline/` || !(await caches.has('ncc-saved'))) return;
  const { updateSaved } = await import('./offline-store');
  const changed = await updateSaved();
  const status = document.querySelector('[data-offline-status]');
  if (changed !== null && status) status.textContent = `Saved copy updated: ${changed} file${changed === 1 ? '' : 's'} changed.`;
}

if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  // After load, so the worker's first install never competes with showing the page.
  addEventListener('load', () => {
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
    updateSavedCopy().catch(() => undefined);
  }, { once: true });
}
