/**
 * Citations: /article/ carries the Highwire Press tags and JSON-LD without any CSP violation, shows the APA
 * reference, offers .bib/.ris/.json downloads that citation-js reads back to the same DOI and title, and its
 * copy buttons work by keyboard and announce "Copied". Every page's footer cites the page itself, with its
 * canonical URL and a last-updated date, in all seven formats.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE } from '../../src/site';
import { citationJs } from '../../src/lib/cite/engine';
import { launch } from '../support/browser';
import { origin, sitemapPaths, urlFor } from '../support/site';

const FIELDS = ['citation_title', 'citation_author', 'citation_journal_title', 'citation_volume', 'citation_issue', 'citation_firstpage', 'citation_lastpage', 'citation_publication_date', 'citation_doi'];
const APA_START = 'Guliyev, F., & Gawrich, A. (2021).';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: origin() });
});
afterAll(async () => {
  await browser?.close();
});

declare global {
  interface Window { __violations?: string[] }
}

/** Open a page with CSP enforced, recording violations and console errors from the start. */
async function open(sitePath: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations!.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  const response = await page.goto(urlFor(sitePath), { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  return { page, errors };
}

async function fetchText(sitePath: string): Promise<string> {
  const res = await fetch(urlFor(sitePath));
  expect(res.status).toBe(200);
  return res.text();
}

const parse = (text: string) => new (citationJs().Cite)(text).data;

describe('/article/', () => {
  it('has the Highwire Press tags, two authors, and valid ScholarlyArticle JSON-LD, with no CSP violation', async () => {
    const { page, errors } = await open('/article/');
    const meta = await page.$$eval('head meta[name^="citation_"]', (ms) => ms.map((m) => [m.getAttribute('name')!, m.getAttribute('content')!] as const));
    const names = new Set(meta.map(([n]) => n));
    for (const f of FIELDS) expect(names, f).toContain(f);
    expect(meta.filter(([n]) => n === 'citation_author').map(([, v]) => v)).toEqual(['Guliyev, Farid', 'Gawrich, Andrea']);
    expect(Object.fromEntries(meta.filter(([n]) => n !== 'citation_author' && n !== 'citation_issn'))).toMatchObject({
      citation_title: ARTICLE.title, citation_journal_title: ARTICLE.journal, citation_volume: '33', citation_issue: '2-3',
      citation_firstpage: '283', citation_lastpage: '304', citation_publication_date: '2021', citation_doi: ARTICLE.doi,
    });
    const ld = await page.$$eval('script[type="application/ld+json"]', (ss) => ss.map((s) => s.textContent ?? ''));
    const article = ld.map((t) => JSON.parse(t) as Record<string, unknown>).find((d) => d['@type'] === 'ScholarlyArticle');
    expect(article).toMatchObject({ headline: ARTICLE.title, '@id': `https://doi.org/${ARTICLE.doi}` });
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => window.__violations)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the APA reference', async () => {
    const { page } = await open('/article/');
    expect((await page.textContent('#cite-apa'))?.trim().startsWith(APA_START)).toBe(true);
    await page.close();
  });

  it.each([
    ['/data/guliyev-gawrich-2021.bib'],
    ['/data/guliyev-gawrich-2021.ris'],
    ['/data/guliyev-gawrich-2021.json'],
  ])('%s round-trips through citation-js to the same DOI and title', async (file) => {
    const [item] = parse(await fetchText(file));
    expect(item).toMatchObject({ DOI: ARTICLE.doi, title: ARTICLE.title });
  });

  it('links the downloads from the citation block', async () => {
    const { page } = await open('/article/');
    const links = await page.$$eval('.cite-block a[download]', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.map((l) => l.replace(/^.*\/data\//, '/data/'))).toEqual(['/data/guliyev-gawrich-2021.bib', '/data/guliyev-gawrich-2021.ris', '/data/guliyev-gawrich-2021.json']);
    await page.close();
  });

  it('copy buttons copy the exact text by keyboard and announce "Copied"', async () => {
    const { page } = await open('/article/');
    for (const [button, target] of [['cite-apa', '#cite-apa'], ['cite-bibtex', '#cite-bibtex']] as const) {
      const selector = `button[data-copy="${button}"]`;
      await page.locator(selector).evaluate((b) => b.closest('details')?.setAttribute('open', ''));
      await expect.poll(() => page.isVisible(selector)).toBe(true);
      await page.focus(selector);
      await page.keyboard.press('Enter');
      const status = page.locator('[data-copy-status][role="status"][aria-live="polite"]');
      await expect.poll(() => status.textContent()).toMatch(/^Copied/);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(await page.textContent(target));
    }
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@article\{/);
    // a second keyboard activation, with Space, copies the APA text again
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.focus('button[data-copy="cite-apa"]');
    await page.keyboard.press(' ');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Guliyev, F\., & Gawrich/);
    await page.close();
  });
});

describe('Cite this page', () => {
  const statement = async () => (await sitemapPaths()).find((p) => /^\/statements\/[^/]+\/$/.test(p))!;

  it('a statement page cites itself with its canonical URL and a date', async () => {
    const { page, errors } = await open(await statement());
    const canonical = await page.getAttribute('link[rel="canonical"]', 'href');
    expect(canonical).toBeTruthy();
    const block = page.locator('footer details.cite-page');
    expect(await block.count()).toBe(1);
    expect(await block.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const text = (await block.textContent()) ?? '';
    expect(text).toContain(canonical!);
    const datetime = await block.locator('time').getAttribute('datetime');
    expect(datetime).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.textContent('#cite-page-apa')).toMatch(/\(\d{4}, [A-Z][a-z]+ \d{1,2}\)\. /);
    expect(text).toContain('accessed [date]');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers the page in all seven formats, the machine-readable ones parsing back to its URL and date', async () => {
    const { page } = await open(await statement());
    const canonical = (await page.getAttribute('link[rel="canonical"]', 'href'))!;
    const datetime = (await page.locator('footer details.cite-page time').getAttribute('datetime'))!;
    const [y, m, d] = datetime.split('-').map(Number);
    for (const f of ['apa', 'chicago', 'mla', 'harvard']) expect(await page.textContent(`#cite-page-${f}`), f).toContain(canonical);
    for (const f of ['bibtex', 'ris', 'csljson']) {
      const [item] = parse((await page.textContent(`#cite-page-${f}`))!);
      expect(item, f).toMatchObject({ URL: canonical, issued: { 'date-parts': [[y, m, d]] } });
    }
    await page.close();
  });
});

describe('Cite this record', () => {
  it("every record's .bib and .ris downloads hold exactly the text its page shows, and parse back to the record", async () => {
    const records = (await sitemapPaths()).filter((p) => /^\/statements\/[^/]+\/$/.test(p));
    expect(records.length).toBeGreaterThan(100);
    const page = await context.newPage();
    for (const path of [records[0]!, records[Math.floor(records.length / 2)]!, records[records.length - 1]!]) {
      await page.goto(urlFor(path));
      const title = (await page.textContent('main h1'))!.trim();
      const shown = {
        bib: await page.locator('pre[data-record-citation="bibtex"]').textContent(),
        ris: await page.locator('pre[data-record-citation="ris"]').textContent(),
      };
      const href = { bib: await page.getAttribute('a[href$=".bib"][download]', 'href'), ris: await page.getAttribute('a[href$=".ris"][download]', 'href') };
      for (const ext of ['bib', 'ris'] as const) {
        expect(href[ext], `${path} links its .${ext}`).toBe(urlFor(path).replace(origin(), '').replace(/\/$/, `.${ext}`));
        const response = await fetch(new URL(href[ext]!, origin()));
        expect(response.status, `${path}.${ext}`).toBe(200);
        const text = await response.text();
        expect(text, `${path}: .${ext} equals the page's block`).toBe(shown[ext]);
        const [item] = parse(text);
        expect(item, `${path}.${ext}`).toMatchObject({ title });
      }
    }
    await page.close();
  });
});
