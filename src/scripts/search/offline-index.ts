/**
 * Offline and the Pagefind index: when the reader is offline, checks which index files are in the caches the
 * service worker keeps (the list is dist/offline/search-index.json, written by scripts/postbuild/offline.mjs)
 * and, if some are missing, says which parts, so an incomplete search never fails silently.
 */
type Part = 'engine' | 'words' | 'filters' | 'excerpts';
const partOf = (url: string): Part =>
  url.includes('/pagefind/index/') ? 'words' : url.includes('/pagefind/filter/') ? 'filters' : url.includes('/pagefind/fragment/') ? 'excerpts' : 'engine';
const LABEL: Record<Exclude<Part, 'engine'>, string> = { words: 'word index', filters: 'filter', excerpts: 'result excerpt' };

/** Null when the index is complete (or nothing can be told); otherwise a sentence naming what is missing. */
export async function missingIndexMessage(base: string): Promise<string | null> {
  if (!('caches' in window)) return null;
  const list = await caches.match(new URL(`${base}offline/search-index.json`, location.origin).href);
  if (!list) return null;
  const { files } = (await list.json()) as { files: string[] };
  const missing = { engine: 0, words: 0, filters: 0, excerpts: 0 };
  const total = { engine: 0, words: 0, filters: 0, excerpts: 0 };
  for (const url of files) {
    const part = partOf(url);
    total[part] += 1;
    if (!(await caches.match(new URL(url, location.origin).href, { ignoreSearch: true }))) missing[part] += 1;
  }
  if (Object.values(missing).every((n) => n === 0)) return null;
  if (missing.engine > 0) return 'You are offline and the search engine is not saved on this device, so search cannot run. ';
  const parts = (['words', 'filters', 'excerpts'] as const)
    .filter((p) => missing[p] > 0)
    .map((p) => `${missing[p]} of ${total[p]} ${LABEL[p]} files`);
  return `You are offline and only part of the search index is saved on this device (missing: ${parts.join(', ')}), so results may be incomplete. `;
}

/** Shows the message above the results (a status line), with a link to save the index. */
export async function reportMissingIndex(root: HTMLElement, base: string): Promise<void> {
  if (navigator.onLine || root.querySelector('[data-offline-index]')) return;
  const message = await missingIndexMessage(base);
  if (!message) return;
  const note = document.createElement('p');
  note.className = 'notice';
  note.dataset.offlineIndex = '';
  note.setAttribute('role', 'status');
  const link = document.createElement('a');
  link.href = `${base}offline/`;
  link.textContent = 'Save the site for offline reading';
  note.append(message, link, ' to search everything.');
  root.querySelector('[data-status]')?.before(note);
}
