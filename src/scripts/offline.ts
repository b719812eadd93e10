/**
 * Offline reading: registers the service worker that scripts/postbuild/offline.mjs writes (<base>sw.js) and
 * fills the quiet notice of OfflineNotice.astro — once after the first install, and whenever an update is
 * waiting. An update never takes over by itself: Reload asks it to activate (SKIP_WAITING), then reloads.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const watched = new WeakSet<ServiceWorker>();

function show(kind: 'ready' | 'update', reload?: () => void): void {
  const box = document.querySelector<HTMLElement>('[data-offline-notice]');
  const template = document.querySelector<HTMLTemplateElement>(`template[data-offline-${kind}]`);
  if (!box || !template) return;
  box.replaceChildren(template.content.cloneNode(true));
  box.querySelector('[data-offline-dismiss]')?.addEventListener('click', () => box.replaceChildren());
  if (reload) box.querySelector('[data-offline-reload]')?.addEventListener('click', reload);
}

function offerUpdate(waiting: ServiceWorker): void {
  show('update', () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
}

function watch(registration: ServiceWorkerRegistration, worker: ServiceWorker | null): void {
  if (!worker || watched.has(worker)) return;
  watched.add(worker);
  worker.addEventListener('statechange', () => {
    if (worker.state !== 'installed') return;
    // Installed with an active worker already in place = an update waiting; without = the first install.
    if (registration.active) offerUpdate(worker);
    else show('ready');
  });
}

async function start(): Promise<void> {
  const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
  if (registration.waiting && registration.active) offerUpdate(registration.waiting);
  watch(registration, registration.installing);
  registration.addEventListener('updatefound', () => watch(registration, registration.installing));
}

if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  // After load, so storing the site never competes with showing the page.
  addEventListener('load', () => { start().catch(() => undefined); }, { once: true });
}
