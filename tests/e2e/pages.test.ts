/**
 * Every page in the sitemap: 200, one h1, a title, html lang, no console errors, headings with anchors,
 * and zero axe-core violations (WCAG 2.2 A/AA) in light and dark colour schemes.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { launch } from '../support/browser';
import { sitemapPaths, urlFor } from '../support/site';

let browser: Browser;
let context: BrowserContext;
const paths = await sitemapPaths();

beforeAll(async () => {
  browser = await launch();
  // axe is injected as a script; a strict CSP would (rightly) block it, so this context bypasses CSP.
  // The CSP itself is tested in csp.test.ts with a normal context.
  context = await browser.newContext({ bypassCSP: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('sitemap', () => {
  it('lists the core pages', () => {
    for (const p of ['/', '/about/', '/cases/', '/statements/', '/notes/', '/timeline/']) expect(paths).toContain(p);
  });
});

// Pages are independent, so up to `maxConcurrency` (vitest.config.ts) are checked at once; each test
// opens its own tab in the shared context. This halves the wall time of the suite on two cores.
describe('every page', () => {
  it.concurrent.each(paths)('%s loads cleanly, has one h1, a title, a lang, anchored headings and no axe violations', async (sitePath) => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    const response = await page.goto(urlFor(sitePath), { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').count()).toBe(1);
    expect((await page.title()).trim().length).toBeGreaterThan(0);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const unanchored = await page.$$eval('main h2, main h3', (hs) =>
      hs.filter((h) => !h.id || !h.querySelector(`a.heading-anchor[href="#${CSS.escape(h.id)}"]`)).map((h) => h.textContent),
    );
    expect(unanchored).toEqual([]);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), `${scheme} scheme`).toEqual([]);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('not found', () => {
  it('serves the 404 page for an unknown address', async () => {
    const page = await context.newPage();
    const response = await page.goto(urlFor('/no-such-page/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toContain('not found');
    await page.close();
  });
});
