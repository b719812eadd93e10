/** The response matrix (home and /compare/), the statements-per-year chart and the latency table, with their text twins. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { launch } from '../support/browser';
import { base, urlFor } from '../support/site';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe('response matrix', () => {
  it.each(['/', '/compare/'])('%s shows the 2 × 3 matrix as a table whose caption states the levels', async (path) => {
    const page = await browser.newPage();
    await page.goto(urlFor(path));
    const table = page.locator('table.response-matrix');
    expect(await table.locator('caption').textContent()).toMatch(/NATO: active in .*CSTO: /);
    expect(await table.locator('tbody tr').count()).toBe(2);
    expect(await table.locator('td[data-level]').count()).toBe(6);
    for (const cell of await table.locator('td[data-level]').all()) {
      expect(await cell.locator('.level').textContent()).toMatch(/Active|Declaratory|Minimal|None/);
      expect(await cell.locator(`a[href^="${base()}statements/"]`).count()).toBeGreaterThan(0);
    }
    await page.close();
  });

  it.each([
    ['/', 390], ['/compare/', 390], ['/compare/', 720],
  ])('%s at %i px stacks the matrix by case, each cell labelled with its organisation, with no sideways scroll', async (path, width) => {
    const context = await browser.newContext({ viewport: { width, height: 844 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(urlFor(path));
    const table = page.locator('table.response-matrix');
    const wrap = await table.evaluate((t) => ({ scrollWidth: t.parentElement!.scrollWidth, clientWidth: t.parentElement!.clientWidth }));
    expect(wrap.scrollWidth, `matrix wrapper scrollWidth ${wrap.scrollWidth} > clientWidth ${wrap.clientWidth}`).toBeLessThanOrEqual(wrap.clientWidth);
    const cells = await table.locator('td[data-level]').evaluateAll((tds) => tds.map((td) => {
      const before = getComputedStyle(td, '::before');
      const box = td.getBoundingClientRect();
      return { org: td.getAttribute('data-org'), label: td.getAttribute('data-org-label'), content: before.content, display: before.display, left: box.left, width: box.width, top: box.top };
    }));
    expect(cells).toHaveLength(6);
    for (const c of cells) {
      expect(c.label).toBe(c.org === 'nato' ? 'NATO' : 'CSTO');
      expect(c.display).not.toBe('none');
      expect(c.content).toContain(c.label!);
    }
    // stacked: every cell spans the same column, one under the other (NATO then CSTO for each case)
    expect(new Set(cells.map((c) => Math.round(c.left))).size).toBe(1);
    const byTop = [...cells].sort((a, b) => a.top - b.top).map((c) => c.org);
    expect(byTop).toEqual(['nato', 'csto', 'nato', 'csto', 'nato', 'csto']);
    // still one table for assistive technology: column headers, row headers and cells keep their roles
    expect(await table.getByRole('columnheader').count()).toBe(4);
    expect(await table.getByRole('rowheader').count()).toBe(2);
    expect(await table.getByRole('cell').count()).toBe(6);
    await context.close();
  });

  it.each(['/', '/compare/', '/embed/response-matrix/'])('%s at 390 px: the stacked matrix has no axe violations in light and dark', async (path) => {
    // axe is injected as a script, so this context bypasses CSP (as in pages.test.ts, which runs at desktop width)
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(urlFor(path));
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), `${scheme} scheme`).toEqual([]);
    }
    await context.close();
  });

  it('at 1280 px the matrix keeps its 2 × 3 grid (two rows, three case columns)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(urlFor('/compare/'));
    const tops = await page.locator('table.response-matrix td[data-level]').evaluateAll((tds) => tds.map((td) => Math.round(td.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(2);
    expect(await page.locator('table.response-matrix td[data-level]').first().evaluate((td) => getComputedStyle(td, '::before').content)).toBe('none');
    await page.close();
  });

  it('the home page puts the matrix first after the title and Start here before the other sections', async () => {
    const page = await browser.newPage();
    await page.goto(urlFor('/'));
    const order = await page.$$eval('main > h1, main > .table-scroll, main h2', (els) => els.map((e) => e.tagName === 'H2' ? e.id : e.tagName));
    expect(order.slice(0, 3)).toEqual(['H1', 'DIV', 'start-here']);
    expect(await page.locator(`main a[href="${base()}teach/"]`).count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'compare the responses side by side' }).getAttribute('href')).toBe(`${base()}compare/`);
    expect(await page.locator('.lede').textContent()).toMatch(/Economies \(doi:/);
    await page.close();
  });
});

describe('/compare/ chart and latency table', () => {
  it('the statements-per-year chart has a point-stating title, a source line, linked bars and a counts table', async () => {
    const page = await browser.newPage();
    await page.goto(urlFor('/compare/'));
    const fig = page.locator('.spy');
    expect(await fig.locator('.spy-title').textContent()).toMatch(/cluster in \d{4}, \d{4} and \d{4}/);
    expect(await fig.locator('figcaption').textContent()).toMatch(/Source:/);
    const bar = fig.locator('svg a').first();
    expect(await bar.getAttribute('href')).toMatch(new RegExp(`^${base()}statements/\\?org=(nato|csto)&case=[a-z0-9-]+&from=(\\d{4})&to=\\2$`));
    expect(await fig.locator('svg .spy-csto .bar-silence, svg .spy-nato .bar-silence').count()).toBeGreaterThan(0);
    const twin = fig.locator('details table');
    expect(await twin.locator('thead th').count()).toBe(7);
    expect(await twin.locator('tbody tr').count()).toBeGreaterThan(10);
    // the bar's link lists exactly the records it counts
    const label = (await bar.getAttribute('aria-label'))!;
    const n = [...label.matchAll(/(\d+) (?:statement|documented)/g)].reduce((t, m) => t + Number(m[1]), 0);
    await page.goto(new URL((await bar.getAttribute('href'))!, page.url()).href);
    await page.waitForFunction(() => document.querySelectorAll('tr[data-org]:not([hidden])').length > 0);
    expect(await page.locator('tr[data-org]:not([hidden])').count()).toBe(n);
    await page.close();
  });

  it('the latency table gives days or "No statement" for every key event, linked to the records', async () => {
    const page = await browser.newPage();
    await page.goto(urlFor('/compare/'));
    const table = page.locator('table.latency');
    expect(await table.locator('caption').textContent()).toMatch(/within 90 days/);
    const rows = await table.locator('tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(10);
    expect(await table.locator('td[data-status]').count()).toBe(rows * 2);
    for (const cell of await table.locator('td[data-status="statement"]').all()) {
      expect(await cell.locator('a').first().textContent()).toMatch(/^(same day|\d+ days?)$/);
    }
    expect(await table.locator('td[data-status="silence"]').first().textContent()).toMatch(/No statement/);
    await page.close();
  });
});
