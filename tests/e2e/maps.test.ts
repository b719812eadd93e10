/**
 * Maps: drawn at build time (readable with scripts off), recoloured by the year slider (?year= shareable),
 * the table twin in step with the picture, no geodata fetched, budgets held, a regional map on every case.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/browser';
import { base, dist, sitemapPaths, urlFor } from '../support/site';

const require = createRequire(import.meta.url);
const ZONES = ['abkhazia', 'south-ossetia', 'nagorno-karabakh', 'nk-surrounding-districts', 'crimea', 'donbas-ngca'];
const CASES: Record<string, string[]> = {
  'georgia-2008': ['abkhazia', 'south-ossetia'],
  'nagorno-karabakh': ['nagorno-karabakh', 'nk-surrounding-districts'],
  'ukraine-2014': ['crimea', 'donbas-ngca'],
};
const KB = 1024;
const BUDGET = { mapsHtml: 60 * KB, mapsJs: 20 * KB, caseHtml: 32 * KB };

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

const gz = async (file: string) => gzipSync(await readFile(path.join(dist(), file)), { level: 9 }).length;
const distFile = (url: string) => decodeURIComponent(new URL(url).pathname).slice(base().length - 1).replace(/\/$/, '/index.html');

/** The explorer's data-status of each country, from the picture and from the table. */
async function statuses(page: Page): Promise<{ svg: Record<string, string>; table: Record<string, string> }> {
  return page.evaluate(() => {
    const read = (sel: string) =>
      Object.fromEntries([...document.querySelectorAll<HTMLElement | SVGElement>(sel)].map((el) => [el.dataset.country!, el.dataset.status!]));
    return { svg: read('[data-map-svg] path[data-country]'), table: read('[data-status-table] tr[data-country]') };
  });
}

