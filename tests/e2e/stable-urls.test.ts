/**
 * The public URL list (docs/public-urls.txt) against the built site: every address answers 200 after
 * redirects (HTTP, and Astro's static meta-refresh pages), every #fragment is an id on the final page, aliases
 * land where the list says, and the list covers every section of the sitemap.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { launch } from '../support/browser';
import { base, sitemapPaths, urlFor } from '../support/site';

interface Entry {
  path: string; // site-relative, may carry ?query and #fragment
  expect?: string; // for aliases: the expected final site-relative URL
}

function parseList(text: string): Entry[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const [from, to] = l.split(/\s+->\s+/);
      return to ? { path: from!, expect: to } : { path: from! };
    });
}

const entries = parseList(await readFile('docs/public-urls.txt', 'utf8'));
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'");

/** The target of a <meta http-equiv="refresh"> page, if this is one. */
function metaRefresh(html: string): string | null {
  const tag = /<meta\b[^>]*http-equiv=["']?refresh["']?[^>]*>/i.exec(html)?.[0];
  const url = tag && /content=["']?\s*\d+\s*;\s*url=([^"'>]+)/i.exec(tag)?.[1];
  return url ? decode(url.trim()) : null;
}

/** Fetch with HTTP redirects followed, then follow meta-refresh pages (at most 5 hops). */
async function resolve(start: string): Promise<{ url: URL; status: number; body: string; hops: string[] }> {
  let url = new URL(start);
  const hops: string[] = [];
  for (let i = 0; i < 6; i++) {
    const response = await fetch(url, { redirect: 'follow' });
    const body = await response.text();
    const final = new URL(response.url);
    final.hash = url.hash;
    const next = response.ok && (response.headers.get('content-type') ?? '').includes('html') ? metaRefresh(body) : null;
    if (!next) return { url: final, status: response.status, body, hops };
    const target = new URL(next, final);
    if (!target.hash) target.hash = final.hash;
    hops.push(`${target.pathname}${target.hash}`);
    url = target;
  }
  throw new Error(`too many redirects from ${start}`);
}

const idsOf = (html: string) => new Set([...html.matchAll(/\sid=(?:"([^"]*)"|'([^']*)')/g)].map((m) => decode(m[1] ?? m[2]!)));

describe('docs/public-urls.txt', () => {
  it('is a well-formed list without duplicates', () => {
    expect(entries.length).toBeGreaterThan(40);
    for (const e of entries) expect(e.path, e.path).toMatch(/^\/[^\s]*$/);
    const paths = entries.map((e) => e.path);
    expect(paths.filter((p, i) => paths.indexOf(p) !== i)).toEqual([]);
  });

  it('covers every section of the sitemap', async () => {
    const section = (p: string) => p.split(/[/?#]/)[1] ?? '';
    const listed = new Set(entries.map((e) => section(e.path)));
    const missing = [...new Set((await sitemapPaths()).map(section))].filter((s) => !listed.has(s));
    expect(missing).toEqual([]);
  });
});

describe.each(entries)('$path', ({ path, expect: expected }) => {
  it(expected ? `redirects to ${expected}` : 'answers 200 and has its anchor', async () => {
    const { url, status, body, hops } = await resolve(urlFor(path));
    expect(status, `${path} → ${url.href}`).toBe(200);
    if (expected) {
      expect(hops.length, 'an alias is a redirect').toBeGreaterThan(0);
      expect(`${url.pathname}${url.search}${url.hash}`).toBe(`${base().slice(0, -1)}${expected}`);
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment) expect(idsOf(body).has(fragment), `#${fragment} on ${url.pathname}`).toBe(true);
  });
});

describe('redirect pages', () => {
  it.each(entries.filter((e) => e.expect))('$path: noindex, and a canonical link to its target', async ({ path, expect: expected }) => {
    const html = await (await fetch(urlFor(path))).text();
    expect(html).toMatch(/<meta name="robots" content="noindex">/);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    expect(canonical && `${new URL(decode(canonical)).pathname}${new URL(decode(canonical)).hash}`).toBe(`${base().slice(0, -1)}${expected}`);
  });
});

describe('aliases in a browser', () => {
  it.each(entries.filter((e) => e.expect))('$path lands on $expect', async ({ path, expect: expected }) => {
    const browser = await launch();
    try {
      const page = await browser.newPage();
      await page.goto(urlFor(path));
      const target = urlFor(expected!);
      await page.waitForURL(target, { timeout: 10_000 });
      expect(page.url()).toBe(target);
      const fragment = new URL(target).hash.slice(1);
      if (fragment) expect(await page.locator(`[id="${fragment}"]`).count()).toBe(1);
    } finally {
      await browser.close();
    }
  });
});
