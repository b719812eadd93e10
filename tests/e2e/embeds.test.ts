/**
 * Embeds and downloads (issue 16, part A).
 * - Frames: the built site is served by a second server that sends the dist/_headers headers (as Netlify or
 *   Cloudflare Pages would), and a parent page is served from ANOTHER origin (another port). Each /embed/ page
 *   renders inside the parent's iframe; a normal page (/maps/) is refused (frame-ancestors 'none').
 * - Query strings: ?year= on the membership map, ?case=&org= on the timeline.
 * - Not indexed: robots noindex, no data-pagefind-body, not in sitemap.xml, not in the Pagefind index.
 * - Headers: exactly one Content-Security-Policy per HTML page; frame-ancestors * only under /embed/.
 * - Downloads: every registered visual has /visuals/<id>.svg (well-formed, stand-alone: no CSS classes, no
 *   var(), no external reference) and .png (signature, IHDR size = 2 × the SVG's); a fresh resvg render of the
 *   SVG, twice, gives the very bytes of the built PNG.
 * - The full pages link to the downloads and show the iframe code.
 */
import { readFile, readdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPng } from '@/lib/png';
import { launch } from '../support/browser';
import { headersFor, parseHeaders } from '../support/headers';
import { startServer } from '../support/server';
import { base, dist, htmlFiles, sitemapPaths } from '../support/site';

interface Embed { path: string; id: string; title: RegExp; drawn?: string; min?: number } // drawn: what the visual is made of (default: map paths or marks)
const CASES = ['georgia-2008', 'nagorno-karabakh', 'ukraine-2014'];
const EMBEDS: Embed[] = [
  { path: 'embed/membership-map/', id: 'membership-map', title: /^NATO and CSTO membership, 1991–\d{4}$/ },
  { path: 'embed/alignment-map/', id: 'alignment-map', title: /^The post-Soviet states by security alignment/ },
  ...CASES.map((c) => ({ path: `embed/cases/${c}/`, id: `case-map-${c}`, title: /neighbours by alliance status on/ })),
  { path: 'embed/timeline/', id: 'timeline', title: /^Events and NATO\/CSTO statements/ },
  { path: 'embed/response-matrix/', id: 'response-matrix', title: /^How NATO and the CSTO responded: NATO: /, drawn: 'table.response-matrix td[data-level]', min: 6 },
  { path: 'embed/statements-per-year/', id: 'statements-per-year', title: /^The records cluster in /, drawn: 'figure svg[viewBox] rect.bar', min: 20 },
];
const VISUALS = EMBEDS.map((e) => e.id);

let site: Server;
let parent: Server;
let siteOrigin: string;
let parentOrigin: string;
let browser: Browser;

/** A parent page on another origin that frames ?src= at the given size. */
async function startParent(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const src = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '';
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course page</title></head><body><h1>Course page</h1><iframe id="f" src="${src.replace(/"/g, '&quot;')}" width="900" height="700" title="Embedded visual"></iframe></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://localhost:${(server.address() as AddressInfo).port}` };
}

beforeAll(async () => {
  ({ server: site, origin: siteOrigin } = await startServer(dist(), base(), { hostHeaders: true }));
  ({ server: parent, origin: parentOrigin } = await startParent());
  expect(new URL(siteOrigin).origin).not.toBe(new URL(parentOrigin).origin);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((r) => site?.close(r));
  await new Promise((r) => parent?.close(r));
});

const siteUrl = (p: string) => `${siteOrigin}${base()}${p}`;

/** Opens the parent page framing `src`; returns the page, the frame's final URL and the console messages. */
async function framed(src: string): Promise<{ page: Page; messages: string[]; frameUrl: () => string }> {
  const page = await browser.newPage();
  const messages: string[] = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  await page.goto(`${parentOrigin}/?src=${encodeURIComponent(src)}`);
  await page.waitForLoadState('load');
  const frameUrl = () => page.frames().find((f) => f !== page.mainFrame())?.url() ?? '';
  return { page, messages, frameUrl };
}

