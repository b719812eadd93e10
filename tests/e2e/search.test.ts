/** Search on the built site: Pagefind index, facets, sort, URL state, name variants, keyboard, budget. */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { launch } from '../support/browser';
import { base, urlFor } from '../support/site';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

async function resultsFor(page: Page): Promise<Array<{ href: string; title: string; meta: string }>> {
  await page.waitForSelector('[data-search-root][data-done]');
  return page.$$eval('[data-results] > li', (items) => items.map((li) => ({
    href: li.querySelector('a')!.getAttribute('href')!.replace(/\?pagefind-highlight=[^#]*/, ''), // the highlight parameter is tested on its own
    title: li.querySelector('h3')!.textContent!.trim(),
    meta: li.querySelector('.meta')!.textContent!.trim(),
  })));
}

async function open(query: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(urlFor(`/search/${query}`));
  return page;
}

describe('search', () => {
  it('?q=Bucharest lists the 2008 Bucharest Summit Declaration among the first three results', async () => {
    const page = await open('?q=Bucharest');
    const results = await resultsFor(page);
    expect(results.slice(0, 3).map((r) => r.href)).toContain(`${base()}statements/nato-2008-04-03-bucharest-summit-declaration/`);
    await page.close();
  });

  it('CSTO + Georgia filters list only CSTO statements on Georgia, and date sorting orders them', async () => {
    const page = await open('?org=CSTO&case=Georgia+2008&type=Statement&sort=oldest');
    const results = await resultsFor(page);
    expect(results.length).toBeGreaterThanOrEqual(6);
    for (const r of results) {
      expect(r.href).toMatch(/\/statements\/csto-/);
      expect(r.meta).toContain('CSTO');
      expect(r.meta).toContain('Georgia 2008');
    }
    const dates = results.map((r) => r.href.match(/csto-(\d{4}-\d{2}-\d{2})/)![1]!);
    expect(dates).toEqual([...dates].sort());
    await page.selectOption('select[name="sort"]', 'newest');
    await page.waitForURL(/sort=newest/);
    await page.waitForFunction((first) => document.querySelector('[data-results] a')?.getAttribute('href') !== first, results[0]!.href);
    const newest = (await resultsFor(page)).map((r) => r.href.match(/csto-(\d{4}-\d{2}-\d{2})/)![1]!);
    expect(newest).toEqual([...newest].sort().reverse());
    await page.close();
  });

  it('restores query, filters and sort from the URL, and after back/forward', async () => {
    const page = await open('?q=territorial+integrity&org=NATO&sort=newest');
    const first = await resultsFor(page);
    const total = async () => Number(await page.getAttribute('[data-search-root]', 'data-done'));
    const firstTotal = await total();
    expect(await page.inputValue('input[name="q"]')).toBe('territorial integrity');
    expect(await page.isChecked('input[name="org"][value="NATO"]')).toBe(true);
    expect(await page.inputValue('select[name="sort"]')).toBe('newest');
    await page.check('input[name="case"][value="Ukraine 2014"]');
    await page.waitForURL(/case=Ukraine/);
    await resultsFor(page);
    expect(await total()).toBeLessThan(firstTotal);
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('case='));
    await page.waitForFunction((n) => document.querySelectorAll('[data-results] > li').length === n, first.length);
    expect((await resultsFor(page)).map((r) => r.href)).toEqual(first.map((r) => r.href));
    expect(await total()).toBe(firstTotal);
    expect(await page.isChecked('input[name="case"][value="Ukraine 2014"]')).toBe(false);
    await page.goForward();
    await page.waitForURL(/case=Ukraine/);
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="case"][value="Ukraine 2014"]')?.checked, null, { timeout: 5000 });
    expect(await page.isChecked('input[name="case"][value="Ukraine 2014"]')).toBe(true);
    await page.close();
  });

  it.each([
    ['Tskhinval', /georgia|ossetia|tskhinvali/i],
    ['Artsakh', /karabakh/i],
    ['Karabagh', /karabakh/i],
    ['Lugansk', /ukraine|luhansk|donbas|minsk/i],
    ['Krym', /crimea|ukraine/i],
    ['Kiev', /ukraine|kyiv/i],
    ['ОДКБ', /csto/i],
    ['Организация Договора о коллективной безопасности', /csto/i],
  ])('name variant %s returns relevant results', async (word, pattern) => {
    const page = await open(`?q=${encodeURIComponent(word)}`);
    const results = await resultsFor(page);
    expect(results.length).toBeGreaterThan(0);
    expect(results.slice(0, 3).some((r) => pattern.test(`${r.href} ${r.title}`))).toBe(true);
    await page.close();
  });

  it('is usable with the keyboard alone', async () => {
    const page = await browser.newPage();
    await page.goto(urlFor('/about/'));
    await page.keyboard.press('/');
    await page.waitForURL(/\/search\/$/);
    await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'q');
    await page.keyboard.type('Minsk');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=Minsk/);
    await resultsFor(page);
    // Tab from the box reaches the sort control, facets and the first result link.
    const reached = new Set<string>();
    for (let i = 0; i < 80 && !reached.has('result'); i++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => {
        const a = document.activeElement;
        if (a?.closest('[data-results]')) return 'result';
        return a?.getAttribute('name') ?? a?.tagName ?? '';
      }));
    }
    expect(reached.has('sort')).toBe(true);
    expect(reached.has('type')).toBe(true);
    expect(reached.has('result')).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => !u.pathname.endsWith('/search/'));
    await page.close();
  });

  it('the first search transfers at most 150 KB gzip (Pagefind JS, WASM, index chunks, fragments)', async () => {
    const page = await browser.newPage();
    const bodies: Promise<number>[] = [];
    page.on('response', (res) => {
      if (res.url().includes('/pagefind/')) bodies.push(res.body().then((b) => gzipSync(b).length));
    });
    await page.goto(urlFor('/search/?q=Bucharest'));
    await resultsFor(page);
    const sizes = await Promise.all(bodies);
    const total = sizes.reduce((a, b) => a + b, 0);
    console.log(`first search: ${sizes.length} requests, ${(total / 1024).toFixed(1)} KB gzip`);
    expect(sizes.length).toBeGreaterThan(3);
    expect(total).toBeLessThanOrEqual(150 * 1024);
    await page.close();
  });

  it('lists the facets without Pagefind filter files, and loads their counts when the reader turns to them', async () => {
    const page = await browser.newPage();
    const filterFiles: string[] = [];
    page.on('request', (req) => { if (req.url().includes('/pagefind/filter/')) filterFiles.push(req.url()); });
    await page.goto(urlFor('/search/?q=Bucharest'));
    await resultsFor(page);
    expect(filterFiles).toEqual([]);
    for (const [param, value] of [['type', 'Statement'], ['org', 'CSTO'], ['case', 'Georgia 2008'], ['year', '2008']]) {
      expect(await page.locator(`input[name="${param}"][value="${value}"]`).count()).toBe(1);
    }
    expect(await page.locator('.facet-stance input').count()).toBeGreaterThan(3);
    await page.hover('[data-facets]');
    await page.waitForFunction(() => /\(\d+\)/.test(document.querySelector('.facet-org .count')?.textContent ?? ''));
    expect(filterFiles.length).toBeGreaterThan(0);
    await page.close();
  });

  it('passes axe in light and dark with results and facets open', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(urlFor('/search/?q=Minsk&org=NATO'));
    await resultsFor(page);
    expect(await page.locator('[data-results] > li').count()).toBeGreaterThan(0);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), scheme).toEqual([]);
    }
    await context.close();
  });

  it('explains itself and links the lists with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(urlFor('/search/'));
    expect(await page.locator('[data-nojs]').isVisible()).toBe(true);
    expect(await page.locator('[data-nojs] a[href$="/statements/"]').count()).toBe(1);
    expect(await page.locator('[data-nojs] a[href$="/notes/"]').count()).toBe(1);
    await context.close();
  });

  // A case page must come up in the first three results for its own names and their other spellings.
  it.each([
    ['Tskhinvali', 'georgia-2008'], ['Tskhinval', 'georgia-2008'], ['Abkhazia', 'georgia-2008'],
    ['Artsakh', 'nagorno-karabakh'], ['Stepanakert', 'nagorno-karabakh'],
    ['Crimea', 'ukraine-2014'], ['Donbas', 'ukraine-2014'],
  ])('?q=%s ranks /cases/%s/ in the top three', async (word, caseId) => {
    const page = await open(`?q=${encodeURIComponent(word)}`);
    const results = await resultsFor(page);
    expect(results.slice(0, 3).map((r) => r.href)).toContain(`${base()}cases/${caseId}/`);
    await page.close();
  });

  it('excerpts and section titles come from the page text, never from the name-variant metadata', async () => {
    for (const word of ['Tskhinval', 'Artsakh', 'Abkhazia']) {
      const page = await open(`?q=${word}`);
      await resultsFor(page);
      const texts = await page.$$eval('[data-results] .excerpt, [data-results] .sub-results a', (els) => els.map((e) => e.textContent ?? ''));
      for (const t of texts) {
        expect(t.trimStart().startsWith('·'), t).toBe(false);
        expect(t, t).not.toMatch(/Südossetien|Abchasien|Аҧсны|Ossétie du Sud/);
      }
      await page.close();
    }
  });

  it('a result opens with the search words highlighted on the page', async () => {
    const page = await open('?q=Crimea');
    await resultsFor(page);
    const href = (await page.locator('[data-results] > li a').first().getAttribute('href'))!;
    expect(href).toContain('pagefind-highlight=crimea');
    await page.goto(new URL(href, page.url()).href);
    await page.waitForSelector('main mark');
    expect((await page.locator('main mark').first().textContent())!.toLowerCase()).toContain('crimea');
    await page.close();
  });

  it('with no results, it suggests other spellings and offers to remove the filters', async () => {
    const page = await open('?q=qwxyzptk&org=NATO');
    await resultsFor(page);
    const zero = page.locator('[data-zero]');
    expect(await zero.isVisible()).toBe(true);
    expect(await zero.textContent()).toMatch(/spelling/);
    await zero.getByRole('button', { name: 'Remove all filters' }).click();
    await page.waitForURL((u) => !u.search.includes('org='));
    await page.close();
  });

  it('on a 390 px phone the filters fold behind "Filters (n active)" and the first result shows without scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(urlFor('/search/?q=Crimea&org=NATO'));
    await resultsFor(page);
    const filters = page.locator('[data-filters]');
    expect(await filters.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect((await filters.locator(':scope > summary').textContent())!.replace(/\s+/g, ' ').trim()).toBe('Filters (1 active)');
    const box = await page.locator('[data-results] > li').first().boundingBox();
    expect(box!.y).toBeLessThan(844 - 40);
    await filters.locator(':scope > summary').click();
    expect(await page.locator('.facet-org input').count()).toBeGreaterThan(0);
    // empty values are left out; long groups are cut to the first few
    const counts = await page.$$eval('.facet-option:not([hidden]) .count', (els) => els.map((e) => e.textContent));
    expect(counts).not.toContain('(0)');
    await context.close();
  });
});
