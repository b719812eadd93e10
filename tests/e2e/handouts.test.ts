/**
 * The printable handouts: each prints on exactly one A4 page and one Letter page (Chromium's own PDF output,
 * pages counted in the PDF), shows the case page's permalink, and offers a print button only when scripts run.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/dates';
import { CASE_IDS } from '../../src/lib/vocab';
import { STATUS_AS_OF } from '../../src/site';
import { launch } from '../support/browser';
import { urlFor } from '../support/site';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** Page objects in a PDF: "/Type /Page" dictionaries, not the "/Type /Pages" tree nodes. */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

describe('pdfPageCount', () => {
  it.each([
    ['<< /Type /Pages /Count 1 >> << /Type /Page /Parent 1 0 R >>', 1],
    ['<</Type/Page/Parent 1 0 R>> <</Type /Page>> <</Type/Pages>>', 2],
    ['<< /Type /Catalog >>', 0],
  ])('%s → %i', (text, n) => {
    expect(pdfPageCount(Buffer.from(text, 'latin1'))).toBe(n);
  });
});

describe.each(CASE_IDS)('handout %s', (id) => {
  it('prints on exactly one A4 page and one Letter page', async () => {
    const page = await browser.newPage();
    await page.goto(urlFor(`/cases/${id}/handout/`), { waitUntil: 'load' });
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdfPageCount(pdf), `${id} on ${format}`).toBe(1);
    }
    await page.close();
  });

  it('prints the case page’s canonical URL as the permalink, with the article’s DOI', async () => {
    const page = await browser.newPage();
    await page.goto(urlFor(`/cases/${id}/`));
    const canonical = await page.getAttribute('link[rel="canonical"]', 'href');
    expect(canonical).toMatch(new RegExp(`/cases/${id}/$`));
    await page.goto(urlFor(`/cases/${id}/handout/`));
    await page.emulateMedia({ media: 'print' });
    const permalink = page.locator('.permalink');
    expect(await permalink.isVisible()).toBe(true);
    expect((await permalink.textContent())?.replace(/\s+/g, ' ').trim()).toBe(`Permalink: ${canonical}`);
    expect(await page.locator('main').textContent()).toContain('https://doi.org/10.1080/14631377.2020.1800316');
    await page.close();
  });

  it('has the facts, 4–6 key dates and the discussion questions', async () => {
    const page = await browser.newPage();
    await page.goto(urlFor(`/cases/${id}/handout/`));
    const terms = await page.$$eval('.facts dt', (dts) => dts.map((d) => d.textContent?.trim()));
    expect(terms).toEqual(['Parties', 'Period', 'Territory', 'Status today', "NATO's response", "CSTO's response"]);
    const dates = await page.locator('.dates li time').count();
    expect(dates).toBeGreaterThanOrEqual(4);
    expect(dates).toBeLessThanOrEqual(6);
    expect(await page.locator('.questions li').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.facts').textContent()).toContain(`Status as of ${formatDate(STATUS_AS_OF)}`);
    await page.close();
  });

  it('shows a print button and a link back to the case on screen; no button without scripts', async () => {
    const page = await browser.newPage();
    await page.goto(urlFor(`/cases/${id}/handout/`));
    const button = page.getByRole('button', { name: 'Print this handout' });
    expect(await button.isVisible()).toBe(true);
    await page.evaluate(() => { (window as unknown as { printed: number }).printed = 0; window.print = () => { (window as unknown as { printed: number }).printed++; }; });
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    expect(await page.getByRole('link', { name: 'Back to the case page' }).getAttribute('href')).toMatch(new RegExp(`/cases/${id}/$`));
    await page.emulateMedia({ media: 'print' });
    expect(await button.isVisible()).toBe(false);
    await page.close();

    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(urlFor(`/cases/${id}/handout/`));
    expect(await noJs.locator('button[data-print-handout]').isVisible()).toBe(false);
    await context.close();
  });
});