async function setYear(page: Page, year: number): Promise<void> {
  await page.locator('#map-year').evaluate((input: HTMLInputElement, y) => {
    input.value = String(y);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, year);
}

describe('/maps/ with JavaScript off', () => {
  it('draws every state, the conflict zones, the legend and the table twin', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(urlFor('/maps/'));
    const { svg, table } = await statuses(page);
    expect(Object.keys(svg).length).toBeGreaterThanOrEqual(50);
    expect(table).toEqual(svg);
    for (const code of ['EST', 'FIN', 'SWE', 'RUS', 'UKR', 'GEO', 'ARM', 'AZE', 'KAZ', 'UZB', 'TUR']) expect(svg[code], code).toBeDefined();
    expect(svg.FIN).toBe('nato');
    expect(svg.RUS).toBe('csto');
    expect(svg.UZB).toBe('csto-frozen');
    const zones = await page.$$eval('[data-map-svg] path[data-zone]', (ps) => ps.map((p) => [p.getAttribute('data-zone'), (p.getAttribute('d') ?? '').length > 10]));
    expect(zones.map(([id]) => id).sort()).toEqual([...ZONES].sort());
    expect(zones.every(([, drawn]) => drawn)).toBe(true);
    expect(await page.locator('[data-map-svg] pattern, .map-defs pattern').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.map-legend').first().isVisible()).toBe(true);
    expect(await page.locator('#alignment').count()).toBe(1);
    expect(await page.locator('.map-alignment svg path[data-group]').count()).toBe(15);
    expect(await page.locator('main').textContent()).toMatch(/Natural Earth/);
    expect(await page.locator('main').textContent()).toMatch(/schematic/i);
    await ctx.close();
  });
});

describe('/maps/ with JavaScript on', () => {
  it('opens on ?year= and updates the URL when the year changes', async () => {
    const page = await context.newPage();
    await page.goto(urlFor('/maps/?year=2008'));
    expect(await page.locator('#map-year').inputValue()).toBe('2008');
    expect(await page.locator('output[for="map-year"]').textContent()).toBe('2008');
    expect((await statuses(page)).svg.UZB).toBe('csto');
    await page.locator('#map-year').focus();
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('#map-year').inputValue()).toBe('2007');
    expect(new URL(page.url()).searchParams.get('year')).toBe('2007');
    await page.close();
  });

  it.each<[string, number, string, number, string]>([
    ['EST', 2003, 'none', 2004, 'nato'],
    ['LVA', 2003, 'none', 2004, 'nato'],
    ['LTU', 2003, 'none', 2004, 'nato'],
    ['GEO', 1995, 'csto', 2000, 'none'],
    ['AZE', 1995, 'csto', 2000, 'none'],
    ['UZB', 2008, 'csto', 2013, 'csto-frozen'],
    ['FIN', 2022, 'none', 2023, 'nato'],
    ['SWE', 2023, 'none', 2024, 'nato'],
    ['ARM', 2023, 'csto', 2024, 'csto-frozen'],
    ['POL', 1998, 'none', 1999, 'nato'],
  ])('%s: %i %s, %i %s', async (code, y1, s1, y2, s2) => {
    const page = await context.newPage();
    await page.goto(urlFor(`/maps/?year=${y1}`));
    let { svg, table } = await statuses(page);
    expect(svg[code]).toBe(s1);
    expect(table[code]).toBe(s1);
    await setYear(page, y2);
    ({ svg, table } = await statuses(page));
    expect(svg[code]).toBe(s2);
    expect(table[code]).toBe(s2);
    await page.close();
  });

  it('keeps the table twin in step with the picture for every state and year', async () => {
    const page = await context.newPage();
    await page.goto(urlFor('/maps/'));
    const max = Number(await page.locator('#map-year').getAttribute('max'));
    for (const year of [1991, 1992, 1999, 2004, 2012, 2013, 2024, max]) {
      await setYear(page, year);
      const { svg, table } = await statuses(page);
      expect(table, String(year)).toEqual(svg);
      expect(await page.locator('[data-status-table] caption').textContent()).toContain(String(year));
    }
    await setYear(page, 1991);
    expect(Object.values((await statuses(page)).svg).filter((s) => s === 'csto')).toEqual([]);
    expect(await page.locator('[data-map-svg] path[data-zone="crimea"]').getAttribute('data-state')).toBe('future');
    await setYear(page, 2015);
    expect(await page.locator('[data-map-svg] path[data-zone="crimea"]').getAttribute('data-state')).toBe('active');
    expect(await page.locator('[data-zone="crimea"] [data-cell="zone-state"]').textContent()).toMatch(/outside government control/);
    await page.close();
  });

  it('shows a tooltip on hover and on keyboard focus', async () => {
    const page = await context.newPage();
    await page.goto(urlFor('/maps/?year=2004'));
    await page.locator('[data-map-svg] path[data-country="POL"]').hover({ force: true });
    const tip = page.locator('[data-map-tip]');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe('Poland: NATO member since 12 March 1999');
    await page.mouse.move(0, 0);
    await page.locator('#map-year').focus();
    const inMap = () => page.evaluate(() => document.activeElement?.hasAttribute('data-map-svg') ?? false);
    for (let i = 0; i < 4 && !(await inMap()); i++) await page.keyboard.press('Tab'); // from the slider into the map
    expect(await inMap()).toBe(true);
    expect(await tip.textContent()).toMatch(/^Albania: Neither NATO nor CSTO/);
    await page.keyboard.press('ArrowRight');
    expect(await tip.textContent()).toMatch(/^Andorra/);
    expect(await page.locator('[data-map-live]').textContent()).toMatch(/^Andorra/);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    await page.close();
  });

  it('runs under the site CSP without errors', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(urlFor('/maps/?year=1999'));
    expect(await page.locator('[data-map-controls]').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('axe after interaction', () => {
  it('has no WCAG 2.2 A/AA violations with another year and a tooltip showing, light and dark', async () => {
    const ctx = await browser.newContext({ bypassCSP: true });
    const page = await ctx.newPage();
    await page.goto(urlFor('/maps/?year=2013'));
    await page.locator('[data-map-svg] path[data-country="UZB"]').hover({ force: true });
    await page.evaluate(await readFile(require.resolve('axe-core/axe.min.js'), 'utf8'));
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: Array<{ id: string }> }> } }).axe;
        const r = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
        return r.violations.map((v) => v.id);
      });
      expect(violations, scheme).toEqual([]);
    }
    await ctx.close();
  });
});

describe('no geodata is fetched', () => {
  it.each(['/maps/', ...Object.keys(CASES).map((c) => `/cases/${c}/`)])('%s', async (sitePath) => {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(urlFor(sitePath), { waitUntil: 'networkidle' });
    expect(requests.filter((u) => /\.(json|geojson|topojson)(\?|$)/i.test(new URL(u).pathname))).toEqual([]);
    await page.close();
  });
});