describe('embeds framed by another origin', () => {
  for (const embed of EMBEDS) {
    it(`${embed.path} renders in a frame`, async () => {
      const response = await fetch(siteUrl(embed.path));
      expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors \*/);
      const { page, messages } = await framed(siteUrl(embed.path));
      const frame = page.frameLocator('#f');
      await expect.poll(() => frame.locator('h1').textContent({ timeout: 10_000 }), { timeout: 20_000 }).toMatch(embed.title);
      expect(await frame.locator(embed.drawn ?? 'svg[viewBox] path[data-country], svg[viewBox] path[data-code], svg[viewBox] circle').count()).toBeGreaterThanOrEqual(embed.min ?? 5);
      const box = await frame.locator(embed.drawn ? 'main table, figure svg[viewBox]' : 'figure svg[viewBox]').first().boundingBox();
      expect(box?.width ?? 0, 'the visual is drawn at a usable size').toBeGreaterThan(300);
      expect(await frame.locator('.embed-credit').textContent()).toMatch(/From NATO vs\. the CSTO — a research companion · CC BY 4\.0/);
      const full = frame.locator('a[data-embed-full]');
      expect(await full.getAttribute('target')).toBe('_blank');
      expect(messages.filter((m) => /frame-ancestors|Refused to/i.test(m))).toEqual([]);
      await page.close();
    });
  }

  it('a normal page refuses to be framed (frame-ancestors \'none\')', async () => {
    const response = await fetch(siteUrl('maps/'));
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    const { page, messages, frameUrl } = await framed(siteUrl('maps/'));
    await expect.poll(() => messages.some((m) => /frame-ancestors 'none'/.test(m)), { timeout: 20_000 }).toBe(true);
    // The frame never holds the page: Chromium swaps in its own error document.
    expect(await page.frameLocator('#f').locator('h1:has-text("Maps")').count()).toBe(0);
    expect(frameUrl()).not.toBe(siteUrl('maps/'));
    await page.close();
  });

  it('the membership map honours ?year=', async () => {
    const { page } = await framed(siteUrl('embed/membership-map/?year=2008'));
    const frame = page.frameLocator('#f');
    await expect.poll(() => frame.locator('[data-map-svg] title').textContent(), { timeout: 20_000 }).toBe('Map of NATO and CSTO membership on 31 December 2008');
    expect(await frame.locator('input[type="range"]').inputValue()).toBe('2008');
    await page.close();
  });

  it('the timeline filters by ?case= and ?org=, and shows everything without a filter', async () => {
    const visible = async (page: Page, selector: string) =>
      page.frameLocator('#f').locator(selector).evaluateAll((els) => els.filter((e) => e.getAttribute('display') !== 'none').map((e) => `${e.getAttribute('data-case')}:${e.getAttribute('data-lane')}`));
    const all = await framed(siteUrl('embed/timeline/'));
    await all.page.frameLocator('#f').locator('.timeline svg[role="group"]').waitFor();
    const allRows = await visible(all.page, 'g.lane');
    expect(allRows).toHaveLength(CASES.length * 3);
    await all.page.close();

    const one = await framed(siteUrl('embed/timeline/?case=georgia-2008&org=nato'));
    await expect.poll(() => visible(one.page, 'g.lane'), { timeout: 20_000 }).toEqual(['georgia-2008:events', 'georgia-2008:nato']);
    const marks = await visible(one.page, 'a.mark');
    expect(marks.length).toBeGreaterThan(5);
    expect(new Set(marks)).toEqual(new Set(['georgia-2008:events', 'georgia-2008:nato']));
    expect(new Set(await visible(one.page, 'g.row-labels text'))).toEqual(new Set(['georgia-2008:events', 'georgia-2008:nato'])); // labels follow their rows
    expect(await one.page.frameLocator('#f').locator('[data-timeline-filter]').textContent()).toMatch(/georgia-2008/);
    await one.page.close();
  });
});

describe('embeds are not indexed', () => {
  it('robots noindex, no data-pagefind-body, not in the sitemap or the Pagefind index', async () => {
    for (const embed of EMBEDS) {
      const html = await readFile(path.join(dist(), embed.path, 'index.html'), 'utf8');
      expect(html, embed.path).toMatch(/<meta name="robots" content="noindex"/);
      expect(html, embed.path).not.toMatch(/data-pagefind-body/);
    }
    expect((await sitemapPaths()).filter((p) => p.startsWith('/embed/'))).toEqual([]);
    const fragments = await readdir(path.join(dist(), 'pagefind', 'fragment'));
    expect(fragments.length).toBeGreaterThan(0);
    for (const f of fragments) {
      const text = gunzipSync(await readFile(path.join(dist(), 'pagefind', 'fragment', f))).toString('utf8');
      expect(text.includes('/embed/'), f).toBe(false);
    }
  });
});

