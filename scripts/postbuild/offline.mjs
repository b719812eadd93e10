// Offline reading, written last over the finished dist/ (see docs/quality.md, "Offline"):
// - dist/offline/manifest.json: every file a reader can load, with its size and a content revision, plus the
//   groups the /offline/ page offers (the shell, the Pagefind index, and one file list per case). The page
//   shows the size from it before anything is downloaded, and a saved copy is updated by comparing revisions.
// - dist/offline/search-index.json: the Pagefind files alone, so /search/ can tell offline which are missing.
// - dist/sw.js: a small hand-written service worker that precaches only the shell (CSS, JS, the /offline/
//   page) and keeps every page the reader opens (network-first). It never downloads the whole site by itself;
//   it only updates a copy the reader saved, fetching the files whose revision changed.
// Deterministic: files are sorted, revisions are content hashes, no dates; the same dist/ gives the same bytes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const normaliseBase = (b) => {
  const t = (b ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return t === '' ? '/' : `/${t}/`;
};

/** Files no reader ever loads: host and crawler files, the worker itself, Pagefind's unused UI bundles. */
export const EXCLUDED = [
  /^sw\.js(\.map)?$/, /^workbox-.*\.js$/, /^sitemap\.xml$/, /^robots\.txt$/, /^_headers$/, /^_redirects$/, /^\.nojekyll$/,
  /^pagefind\/pagefind-(ui|modular-ui|component-ui)\.(js|css)$/,
  // Pagefind's worker is not used: search runs with noWorker. (Its highlighter is: a result opens with
  // ?pagefind-highlight= and loads pagefind-highlight.js, so it stays in the lists.)
  /^pagefind\/pagefind-worker\.js$/,
  /^offline\/(manifest|search-index)\.json$/,
];

