/**
 * "Copy link to this view" on the pages that keep their state in the address (search, the map explorer):
 * a keyboard-usable button copies location.href, query string included, and announces "Link copied";
 * without scripts the control is not shown.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/browser';
import { urlFor } from '../support/site';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe.each(['/search/?q=Bucharest&org=NATO', '/maps/?year=2008'])('copy link to this view on %s', (path) => {
  it('copies the full address and announces it politely', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(urlFor(path));
    const button = page.getByRole('button', { name: 'Copy link to this view' });
    expect(await button.isVisible()).toBe(true);
    await button.focus();
    await page.keyboard.press('Enter');
    const status = page.locator('[data-copy-view] [role="status"]');
    await expect.poll(() => status.textContent()).toBe('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(new URL(copied).search).not.toBe('');
    await context.close();
  });

  it('is hidden when scripts do not run', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(urlFor(path));
    expect(await page.locator('[data-copy-view]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-copy-view]').first().isVisible()).toBe(false);
    await context.close();
  });
});
