/** The timeline is drawn at build time: with JavaScript off the SVG and its marks are there. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/browser';
import { urlFor } from '../support/site';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe('timeline', () => {
  it('renders the SVG chart with JavaScript disabled, a mark per statement in each of its cases', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(urlFor('/timeline/'));
    const svg = page.locator('figure.timeline svg');
    await expect.poll(() => svg.count()).toBe(1);
    const records = (await (await fetch(urlFor('/data/statements.json'))).json()) as Array<{ id: string; cases: string[] }>;
    const expected = records.reduce((n, r) => n + r.cases.length, 0);
    expect(await page.locator('svg a.mark-nato, svg a.mark-csto').count()).toBe(expected);
    expect(await page.locator('svg a.mark-events').count()).toBeGreaterThan(10);
    const first = page.locator('svg a.mark-nato').first();
    expect(await first.getAttribute('href')).toMatch(/\/statements\/nato-/);
    await context.close();
  });

  it('shows the title of a focused mark (keyboard)', async () => {
    const page = await browser.newPage();
    await page.goto(urlFor('/timeline/'));
    const mark = page.locator('svg a.mark-csto').first();
    await mark.focus();
    await expect.poll(() => page.locator('.timeline-tip').textContent()).toContain('CSTO');
    await page.close();
  });
});