/** dist-relative file → the URL a reader requests: "cases/x/index.html" → "<base>cases/x/". */
export function fileUrl(file, base) {
  return `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

const hash = (data, n) => createHash('sha256').update(data).digest('hex').slice(0, n);
const byString = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

async function listFiles(dir) {
  const all = await readdir(dir, { recursive: true, withFileTypes: true });
  // Pagefind loads the WebAssembly of the index's languages only (the site is in English: wasm.en, not wasm.unknown).
  const entry = JSON.parse(await readFile(path.join(dir, 'pagefind/pagefind-entry.json'), 'utf8'));
  const wasm = new Set(Object.values(entry.languages).map((l) => `pagefind/wasm.${l.wasm}.pagefind`));
  return all
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .filter((f) => !EXCLUDED.some((re) => re.test(f)))
    .filter((f) => !/^pagefind\/wasm\.[^/]+\.pagefind$/.test(f) || wasm.has(f))
    .sort(byString);
}

/** Note ids per case from content/notes/*.mdx front matter (`cases: [...]`). */
async function notesByCase(contentDir) {
  const out = new Map();
  const dir = path.join(contentDir, 'notes');
  for (const f of (await readdir(dir)).filter((n) => /\.mdx?$/.test(n)).sort(byString)) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    const front = text.match(/^---\r?\n([\s\S]*?)\r?\n---/);
    const data = front ? parseYaml(front[1]) : {};
    for (const c of data?.cases ?? []) {
      if (!out.has(c)) out.set(c, new Set());
      out.get(c).add(f.replace(/\.mdx?$/, ''));
    }
  }
  return out;
}

/**
 * Builds the manifest object from dist/. Files are listed base-relative in `files` (url, size, rev); groups
 * refer to them by index so the file stays small.
 */
export async function buildManifest(dir, base, contentDir) {
  const files = await listFiles(dir);
  const entries = [];
  for (const f of files) {
    // Synchronous reads: ~40,000 files at 10,000 statements took ~10 s as awaited reads and ~1 s like this.
    const data = readFileSync(path.join(dir, f));
    entries.push({ file: f, url: fileUrl(f, base), size: data.length, rev: hash(data, 12) });
  }
  entries.sort((a, b) => byString(a.url, b.url));
  const index = new Map(entries.map((e, i) => [e.file, i]));
  const pick = (test) => entries.flatMap((e, i) => (test(e.file) ? [i] : []));
  const shell = pick((f) => /^_astro\//.test(f) || f === 'favicon.svg' || f === 'offline/index.html');
  const search = pick((f) => f.startsWith('pagefind/'));

  // Per case: its pages (cases/<id>/…), its statements (from data/statements.json) with their citation files,
  // the notes that name it in their front matter, and the notes its own page links to.
  const statements = JSON.parse(await readFile(path.join(dir, 'data/statements.json'), 'utf8'));
  const notes = await notesByCase(contentDir);
  const caseIds = [...new Set(files.flatMap((f) => f.match(/^cases\/([^/]+)\/index\.html$/)?.[1] ?? []))].sort(byString);
  const cases = {};
  for (const id of caseIds) {
    const wanted = new Set(files.filter((f) => f.startsWith(`cases/${id}/`)));
    for (const s of statements.filter((s) => s.cases.includes(id))) {
      for (const f of [`statements/${s.id}/index.html`, `statements/${s.id}.bib`, `statements/${s.id}.ris`]) if (index.has(f)) wanted.add(f);
    }
    for (const n of notes.get(id) ?? []) wanted.add(`notes/${n}/index.html`);
    const html = await readFile(path.join(dir, `cases/${id}/index.html`), 'utf8');
    for (const m of html.matchAll(/href="([^"#?]*)/g)) {
      const rel = m[1].startsWith(base) ? m[1].slice(base.length) : null;
      if (rel && /^notes\/[^/]+\/$/.test(rel)) wanted.add(`${rel}index.html`);
    }
    const title = html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1].replace(/<[^>]+>/g, '').trim() ?? id;
    cases[id] = { title, files: [...wanted].filter((f) => index.has(f)).map((f) => index.get(f)).sort((a, b) => a - b) };
  }
  const list = entries.map(({ url, size, rev }) => ({ url, size, rev }));
  const bytes = list.reduce((sum, e) => sum + e.size, 0);
  const version = hash(JSON.stringify(list), 16);
  return { version, base, files: list.length, bytes, list, groups: { shell, search, cases } };
}

/** The worker: constants first, then fixed code (no dates, no build-specific text except the lists). */
function workerSource(base, shell) {
  const shellVersion = hash(JSON.stringify(shell), 12);
  return `// Generated by scripts/postbuild/offline.mjs. Offline reading for this site; see ${base}offline/.
// Precaches only the shell; keeps pages the reader opens (network-first); serves the saved copy made on /offline/.
'use strict';
const BASE = ${JSON.stringify(base)};
const SHELL = ${JSON.stringify(shell.map(({ url, rev }) => [url, rev]))};
const SHELL_CACHE = 'ncc-shell-${shellVersion}';
const PAGES_CACHE = 'ncc-pages';
const SAVED_CACHE = 'ncc-saved';
const REV = 'x-offline-rev';
const BYPASS = 'x-offline-save';

const key = (url) => { const u = new URL(url, self.location.href); return u.origin + u.pathname; };

async function withRev(response, rev) {
  const headers = new Headers(response.headers);
  headers.set(REV, rev);
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

/** A shell file already stored with the same revision (an older shell cache or the saved copy), or null. */
async function stored(url, rev) {
  for (const name of await caches.keys()) {
    if (!name.startsWith('ncc-shell-') && name !== SAVED_CACHE) continue;
    const hit = await (await caches.open(name)).match(key(url));
    if (hit && hit.headers.get(REV) === rev) return hit;
  }
  return null;
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(SHELL_CACHE);
    await Promise.all(SHELL.map(async ([url, rev]) => {
      const old = await stored(url, rev);
      if (old) return cache.put(key(url), old);
      const response = await fetch(url, { cache: 'no-cache' });
      if (!response.ok) throw new Error(url + ': ' + response.status);
      return cache.put(key(url), await withRev(response, rev));
    }));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      // Older shells, and the whole-site precache of earlier versions of this site (Workbox).
      if ((name.startsWith('ncc-shell-') && name !== SHELL_CACHE) || name.startsWith('workbox-')) await caches.delete(name);
    }
    await self.clients.claim();
    // The page that installed the worker was loaded before it: keep it too, from the browser's HTTP cache.
    const pages = await caches.open(PAGES_CACHE);
    for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
      const url = new URL(client.url);
      if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE) || (await pages.match(key(url)))) continue;
      try {
        const response = await fetch(key(url), { cache: 'force-cache' });
        if (response.ok && response.type === 'basic') await pages.put(key(url), response);
      } catch { /* offline already: nothing to keep */ }
    }
  })());
});

