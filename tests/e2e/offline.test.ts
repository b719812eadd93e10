/**
 * Offline reading: after one online visit, pages never visited and search work with the network off (the server
 * is shut down too); sw.js is reproducible; the notice appears after the first install and offers waiting updates.
 * Each test serves its own copy of dist/ on its own port, so its worker and shutdown touch no other test.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, appendFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/browser';
import { startServer } from '../support/server';
import { base, dist, sitemapPaths } from '../support/site';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
let browser: Browser;
let copy: string;

beforeAll(async () => {
  browser = await launch();
  copy = await mkdtemp(path.join(tmpdir(), 'offline-dist-'));
  await cp(dist(), copy, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  if (copy) await rm(copy, { recursive: true, force: true });
});

async function serve(): Promise<{ server: Server; at: (p: string) => string }> {
  const { server, origin } = await startServer(copy, base());
  return { server, at: (p) => `${origin}${base().slice(0, -1)}${p}` };
}

function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** Opens the home page online and waits until the worker is active and controls it (first install done). */
async function install(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page;
}

async function regenerate(): Promise<Buffer> {
  const module = path.join(root, 'scripts/postbuild/offline.mjs');
  const code = `const { buildServiceWorker } = await import(${JSON.stringify(module)});
    await buildServiceWorker(new URL(${JSON.stringify(`file://${copy}/`)}), { base: ${JSON.stringify(base())} });`;
  await run(process.execPath, ['--input-type=module', '-e', code], { cwd: root });
  return readFile(path.join(copy, 'sw.js'));
}

describe('service worker file', () => {
  it('is reproducible: regenerating it from the same dist/ gives the same bytes, with no timestamps', async () => {
    const built = await readFile(path.join(dist(), 'sw.js'));
    // The build made sw.js in one process; a second run over the same files must match it byte for byte.
    expect((await regenerate()).equals(built)).toBe(true);
    const text = built.toString('utf8');
    // Epoch milliseconds or seconds (2017–2033) standing alone, not inside a hex revision.
    expect(text.match(/(?<![\w.])1[5-9]\d{8}(?:\d{3})?(?![\w])/g)).toBeNull();
    expect(text).toContain(`${base()}404.html`);
    expect(text).toContain(`url:"${base()}search/"`);
    expect(text).toMatch(/pagefind\/pagefind-entry\.json/);
  });
});

describe('offline reading', () => {
  it('after one online visit, unvisited pages and search work with the network off', async () => {
    const { server, at } = await serve();
    const context = await browser.newContext();
    const home = await install(context, at('/'));
    // The quiet notice, once the first install is complete.
    await home.waitForSelector('[data-offline-notice] p');
    expect(await home.textContent('[data-offline-notice]')).toContain('This site is now available offline.');
    await home.click('[data-offline-dismiss]');
    expect(await home.textContent('[data-offline-notice]')).toBe('');

    await stop(server);
    await context.setOffline(true);

    const statements = JSON.parse(await readFile(path.join(dist(), 'data/statements.json'), 'utf8')) as Array<{ id: string; org: string }>;
    const statement = statements.find((s) => s.org === 'csto') ?? statements[0]!;
    const extra = (await sitemapPaths()).includes('/maps/') ? '/maps/' : '/notes/endnote-1/';
    const paths = ['/cases/georgia-2008/', `/statements/${statement.id}/`, '/notes/endnote-4/', extra, '/timeline/'];
    for (const sitePath of paths) {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const response = await page.goto(at(sitePath));
      expect(response?.ok(), sitePath).toBe(true);
      expect(response?.fromServiceWorker(), sitePath).toBe(true);
      expect(await page.locator('h1').count(), sitePath).toBe(1);
      // The stylesheet came from the cache too.
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bg').trim()), sitePath).not.toBe('');
      expect(errors, sitePath).toEqual([]);
      await page.close();
    }

    const search = await context.newPage();
    await search.goto(at('/search/?q=Bucharest'));
    await search.waitForSelector('[data-search-root][data-done]');
    const hrefs = await search.$$eval('[data-results] > li a', (as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThanOrEqual(1);
    expect(hrefs).toContain(`${base()}statements/nato-2008-04-03-bucharest-summit-declaration/`);

    // An address that was never built: the cached 404 page, not a browser error.
    const missing = await context.newPage();
    await missing.goto(at('/no-such-page/'));
    expect(await missing.locator('h1').textContent()).toContain('not found');
    await context.close();
  });
});

describe('updates', () => {
  it('a new version waits, is announced, and takes over only after Reload', async () => {
    const { server, at } = await serve();
    const context = await browser.newContext();
    const page = await install(context, at('/about/'));
    await appendFile(path.join(copy, 'sw.js'), '\n// a newer build\n');
    await page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration())!.update(); });
    await page.waitForSelector('[data-offline-reload]');
    expect(await page.textContent('[data-offline-notice]')).toContain('A newer version of this site is available');
    // No silent switch: the new worker waits while the old one still controls the page.
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())!.waiting))).toBe(true);
    await Promise.all([page.waitForEvent('load'), page.click('[data-offline-reload]')]);
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.waiting === null && navigator.serviceWorker.controller !== null;
    });
    expect(await page.textContent('[data-offline-notice]')).toBe('');
    await context.close();
    await stop(server);
  });
});
