/**
 * Phone layout: on EVERY page of the sitemap at 390 px wide, nothing scrolls sideways
 * (document.documentElement.scrollWidth ≤ innerWidth), and the header stays one row (≤ 64 px tall).
 * Wide content (tables, the timeline, maps) must scroll inside its own wrapper, never the page.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/browser';
import { sitemapPaths, urlFor } from '../support/site';

let browser: Browser;
let context: BrowserContext;
const paths = await sitemapPaths();

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
});
afterAll(async () => {
  await browser?.close();
});

describe('at 390 px wide', () => {
  it.concurrent.each(paths)('%s does not scroll sideways and keeps a one-row header', async (sitePath) => {
    const page = await context.newPage();
    await page.goto(urlFor(sitePath), { waitUntil: 'load' });
    const m = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth,
      header: document.querySelector('.site-header')?.getBoundingClientRect().height ?? 0,
    }));
    expect(m.scrollWidth, `scrollWidth ${m.scrollWidth} > ${m.innerWidth}`).toBeLessThanOrEqual(m.innerWidth);
    expect(m.header).toBeLessThanOrEqual(64);
    await page.close();
  });
});
