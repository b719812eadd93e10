/**
 * Offline reading (scripts/postbuild/offline.mjs, src/scripts/offline*.ts, /offline/):
 * - the manifest lists every file a reader loads, with true sizes and revisions, and no unused Pagefind UI;
 *   sw.js and the manifest are reproducible;
 * - a first visit fetches only the shell and that page (≤ 300 KB with the worker); the page then reads offline,
 *   and offline search over a partial index says what is missing;
 * - "Save the whole site" shows its size first, survives a reload mid-way without fetching any file twice,
 *   downloads what it said (within 5 %), and afterwards every page and search work with the server gone;
 * - one case saves its own file list; a newer build updates a saved copy by fetching only the changed file;
 *   Remove deletes the copy.
 * Each test serves its own copy of dist/ on its own port and records, server-side, every response and its bytes
 * (saved-copy downloads carry the x-offline-save header).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFile, cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/browser';
import { startServer } from '../support/server';
import { base, dist } from '../support/site';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const KB = 1024;
let browser: Browser;
const copies: string[] = [];

interface Manifest {
  version: string; files: number; bytes: number;
  list: Array<{ url: string; size: number; rev: string }>;
  groups: { shell: number[]; search: number[]; cases: Record<string, { title: string; files: number[] }> };
}
interface Hit { path: string; bytes: number; saved: boolean; done: boolean }
interface Site { server: Server; at: (p: string) => string; hits: Hit[]; gate: { savedLimit: number }; dir: string }

beforeAll(async () => { browser = await launch(); });
afterAll(async () => {
  await browser?.close();
  for (const dir of copies) await rm(dir, { recursive: true, force: true });
});

async function copyDist(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'offline-dist-'));
  copies.push(dir);
  await cp(dist(), dir, { recursive: true });
  return dir;
}

const readManifest = async (dir: string) => JSON.parse(await readFile(path.join(dir, 'offline/manifest.json'), 'utf8')) as Manifest;

/** Serves `dir` and records each response; saved-copy downloads beyond gate.savedLimit are held (never answered). */
async function serve(dir: string): Promise<Site> {
  const { server, origin } = await startServer(dir, base());
  const hits: Hit[] = [];
  const gate = { savedLimit: Infinity };
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const hit: Hit = { path: new URL(req.url ?? '/', 'http://x').pathname, bytes: 0, saved: 'x-offline-save' in req.headers, done: false };
    hits.push(hit);
    const write = res.write.bind(res) as (...a: unknown[]) => boolean;
    const end = res.end.bind(res) as (...a: unknown[]) => ServerResponse;
    const count = (chunk: unknown) => { if (typeof chunk === 'string' || chunk instanceof Uint8Array) hit.bytes += Buffer.byteLength(chunk); };
    const held = hit.saved && hits.filter((h) => h.saved && !h.path.endsWith('/offline/manifest.json')).length > gate.savedLimit;
    if (held) {
      // Never answered: the reload in the test aborts it, as a dropped connection would.
      res.writeHead = (() => res) as unknown as typeof res.writeHead;
      res.write = (() => true) as typeof res.write;
      res.end = (() => res) as unknown as typeof res.end;
      return;
    }
    res.write = ((chunk: unknown, ...rest: unknown[]) => { count(chunk); return write(chunk, ...rest); }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => { if (typeof chunk !== 'function') count(chunk); return end(chunk, ...rest); }) as typeof res.end;
    res.on('finish', () => { hit.done = true; });
  });
  return { server, at: (p) => `${origin}${base().slice(0, -1)}${p}`, hits, gate, dir };
}

function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** Waits until no response has started or ended for `quietMs`. */
async function quiet(hits: Hit[], quietMs = 600): Promise<void> {
  let last = '';
  let since = Date.now();
  for (;;) {
    const now = `${hits.length}:${hits.filter((h) => h.done).length}`;
    if (now !== last) { last = now; since = Date.now(); }
    if (Date.now() - since >= quietMs) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** A served copy of dist/ with /offline/ open in a fresh browser context, once the page is ready and its worker controls it. */
async function openOfflinePage(): Promise<{ site: Site; manifest: Manifest; context: BrowserContext; page: Page }> {
  const site = await serve(await copyDist());
  const manifest = await readManifest(site.dir);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(site.at('/offline/'));
  await page.waitForSelector('[data-offline-ui][data-ready]');
  await controlled(page);
  return { site, manifest, context, page };
}

async function savedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await (await caches.open('ncc-saved')).keys()).map((r) => new URL(r.url).pathname));
}