/** The stored copy of a URL: the saved copy first, then pages already read, then the shell. */
async function lookup(url) {
  for (const name of [SAVED_CACHE, PAGES_CACHE, SHELL_CACHE]) {
    if (!(await caches.has(name))) continue;
    const hit = await (await caches.open(name)).match(key(url));
    if (hit) return hit;
  }
  return null;
}

/** Keeps a copy of what the reader loaded, without delaying the response. */
function keep(event, response) {
  event.waitUntil(caches.open(PAGES_CACHE).then((cache) => cache.put(key(event.request.url), response)).catch(() => undefined));
}

/** Network first, so a correction shows at once; the response is kept; offline, the kept copy. */
async function networkFirst(event) {
  const request = event.request;
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') keep(event, response.clone());
    return response;
  } catch (error) {
    const hit = await lookup(request.url);
    if (hit) return hit;
    if (request.mode === 'navigate') {
      // A page that is neither saved nor read before: the offline page, which says so.
      const page = await lookup(BASE + 'offline/');
      if (page) return new Response(await page.blob(), { status: 503, headers: page.headers });
    }
    throw error;
  }
}

/** Astro's hashed assets never change under one name: the stored copy first. */
async function cacheFirst(event) {
  const hit = await lookup(event.request.url);
  if (hit) return hit;
  const response = await fetch(event.request);
  if (response.ok && response.type === 'basic') keep(event, response.clone());
  return response;
}

/**
 * Updates a complete saved copy (made on /offline/ by src/scripts/offline-store.ts, same cache layout) to the
 * deployed build: fetches only files whose revision changed, drops files the build no longer has.
 * Returns the number of files changed, or null when the copy is current or there is none.
 */
async function updateSaved() {
  if (!(await caches.has(SAVED_CACHE))) return null;
  const saved = await caches.open(SAVED_CACHE);
  const metaKey = key(BASE + 'offline/__saved');
  const manifestKey = key(BASE + 'offline/manifest.json');
  const metaHit = await saved.match(metaKey);
  const meta = metaHit ? await metaHit.json() : null;
  if (!meta || meta.state !== 'complete') return null;
  const response = await fetch(manifestKey, { cache: 'no-cache', headers: { [BYPASS]: '1' } });
  if (!response.ok) return null;
  const manifest = await response.json();
  if (manifest.version === meta.version) return null;
  const { shell, search, cases } = manifest.groups;
  const wanted = meta.scope === 'all' ? manifest.list
    : [...new Set([...shell, ...search, ...meta.scope.flatMap((id) => (cases[id] ? cases[id].files : []))])].sort((a, b) => a - b).map((i) => manifest.list[i]);
  let changed = 0;
  for (const file of wanted) {
    const hit = await saved.match(key(file.url));
    if (hit && hit.headers.get(REV) === file.rev) continue;
    const fresh = await fetch(key(file.url), { cache: 'no-cache', headers: { [BYPASS]: '1' } });
    if (!fresh.ok) throw new Error(file.url + ': ' + fresh.status);
    await saved.put(key(file.url), await withRev(fresh, file.rev));
    changed += 1;
  }
  const keep = new Set([...wanted.map((f) => key(f.url)), metaKey, manifestKey]);
  for (const request of await saved.keys()) {
    if (!keep.has(request.url)) { await saved.delete(request); changed += 1; }
  }
  const json = (data) => new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
  await saved.put(manifestKey, json(manifest));
  const bytes = wanted.reduce((sum, f) => sum + f.size, 0);
  await saved.put(metaKey, json({ ...meta, version: manifest.version, date: new Date().toISOString(), files: wanted.length, bytes }));
  return changed;
}

/**
 * Offline search: which Pagefind files (listed in offline/search-index.json) are not stored. Returns a sentence
 * naming the missing parts, or null when the index is complete. /search/ shows it (src/scripts/search/offline-index.ts).
 */