describe('host headers for frames (dist/_headers)', () => {
  it('gives each page exactly one CSP: frame-ancestors * under /embed/, \'none\' elsewhere', async () => {
    const rules = parseHeaders(await readFile(path.join(dist(), '_headers'), 'utf8'));
    const problems: string[] = [];
    for (const file of await htmlFiles()) {
      for (const url of file.endsWith('index.html') ? [`/${file}`, `/${file.slice(0, -'index.html'.length)}`] : [`/${file}`]) {
        const csp = headersFor(rules, url).get('content-security-policy') ?? [];
        if (csp.length !== 1) { problems.push(`${url}: ${csp.length} CSP rules`); continue; }
        const ancestors = csp[0]!.match(/frame-ancestors ([^;]+)/)?.[1]?.trim();
        const want = url.startsWith('/embed/') ? '*' : "'none'";
        if (ancestors !== want) problems.push(`${url}: frame-ancestors ${ancestors}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('downloads', () => {
  it('every visual has a stand-alone SVG and a PNG of twice its size', async () => {
    const page = await browser.newPage();
    for (const id of VISUALS) {
      const svg = await readFile(path.join(dist(), 'visuals', `${id}.svg`), 'utf8');
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const root = doc.documentElement;
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          name: root.localName,
          width: Number(root.getAttribute('width')),
          height: Number(root.getAttribute('height')),
          title: root.querySelector(':scope > title')?.textContent ?? '',
          texts: [...root.querySelectorAll('text')].map((t) => t.textContent).join(' '),
        };
      }, svg);
      expect(parsed.error, id).toBeNull();
      expect(parsed.name).toBe('svg');
      expect(parsed.title.length, id).toBeGreaterThan(10);
      expect(parsed.texts, id).toContain('From NATO vs. the CSTO — a research companion · CC BY 4.0');
      expect(parsed.texts, id).toMatch(/companion’s database|companion’s classification|Natural Earth/);
      // Stands alone: colours as attributes, nothing from the page's CSS, nothing fetched.
      expect(svg, id).not.toMatch(/\bclass=|var\(|<style|xlink:href|\bhref=/);
      const png = await readFile(path.join(dist(), 'visuals', `${id}.png`));
      expect([...png.subarray(0, 8)], id).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
      expect(png.readUInt32BE(16), `${id} PNG width`).toBe(parsed.width * 2);
      expect(png.readUInt32BE(20), `${id} PNG height`).toBe(parsed.height * 2);
      // The PNG opens as an image in the browser, at its size.
      const size = await page.evaluate(async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        return [img.naturalWidth, img.naturalHeight];
      }, png.toString('base64'));
      expect(size).toEqual([parsed.width * 2, parsed.height * 2]);
    }
    await page.close();
  });

  it('PNG renders are byte-identical: the build\'s file and two fresh renders', async () => {
    for (const id of VISUALS) {
      const svg = await readFile(path.join(dist(), 'visuals', `${id}.svg`), 'utf8');
      const built = await readFile(path.join(dist(), 'visuals', `${id}.png`));
      const a = renderPng(svg);
      const b = renderPng(svg);
      expect(Buffer.from(a).equals(Buffer.from(b)), `${id}: two renders differ`).toBe(true);
      expect(Buffer.from(a).equals(built), `${id}: render differs from the build`).toBe(true);
    }
  });

  it('the full pages link to the downloads and show the iframe code', async () => {
    const pages: Array<[string, string]> = [['maps/index.html', 'membership-map'], ['maps/index.html', 'alignment-map'], ['timeline/index.html', 'timeline'], ...CASES.map((c): [string, string] => [`cases/${c}/index.html`, `case-map-${c}`])];
    for (const [file, id] of pages) {
      const html = await readFile(path.join(dist(), file), 'utf8');
      expect(html, file).toContain(`href="${base()}visuals/${id}.svg"`);
      expect(html, file).toContain(`href="${base()}visuals/${id}.png"`);
      const code = html.match(new RegExp(`<textarea id="embed-code-${id}"[^>]*>([^<]*)</textarea>`))?.[1]?.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&') ?? '';
      expect(code, file).toMatch(new RegExp(`^<iframe src="https?://[^"]+${base()}embed/[^"]+" width="\\d+" height="\\d+" title="[^"]+"`));
    }
  });
});