async function regenerate(dir: string): Promise<void> {
  const module = path.join(root, 'scripts/postbuild/offline.mjs');
  const code = `const { buildServiceWorker } = await import(${JSON.stringify(module)});
    await buildServiceWorker(new URL(${JSON.stringify(`file://${dir}/`)}), { base: ${JSON.stringify(base())} });`;
  await run(process.execPath, ['--input-type=module', '-e', code], { cwd: root });
}

const sitePath = (url: string) => url.slice(base().length - 1);
const aboutMb = (bytes: number) => `about ${(bytes / 1_000_000).toFixed(1)} MB`;

describe('manifest and worker files', () => {
  it('list every file a reader loads with true sizes and revisions, leave out unused UI, and are reproducible', async () => {
    const manifest = await readManifest(dist());
    const urls = manifest.list.map((f) => f.url);
    expect(urls).toEqual([...urls].sort());
    expect(manifest.files).toBe(manifest.list.length);
    expect(manifest.bytes).toBe(manifest.list.reduce((s, f) => s + f.size, 0));
    for (const f of manifest.list) {
      const rel = sitePath(f.url).slice(1);
      const data = await readFile(path.join(dist(), rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel));
      expect(data.length, f.url).toBe(f.size);
      expect(createHash('sha256').update(data).digest('hex').startsWith(f.rev), f.url).toBe(true);
    }
    for (const unused of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-component-ui.js', 'sw.js', 'sitemap.xml']) {
      expect(urls.some((u) => u.endsWith(`/${unused}`)), unused).toBe(false);
    }
    expect(urls).toContain(`${base()}search/`);
    expect(urls).toContain(`${base()}pagefind/pagefind-entry.json`);
    // Each case list holds the case page, its statements and notes; the shell is small.
    const statements = JSON.parse(await readFile(path.join(dist(), 'data/statements.json'), 'utf8')) as Array<{ id: string; cases: string[] }>;
    for (const [id, c] of Object.entries(manifest.groups.cases)) {
      const own = c.files.map((i) => manifest.list[i]!.url);
      expect(own, id).toContain(`${base()}cases/${id}/`);
      for (const s of statements.filter((s) => s.cases.includes(id))) expect(own, `${id}: ${s.id}`).toContain(`${base()}statements/${s.id}/`);
      expect(own.some((u) => u.startsWith(`${base()}notes/`)), id).toBe(true);
    }
    const sw = await readFile(path.join(dist(), 'sw.js'), 'utf8');
    // The worker precaches the shell only: no page but /offline/, no Pagefind file, no statement.
    const shell = JSON.parse(sw.match(/^const SHELL = (.*);$/m)![1]!) as Array<[string, string]>;
    expect(shell.map(([u]) => u).filter((u) => !u.startsWith(`${base()}_astro/`)).sort())
      .toEqual([`${base()}favicon.svg`, `${base()}offline/`, `${base()}offline/search-index.json`]);

    const copy = await copyDist();
    await regenerate(copy);
    for (const f of ['sw.js', 'offline/manifest.json', 'offline/search-index.json']) {
      expect((await readFile(path.join(copy, f))).equals(await readFile(path.join(dist(), f))), f).toBe(true);
    }
    expect(sw.match(/(?<![\w.])1[5-9]\d{8}(?:\d{3})?(?![\w])/g)).toBeNull(); // no timestamps
  });
});

