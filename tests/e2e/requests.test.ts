/**
 * Own origin only: no request to any origin but the site's own (data: and blob: allowed).
 *
 * The per-page browser check runs in csp.test.ts, which visits every sitemap page once and records every
 * request there (one visit per page instead of two keeps `npm test` short). Under an enforced CSP a
 * third-party load is either made (and recorded) or blocked (a violation); both fail that test. This file adds
 * what an enforced policy could hide:
 * - one page of each kind (first path segment), plus a search, visited with CSP bypassed, recording every
 *   request of the browser context (pages, workers, a service worker);
 * - a static scan of every HTML and CSS file in dist/ for resources loaded from another origin.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/browser';
import { settle as settleRequests } from '../support/network';
import { dist, htmlFiles, origin, sitemapPaths, urlFor } from '../support/site';

const LOCAL_SCHEMES = new Set(['data:', 'blob:']);
const paths = await sitemapPaths();
/** One page of each kind: every top-level page, and the first of each deeper pattern (cases/x, cases/x/y…). */
const kindOf = (p: string) => p.split('/').filter(Boolean).map((segment, i) => (i === 0 ? segment : '*')).join('/');
const sample = [...new Map(paths.map((p) => [kindOf(p), p] as const).reverse()).values()].reverse();

let browser: Browser;
let context: BrowserContext;
let page: Page;
let total = 0;
let foreign: string[] = [];
const inFlight = new Set<Request>();

beforeAll(async () => {
  browser = await launch();
  // CSP bypassed so that a third-party reference is seen even where the policy would block it.
  context = await browser.newContext({ bypassCSP: true });
  context.on('request', (r) => {
    inFlight.add(r);
    total += 1;
    const url = new URL(r.url());
    if (!LOCAL_SCHEMES.has(url.protocol) && url.origin !== origin()) foreign.push(`${r.resourceType()} ${r.url()}`);
  });
  context.on('requestfinished', (r) => inFlight.delete(r));
  context.on('requestfailed', (r) => inFlight.delete(r));
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

const settle = () => settleRequests(inFlight);

async function visit(sitePath: string) {
  foreign = [];
  inFlight.clear();
  const response = await page.goto(urlFor(sitePath), { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  await settle();
}

describe('requests stay on the site’s origin (CSP bypassed)', () => {
  it('samples pages of every kind', () => {
    expect(sample.length).toBeGreaterThanOrEqual(8);
  });

  it.each(sample)('%s', async (sitePath) => {
    await visit(sitePath);
    expect(foreign).toEqual([]);
  });

  it('a search (/search/?q=Minsk: Pagefind JS, WASM, index, fragments)', async () => {
    const before = total;
    await visit('/search/?q=Minsk');
    await page.waitForSelector('[data-search-root][data-done]');
    await settle();
    expect(foreign).toEqual([]);
    expect(total - before, 'the recorder saw the search’s requests').toBeGreaterThan(3);
  });
});

/** Attributes that make a browser fetch something (link rel=canonical/alternate and <a href> do not). */
const FETCHING = [
  /<(?:script|img|iframe|embed|source|audio|video|track|input)\b[^>]*?\ssrc="([^"]+)"/gi,
  /<(?:img|source)\b[^>]*?\ssrcset="([^"]+)"/gi,
  /<video\b[^>]*?\sposter="([^"]+)"/gi,
  /<object\b[^>]*?\sdata="([^"]+)"/gi,
  /<(?:use|image|feImage)\b[^>]*?\s(?:xlink:)?href="([^"]+)"/gi,
  /<link\b(?=[^>]*\srel="[^"]*\b(?:stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon)\b)[^>]*?\shref="([^"]+)"/gi,
];
const CSS_URLS = /url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/gi;
const isForeign = (url: string) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url.trim()) && !url.trim().startsWith(origin());

describe('no resource in dist/ comes from another origin', () => {
  it('HTML: scripts, styles, images, frames, icons, manifests', async () => {
    const hits: string[] = [];
    for (const file of await htmlFiles()) {
      const html = await readFile(path.join(dist(), file), 'utf8');
      for (const pattern of FETCHING) {
        for (const m of html.matchAll(pattern)) {
          const urls = pattern.source.includes('srcset') ? m[1]!.split(',').map((c) => c.trim().split(/\s+/)[0]!) : [m[1]!];
          for (const url of urls) if (isForeign(url)) hits.push(`${file}: ${url}`);
        }
      }
    }
    expect(hits).toEqual([]);
  });

  it('CSS: url() and @import', async () => {
    const css = (await readdir(dist(), { recursive: true })).filter((f) => f.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    const hits: string[] = [];
    for (const file of css) {
      const text = await readFile(path.join(dist(), file), 'utf8');
      for (const m of text.matchAll(CSS_URLS)) {
        const url = m[2] ?? m[4]!;
        if (isForeign(url)) hits.push(`${file}: ${url}`);
      }
    }
    expect(hits).toEqual([]);
  });
});