describe('regional maps', () => {
  it.each(Object.entries(CASES))('%s shows its zones in a captioned figure', async (caseId, zones) => {
    const page = await context.newPage();
    await page.goto(urlFor(`/cases/${caseId}/`));
    const figure = page.locator('figure.map-regional');
    expect(await figure.count()).toBe(1);
    const svg = figure.locator('svg[role="img"]');
    expect(await svg.getAttribute('data-pagefind-ignore')).not.toBeNull();
    expect((await svg.locator('path[data-zone]').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-zone')))).sort()).toEqual([...zones].sort());
    expect(await svg.locator('path[data-country][data-status]').count()).toBeGreaterThanOrEqual(3);
    const caption = await figure.locator('figcaption').textContent();
    expect(caption).toMatch(/schematic/i);
    expect(caption).toMatch(/Natural Earth/);
    expect(caption).toMatch(/\d{1,2} [A-Z][a-z]+ \d{4}/); // the date whose status is shown
    await page.close();
  });
});

describe('downloads', () => {
  it('serves membership.csv, membership.json and zones.geojson built from the data', async () => {
    const page = await context.newPage();
    const csv = await (await page.request.get(urlFor('/data/membership.csv'))).text();
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('org,country,name,date,status,source,note');
    expect(lines.some((l) => l.startsWith('nato,FIN,Finland,2023-04-04,member,https://'))).toBe(true);
    const json = (await (await page.request.get(urlFor('/data/membership.json'))).json()) as { changes: unknown[] };
    expect(json.changes.length).toBe(lines.length - 1);
    const zones = (await (await page.request.get(urlFor('/data/zones.geojson'))).json()) as { features: Array<{ properties: { id: string } }> };
    expect(zones.features.map((f) => f.properties.id).sort()).toEqual([...ZONES].sort());
    await page.close();
  });
});

describe('budgets (gzip)', () => {
  it('/maps/ HTML and the JS it loads before interaction', async () => {
    const html = await gz('maps/index.html');
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
    await page.goto(urlFor('/maps/'), { waitUntil: 'networkidle' });
    const inline = await page.$$eval('script:not([src]):not([type="application/json"])', (s) => s.map((x) => x.textContent ?? '').join(''));
    let js = gzipSync(inline, { level: 9 }).length;
    for (const url of scripts) js += await gz(distFile(url));
    console.log(`[budget] /maps/ html ${html} B, js ${js} B (gzip)`);
    expect(html).toBeLessThanOrEqual(BUDGET.mapsHtml);
    expect(js).toBeLessThanOrEqual(BUDGET.mapsJs);
    await page.close();
  });
  it.each(Object.keys(CASES))('case page %s with its map', async (caseId) => {
    const size = await gz(`cases/${caseId}/index.html`);
    console.log(`[budget] /cases/${caseId}/ html ${size} B (gzip)`);
    expect(size).toBeLessThanOrEqual(BUDGET.caseHtml);
  });
  it('lists /maps/ in the sitemap', async () => {
    expect(await sitemapPaths()).toContain('/maps/');
  });

  it('the inset is recoloured with the main map, and Play steps through the years and stops at the end', async () => {
    const page = await context.newPage();
    const max = 2026;
    await page.goto(urlFor('/maps/?year=1991'));
    const inset = page.locator('[data-map-inset]');
    expect(await inset.locator('path[data-country]').count()).toBeGreaterThanOrEqual(5);
    expect(await inset.locator('path[data-zone="crimea"]').getAttribute('data-state')).toBe('future');
    const play = page.getByRole('button', { name: 'Play' });
    const last = Number(await page.locator('#map-year').getAttribute('max'));
    await page.locator('#map-year').evaluate((el, y) => { (el as HTMLInputElement).value = String(y); el.dispatchEvent(new Event('input')); }, last - 2);
    await play.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-map-play]').textContent()).toBe('Pause');
    await page.waitForFunction((y) => (document.querySelector('#map-year') as HTMLInputElement).value === String(y), last, { timeout: 4000 });
    await page.waitForFunction(() => document.querySelector('[data-map-play]')!.textContent === 'Play', null, { timeout: 2000 });
    expect(await inset.locator('path[data-zone="crimea"]').getAttribute('data-state')).toBe('active');
    expect(new URL(page.url()).searchParams.get('year')).toBe(String(last));
    void max;
    await page.close();
  });

  it('Play pauses, and with reduced motion it steps one year per press instead of animating', async () => {
    const page = await context.newPage();
    await page.goto(urlFor('/maps/?year=2000'));
    const button = page.locator('[data-map-play]');
    await button.click();
    await page.waitForFunction(() => (document.querySelector('#map-year') as HTMLInputElement).value !== '2000', null, { timeout: 3000 });
    await button.click();
    expect(await button.textContent()).toBe('Play');
    const paused = await page.locator('#map-year').inputValue();
    await page.waitForTimeout(900);
    expect(await page.locator('#map-year').inputValue()).toBe(paused);
    await page.close();

    const reduced = await browser.newContext({ reducedMotion: 'reduce' });
    const still = await reduced.newPage();
    await still.goto(urlFor('/maps/?year=2000'));
    const step = still.getByRole('button', { name: 'Next year' });
    await step.click();
    expect(await still.locator('#map-year').inputValue()).toBe('2001');
    await still.waitForTimeout(900);
    expect(await still.locator('#map-year').inputValue()).toBe('2001');
    await reduced.close();
  });
});
