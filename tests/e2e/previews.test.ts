/**
 * Preview cards and case-page enhancements: a footnote reference opens a card on keyboard focus, Escape closes
 * it; a glossary link in running text opens a card on click with a link to the full note (a second click
 * follows the link); without JavaScript the same link is a plain link. On a wide screen the case page's
 * contents mark the section being read and the footnotes sit in the margin.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/browser';
import { urlFor } from '../support/site';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe('previews', () => {
  it('a footnote reference previews its note on keyboard focus; Escape closes it', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(urlFor('/cases/georgia-2008/'));
    const ref = page.locator('a[data-footnote-ref]').first();
    await ref.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const card = page.locator('#link-preview');
    await expect.poll(() => card.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    expect(await card.textContent()).toContain('Go to the note');
    expect(await ref.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => card.evaluate((el) => el.matches(':popover-open'))).toBe(false);
    await page.close();
  });

  it('a glossary link in running text opens a card on click, with a link to the full note', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(urlFor('/cases/georgia-2008/'));
    const link = page.locator('.prose a[href*="/notes/"]').first();
    const before = page.url();
    await link.click();
    const card = page.locator('#link-preview');
    await expect.poll(() => card.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    expect(page.url()).toBe(before);
    const cardHref = (await card.locator('a').getAttribute('href'))!;
    expect(new URL(cardHref, page.url()).pathname).toBe(await link.getAttribute('href'));
    await page.close();
  });

  it('without JavaScript the same link is a plain link', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(urlFor('/cases/georgia-2008/'));
    const link = page.locator('.prose a[href*="/notes/"]').first();
    const href = await link.getAttribute('href');
    await link.click();
    await page.waitForURL((u) => u.pathname === href);
    await context.close();
  });
});

describe('case page on a wide screen', () => {
  it('sets footnotes in the margin and marks the section being read in the contents', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(urlFor('/cases/georgia-2008/'));
    await expect.poll(() => page.locator('.case-layout.has-sidenotes').count()).toBe(1);
    const note = page.locator('section[data-footnotes] li').first();
    const prose = page.locator('.prose').first();
    const noteBox = (await note.boundingBox())!;
    const proseBox = (await prose.boundingBox())!;
    expect(noteBox.x).toBeGreaterThan(proseBox.x + proseBox.width);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => page.locator('.toc a[aria-current="true"]').getAttribute('href')).toBe('#statements');
    await page.close();
  });
});
