/**
 * The saved copy for offline reading, kept in the Cache Storage "ncc-saved" that the service worker reads
 * (scripts/postbuild/offline.mjs). The cache itself is the record of progress: every stored file carries its
 * manifest revision in an x-offline-rev header, so saving, resuming after a reload and updating to a newer
 * build are one operation — fetch what is missing or has another revision, drop what the build no longer has.
 * Loaded only on /offline/. The service worker updates a saved copy to a newer build with the same layout
 * (updateSaved in scripts/postbuild/offline.mjs).
 */
export const SAVED_CACHE = 'ncc-saved';
export const PAGES_CACHE = 'ncc-pages';
const REV = 'x-offline-rev';
const BYPASS = 'x-offline-save';
const PARALLEL = 4;

export interface ManifestFile { url: string; size: number; rev: string }
export interface Manifest {
  version: string;
  base: string;
  files: number;
  bytes: number;
  list: ManifestFile[];
  groups: { shell: number[]; search: number[]; cases: Record<string, { title: string; files: number[] }> };
}
/** What is saved: the whole site or some cases; `state` "saving" = interrupted (resume), "stopped" = cancelled. */
export type Scope = 'all' | string[];
export interface SavedMeta {
  version: string;
  scope: Scope;
  state: 'saving' | 'stopped' | 'complete';
  date?: string | undefined; // ISO date and time the copy was completed or last updated
  files: number;
  bytes: number;
}
export interface Progress { files: number; totalFiles: number; bytes: number; totalBytes: number }

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const abs = (url: string) => new URL(url, location.origin).href;
const META = () => abs(`${base}offline/__saved`);
const MANIFEST = () => abs(`${base}offline/manifest.json`);

/** The current manifest: from the network when online (bypassing every cache), else the saved one. */
export async function loadManifest(fresh = navigator.onLine): Promise<Manifest | null> {
  if (fresh) {
    try {
      const response = await fetch(MANIFEST(), { cache: 'no-cache', headers: { [BYPASS]: '1' } });
      if (response.ok) return (await response.json()) as Manifest;
    } catch { /* offline after all: fall through to the saved copy */ }
  }
  const saved = await (await caches.open(SAVED_CACHE)).match(MANIFEST());
  return saved ? ((await saved.json()) as Manifest) : null;
}

export async function readMeta(): Promise<SavedMeta | null> {
  if (!(await caches.has(SAVED_CACHE))) return null;
  const hit = await (await caches.open(SAVED_CACHE)).match(META());
  return hit ? ((await hit.json()) as SavedMeta) : null;
}

async function writeMeta(cache: Cache, meta: SavedMeta): Promise<void> {
  await cache.put(META(), new Response(JSON.stringify(meta), { headers: { 'content-type': 'application/json' } }));
}

/** The files a scope needs: everything, or the shell + the search index + each chosen case's files. */
export function filesFor(manifest: Manifest, scope: Scope): ManifestFile[] {
  if (scope === 'all') return manifest.list;
  const { shell, search, cases } = manifest.groups;
  const picked = new Set<number>([...shell, ...search, ...scope.flatMap((id) => cases[id]?.files ?? [])]);
  return [...picked].sort((a, b) => a - b).map((i) => manifest.list[i]!);
}

export const totalBytes = (files: ManifestFile[]) => files.reduce((sum, f) => sum + f.size, 0);

/** Merges a new request with what is saved already: saving one case after the whole site keeps the whole site. */
export function mergeScope(saved: Scope | undefined, wanted: Scope): Scope {
  if (saved === 'all' || wanted === 'all') return 'all';
  return [...new Set([...(saved ?? []), ...wanted])].sort();
}

async function store(cache: Cache, file: ManifestFile, signal?: AbortSignal): Promise<void> {
  const response = await fetch(abs(file.url), { cache: 'no-cache', headers: { [BYPASS]: '1' }, signal: signal ?? null });
  if (!response.ok) throw new Error(`${file.url}: HTTP ${response.status}`);
  const headers = new Headers(response.headers);
  headers.set(REV, file.rev);
  const body = await response.blob();
  await cache.put(abs(file.url), new Response(body, { status: 200, statusText: response.statusText, headers }));
}

export interface SyncResult { fetched: number; removed: number; bytes: number; meta: SavedMeta }

/**
 * Brings the saved copy to `manifest` for `scope`: fetches only files that are missing or have another revision,
 * deletes files the scope no longer has, then records the copy as complete. Resumable at any point.
 */
export async function sync(manifest: Manifest, scope: Scope, options: { signal?: AbortSignal; onProgress?: (p: Progress) => void } = {}): Promise<SyncResult> {
  const run = async (): Promise<SyncResult> => {
    const cache = await caches.open(SAVED_CACHE);
    const previous = await readMeta();
    const wanted = filesFor(manifest, scope);
    const totalFiles = wanted.length;
    const total = totalBytes(wanted);
    await writeMeta(cache, { version: manifest.version, scope, state: 'saving', date: previous?.date, files: totalFiles, bytes: total });

    const todo: ManifestFile[] = [];
    let files = 0;
    let bytes = 0;
    for (const file of wanted) {
      const hit = await cache.match(abs(file.url));
      if (hit?.headers.get(REV) === file.rev) { files += 1; bytes += file.size; } else todo.push(file);
    }
    const report = () => options.onProgress?.({ files, totalFiles, bytes, totalBytes: total });
    report();

    const queue = [...todo];
    let fetched = 0;
    const worker = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        if (options.signal?.aborted) return;
        await store(cache, file, options.signal);
        files += 1; bytes += file.size; fetched += 1;
        report();
      }
    };
    try {
      await Promise.all(Array.from({ length: PARALLEL }, worker));
      options.signal?.throwIfAborted();
    } catch (error) {
      await writeMeta(cache, { version: manifest.version, scope, state: options.signal?.aborted ? 'stopped' : 'saving', date: previous?.date, files: totalFiles, bytes: total });
      throw error;
    }

    const keep = new Set([...wanted.map((f) => abs(f.url)), META(), MANIFEST()]);
    let removed = 0;
    for (const request of await cache.keys()) {
      if (!keep.has(request.url)) { await cache.delete(request); removed += 1; }
    }
    await cache.put(MANIFEST(), new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/json' } }));
    const meta: SavedMeta = { version: manifest.version, scope, state: 'complete', date: new Date().toISOString(), files: totalFiles, bytes: total };
    await writeMeta(cache, meta);
    return { fetched, removed, bytes, meta };
  };
  // One save at a time across tabs (an update in one tab while another saves would double the downloads).
  return navigator.locks ? navigator.locks.request('ncc-offline-save', run) : run();
}

/** Removes the saved copy and the pages kept from reading. */
export async function removeSaved(): Promise<void> {
  await caches.delete(SAVED_CACHE);
  await caches.delete(PAGES_CACHE);
}