async function indexStatus() {
  const list = await lookup(BASE + 'offline/search-index.json');
  if (!list) return null;
  const { files } = await list.json();
  const parts = { engine: [0, 0], words: [0, 0], filters: [0, 0], excerpts: [0, 0] };
  for (const url of files) {
    if (url.includes('pagefind-highlight')) continue; // marks words on a result page; search runs without it
    const part = url.includes('/pagefind/index/') ? 'words' : url.includes('/pagefind/filter/') ? 'filters'
      : url.includes('/pagefind/fragment/') ? 'excerpts' : 'engine';
    parts[part][1] += 1;
    if (!(await lookup(url))) parts[part][0] += 1;
  }
  if (parts.engine[0] > 0) return 'You are offline and the search engine is not saved on this device, so search cannot run.';
  const names = { words: 'word index', filters: 'filter', excerpts: 'result excerpt' };
  const missing = ['words', 'filters', 'excerpts'].filter((p) => parts[p][0] > 0).map((p) => parts[p][0] + ' of ' + parts[p][1] + ' ' + names[p] + ' files');
  if (missing.length === 0) return null;
  return 'You are offline and only part of the search index is saved on this device (missing: ' + missing.join(', ') + '), so results may be incomplete.';
}

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'index-status' && event.ports[0]) {
    // Ready markup (fixed text and numbers only), so the page's part stays a few bytes.
    const html = (text) => text && '<p class="notice" data-offline-index role="status">' + text + ' <a href="' + BASE
      + 'offline/">Save the site for offline reading</a> to search everything.</p>';
    event.waitUntil(indexStatus().catch(() => null).then((text) => event.ports[0].postMessage(html(text))));
    return;
  }
  if (event.data !== 'update-saved') return;
  // One save at a time (the /offline/ page takes the same lock); the answer is the footer's status line.
  const locks = self.navigator.locks;
  const run = () => updateSaved().catch(() => null);
  event.waitUntil((locks ? locks.request('ncc-offline-save', run) : run()).then((n) => {
    if (n !== null && event.source) event.source.postMessage({ status: 'Saved copy updated: ' + n + ' file' + (n === 1 ? '' : 's') + ' changed.' });
  }));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  // Downloads for the saved copy (the /offline/ page's, this worker's updates) go straight to the network.
  if (request.headers.has(BYPASS) || url.pathname === BASE + 'sw.js') return;
  const assets = url.pathname.startsWith(BASE + '_astro/');
  event.respondWith(assets ? cacheFirst(event) : networkFirst(event));
});
`;
}

/**
 * Writes <dist>/offline/manifest.json, <dist>/offline/search-index.json and <dist>/sw.js.
 * Returns the manifest's file count and bytes (what "Save for offline reading" downloads) and the shell's.
 * @param {URL} distUrl the built site's folder (file: URL ending in "/")
 * @param {{ base?: string, contentDir?: string }} [options] deploy base (defaults to BASE_PATH); content folder
 */
export async function buildServiceWorker(distUrl, {
  base = normaliseBase(process.env.BASE_PATH),
  contentDir = fileURLToPath(new URL('../../content/', import.meta.url)),
} = {}) {
  const dir = fileURLToPath(distUrl);
  const manifest = await buildManifest(dir, base, contentDir);
  const shell = manifest.groups.shell.map((i) => ({ ...manifest.list[i] }));
  if (!shell.some((e) => e.url === `${base}offline/`)) throw new Error('offline: dist/offline/index.html is missing');
  if (manifest.groups.search.length === 0) throw new Error('offline: no Pagefind files in dist/pagefind/');
  for (const [id, c] of Object.entries(manifest.groups.cases)) if (c.files.length < 2) throw new Error(`offline: case ${id} has no files`);
  await mkdir(path.join(dir, 'offline'), { recursive: true });
  await writeFile(path.join(dir, 'offline/manifest.json'), `${JSON.stringify(manifest)}\n`);
  // The Pagefind file list (no version: it changes only when the index does, and the worker precaches it).
  const search = `${JSON.stringify({ files: manifest.groups.search.map((i) => manifest.list[i].url) })}\n`;
  await writeFile(path.join(dir, 'offline/search-index.json'), search);
  shell.push({ url: `${base}offline/search-index.json`, size: search.length, rev: hash(search, 12) });
  await writeFile(path.join(dir, 'sw.js'), workerSource(base, shell));
  const sw = await stat(path.join(dir, 'sw.js'));
  return {
    count: manifest.files, size: manifest.bytes,
    shell: { count: shell.length, size: shell.reduce((s, e) => s + e.size, 0) + sw.size },
  };
}