describe('first visit', () => {
  it('fetches only the shell and the page, keeps that page for offline, and search says what is missing', async () => {
    const site = await serve(await copyDist());
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(site.at('/cases/georgia-2008/'));
    await controlled(page);
    await quiet(site.hits);
    const total = site.hits.reduce((s, h) => s + h.bytes, 0);
    console.log(`[offline] first visit to a case page: ${site.hits.length} responses, ${(total / KB).toFixed(1)} KB`);
    expect(total).toBeLessThanOrEqual(300 * KB);
    expect(site.hits.filter((h) => /\/(pagefind|statements|notes|data)\//.test(h.path)).map((h) => h.path)).toEqual([]);
    expect(await page.locator('.offline-notice, [data-offline-notice]').count()).toBe(0);

    // A search online loads part of the index only.
    const search = await context.newPage();
    await search.goto(site.at('/search/?q=Bucharest'));
    await search.waitForSelector('[data-search-root][data-done]');
    await quiet(site.hits);

    await stop(site.server);
    await context.setOffline(true);
    const again = await context.newPage();
    const response = await again.goto(site.at('/cases/georgia-2008/'));
    expect(response?.ok()).toBe(true);
    expect(response?.fromServiceWorker()).toBe(true);
    expect(await again.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bg').trim())).not.toBe('');

    // Never opened, never saved: the offline page, saying so.
    const missing = await context.newPage();
    await missing.goto(site.at('/notes/endnote-4/'));
    await missing.waitForSelector('[data-offline-missing]:not([hidden])');

    // A search needing index parts that were never loaded: a clear message, not silence.
    const offlineSearch = await context.newPage();
    await offlineSearch.goto(site.at('/search/?q=Sukhumi'));
    await offlineSearch.waitForSelector('[data-offline-index]');
    expect(await offlineSearch.textContent('[data-offline-index]')).toMatch(/only part of the search index is saved on this device \(missing: .*\d+ of \d+ /);
    await context.close();
  });
});

describe('save for offline reading', () => {
  it('states the size, resumes after a reload without refetching, then reads and searches everything offline', async () => {
    const { site, manifest, context, page } = await openOfflinePage();
    const label = await page.textContent('[data-offline-save="all"]');
    expect(label).toContain(`${aboutMb(manifest.bytes)}, ${manifest.files} files`);
    await quiet(site.hits);
    site.hits.length = 0;

    // Interrupt after 60 files: hold every later download, reload once 60 are stored, then let it finish.
    site.gate.savedLimit = 60;
    await page.click('[data-offline-save="all"]');
    await page.waitForSelector('[data-offline-progress]:not([hidden])');
    await page.waitForSelector('[data-offline-progress][data-files="60"]');
    expect(await page.textContent('[data-offline-progress-text]')).toMatch(new RegExp(`^60 of ${manifest.files} files, [\\d.]+ of ${(manifest.bytes / 1e6).toFixed(1)} MB$`));
    site.gate.savedLimit = Infinity;
    await page.reload();
    await page.waitForSelector('[data-offline-ui][data-saved]', { timeout: 120_000 });
    expect(await page.textContent('[data-offline-message]')).toMatch(/^Saved for offline reading: the whole site, \d+ files \(about [\d.]+ MB\)\. Saved copy of \d{1,2} \w+ \d{4}\.$/);
    expect(await page.textContent('[data-offline-state]')).toContain('Saved on this device: the whole site');

    const saved = site.hits.filter((h) => h.saved && h.done && !h.path.endsWith('/offline/manifest.json'));
    const counts = new Map<string, number>();
    for (const h of saved) counts.set(h.path, (counts.get(h.path) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n > 1).map(([p]) => p), 'fetched twice').toEqual([]);
    const inCache = new Set(await savedUrls(page));
    expect(manifest.list.map((f) => f.url).filter((u) => !inCache.has(u)), 'not in the saved copy').toEqual([]);
    // What was downloaded matches the size announced (within 5 %).
    const downloaded = saved.reduce((s, h) => s + h.bytes, 0);
    console.log(`[offline] saved ${saved.length} files, ${downloaded} bytes; announced ${aboutMb(manifest.bytes)} (${manifest.bytes} bytes)`);
    expect(Math.abs(downloaded - manifest.bytes) / manifest.bytes).toBeLessThanOrEqual(0.05);

    await stop(site.server);
    await context.setOffline(true);
    const statements = JSON.parse(await readFile(path.join(site.dir, 'data/statements.json'), 'utf8')) as Array<{ id: string; org: string }>;
    const csto = statements.find((s) => s.org === 'csto') ?? statements[0]!;
    const sample = ['/', '/cases/', '/cases/nagorno-karabakh/', '/cases/ukraine-2014/handout/', `/statements/${csto.id}/`, '/statements/',
      '/notes/endnote-4/', '/notes/', '/timeline/', '/maps/', '/compare/', '/data/', '/about/', '/article/']
      .filter((p) => manifest.list.some((f) => f.url === `${base()}${p.slice(1)}`));
    for (const p of sample) {
      const tab = await context.newPage();
      const errors: string[] = [];
      tab.on('pageerror', (e) => errors.push(e.message));
      const response = await tab.goto(site.at(p));
      expect(response?.status(), p).toBe(200);
      expect(response?.fromServiceWorker(), p).toBe(true);
      expect(await tab.locator('h1').count(), p).toBe(1);
      expect(await tab.locator('[data-offline-missing]:not([hidden])').count(), p).toBe(0);
      expect(errors, p).toEqual([]);
      await tab.close();
    }
    const download = await page.evaluate(async (url) => (await fetch(url)).status, site.at('/data/statements.csv'));
    expect(download).toBe(200);

    const search = await context.newPage();
    await search.goto(site.at('/search/?q=Bucharest'));
    await search.waitForSelector('[data-search-root][data-done]');
    const hrefs = await search.$$eval('[data-results] > li a', (as) => as.map((a) => (a.getAttribute('href') ?? '').split('?')[0]));
    expect(hrefs).toContain(`${base()}statements/nato-2008-04-03-bucharest-summit-declaration/`);
    expect(await search.locator('[data-offline-index]').count()).toBe(0);
    await context.close();
  });
});

describe('one case, updates and removal', () => {
  it('saves one case\'s files, updates only the changed file on the next visit, and removes the copy', async () => {
    const { site, manifest, context, page } = await openOfflinePage();
    const georgia = manifest.groups.cases['georgia-2008']!;
    const wanted = new Set([...manifest.groups.shell, ...manifest.groups.search, ...georgia.files].map((i) => manifest.list[i]!.url));
    const size = [...wanted].reduce((s, u) => s + manifest.list.find((f) => f.url === u)!.size, 0);
    expect(await page.textContent('[data-offline-save="georgia-2008"]')).toContain(`${aboutMb(size)}, ${wanted.size} files`);
    await page.click('[data-offline-save="georgia-2008"]');
    await page.waitForSelector('[data-offline-ui][data-saved]');
    const stored = (await savedUrls(page)).filter((u) => !u.startsWith(`${base()}offline/__`) && u !== `${base()}offline/manifest.json`);
    expect(stored.sort()).toEqual([...wanted].sort());

    // A newer build in which one statement page changed: the worker stays the same, the manifest does not.
    const changed = georgia.files.map((i) => manifest.list[i]!.url).find((u) => u.includes('/statements/') && u.endsWith('/'))!;
    const swBefore = await readFile(path.join(site.dir, 'sw.js'));
    await appendFile(path.join(site.dir, sitePath(changed).slice(1), 'index.html'), '\n<!-- corrected -->\n');
    await regenerate(site.dir);
    expect((await readFile(path.join(site.dir, 'sw.js'))).equals(swBefore)).toBe(true);
    expect((await readManifest(site.dir)).version).not.toBe(manifest.version);

    site.hits.length = 0;
    const later = await context.newPage();
    await later.goto(site.at('/about/'));
    await later.waitForFunction(() => document.querySelector('[data-offline-status]')?.textContent !== '');
    expect(await later.textContent('[data-offline-status]')).toBe('Saved copy updated: 1 file changed.');
    const saved = site.hits.filter((h) => h.saved).map((h) => h.path);
    expect(saved.filter((p) => !p.endsWith('/offline/manifest.json'))).toEqual([changed]);
    const body = await later.evaluate(async (url) => (await (await caches.open('ncc-saved')).match(url))!.text(), site.at(sitePath(changed)));
    expect(body).toContain('<!-- corrected -->');

    await page.reload();
    await page.waitForSelector('[data-offline-ui][data-ready]');
    await page.click('[data-offline-remove]');
    await page.waitForFunction(() => document.querySelector('[data-offline-message]')?.textContent?.includes('removed'));
    expect(await page.evaluate(() => caches.has('ncc-saved'))).toBe(false);
    expect(await page.textContent('[data-offline-state]')).toContain('Nothing is saved on this device yet');
    await context.close();
    await stop(site.server);
  });
});
