/**
 * Issue 16 part B: the changelog and its feed list real entries; ?as-of= marks changed sections; the syllabus
 * pack keeps its selection in the URL, prints one paginated document with page numbers and exports a Common
 * Cartridge that validates structurally; the factor exercise round-trips its answers through the URL and works
 * as a plain form with JavaScript disabled.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CC } from '../../src/lib/teach/pack';
import { launch } from '../support/browser';
import { base, dist, urlFor } from '../support/site';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const hasPdftotext = (() => { try { execFileSync('pdftotext', ['-v'], { stdio: 'ignore' }); return true; } catch { return false; } })();
const pdfPageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

describe('what changed', () => {
  it('/changes/ lists dated entries that link to real records', async () => {
    const page = await browser.newPage();
    const res = await page.goto(urlFor('/changes/'));
    expect(res?.status()).toBe(200);
    const days = await page.$$eval('[data-change-day]', (els) => els.map((e) => e.getAttribute('data-change-day')));
    expect(days.length).toBeGreaterThan(0);
    expect(days.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d ?? ''))).toBe(true);
    expect([...days].sort().reverse()).toEqual(days); // newest first
    const link = page.locator('.change-items a[href*="/statements/"]').first();
    const target = await link.getAttribute('href');
    expect(target).toMatch(/\/statements\/[a-z0-9-]+\/$/);
    expect((await page.goto(new URL(target!, page.url()).href))?.status()).toBe(200);
    await page.close();
  });

  it('the Atom feed is well-formed, linked from /changes/, with absolute links', async () => {
    const xml = readFileSync(path.join(dist(), 'changes.xml'), 'utf8');
    const page = await browser.newPage();
    await page.goto(urlFor('/changes/'));
    expect(await page.getAttribute('link[rel="alternate"][type="application/atom+xml"]', 'href')).toBe(`${base()}changes.xml`);
    const parsed = await page.evaluate((text) => {
      const d = new DOMParser().parseFromString(text, 'application/xml');
      const ns = 'http://www.w3.org/2005/Atom';
      return {
        error: d.getElementsByTagName('parsererror').length,
        root: d.documentElement.namespaceURI,
        entries: [...d.getElementsByTagNameNS(ns, 'entry')].map((e) => ({
          title: e.getElementsByTagNameNS(ns, 'title')[0]?.textContent ?? '',
          updated: e.getElementsByTagNameNS(ns, 'updated')[0]?.textContent ?? '',
          link: e.getElementsByTagNameNS(ns, 'link')[0]?.getAttribute('href') ?? '',
        })),
      };
    }, xml);
    expect(parsed.error).toBe(0);
    expect(parsed.root).toBe('http://www.w3.org/2005/Atom');
    expect(parsed.entries.length).toBeGreaterThan(0);
    for (const e of parsed.entries) {
      expect(e.title).toMatch(/^\d{1,2} \w+ \d{4}: \d+ (added|corrected|re-coded|changed|removed)/);
      expect(Number.isNaN(Date.parse(e.updated))).toBe(false);
      expect(e.link).toMatch(/^https?:\/\/.+\/changes\/#\d{4}-\d{2}-\d{2}$/);
    }
    await page.close();
  });

  it('?as-of= marks the sections changed after the date, with a banner and a way to clear', async () => {
    const sections = JSON.parse(readFileSync(path.join(dist(), 'changes/sections.json'), 'utf8')) as { pages: Record<string, Record<string, string>> };
    const caseSections = sections.pages['/cases/georgia-2008/']!;
    const dates = [...new Set(Object.values(caseSections))].sort();
    const asOf = '2000-01-01'; // everything changed since
    const expected = Object.keys(caseSections).length;
    const page = await browser.newPage();
    await page.goto(urlFor(`/cases/georgia-2008/?as-of=${asOf}`));
    const banner = page.locator('.as-of-banner');
    await banner.waitFor();
    expect((await banner.textContent())?.replace(/\s+/g, ' ')).toContain(`Changes since 1 January 2000: ${expected} sections marked.`);
    expect(await page.locator('[data-changed-since]').count()).toBe(expected);
    // The newest date: nothing changed after it.
    await page.goto(urlFor(`/cases/georgia-2008/?as-of=${dates.at(-1)}`));
    await banner.waitFor();
    expect(await banner.textContent()).toContain('0 sections marked');
    await page.getByRole('link', { name: 'Clear the markers' }).click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('.as-of-banner').count()).toBe(0);
    await page.close();
  });

  it('pages without ?as-of= do not load the marker or its data', async () => {
    const page = await browser.newPage();
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await page.goto(urlFor('/cases/georgia-2008/'), { waitUntil: 'load' });
    expect(urls.filter((u) => /as-of|sections\.json/.test(u))).toEqual([]);
    await page.close();
  });
});

async function packPage(query: string): Promise<Page> {
  const page = await browser.newPage({ acceptDownloads: true });
  await page.goto(urlFor(`/teach/pack/${query}`));
  return page;
}

describe('syllabus pack', () => {
  const query = '?course=POL+301%3A+Eurasian+security&case=georgia-2008&note=csto-article-4&statement=nato-2008-08-19-nac-georgia&visual=compare';

  it('restores the selection from the URL and writes changes back (round trip)', async () => {
    const page = await packPage(query);
    expect(await page.inputValue('#pack-course')).toBe('POL 301: Eurasian security');
    const checked = await page.$$eval('input[type=checkbox]:checked', (bs) => bs.map((b) => `${(b as HTMLInputElement).name}=${(b as HTMLInputElement).value}`));
    expect(checked).toEqual(['case=georgia-2008', 'note=csto-article-4', 'statement=nato-2008-08-19-nac-georgia', 'visual=compare']);
    await page.check('input[name=case][value=ukraine-2014]');
    await page.uncheck('input[name=visual][value=compare]');
    const search = new URL(page.url()).searchParams;
    expect(search.getAll('case')).toEqual(['georgia-2008', 'ukraine-2014']);
    expect(search.getAll('visual')).toEqual([]);
    // The written URL restores the same state in a fresh page.
    const again = await packPage(new URL(page.url()).search);
    expect(await again.$$eval('input[type=checkbox]:checked', (bs) => bs.length)).toBe(4);
    await again.close();
    await page.close();
  });

  it('the filter narrows the list', async () => {
    const page = await packPage('');
    await page.fill('#pack-filter', 'Article 4');
    const visible = await page.$$eval('.pack-list li', (lis) => lis.filter((l) => !(l as HTMLElement).hidden).length);
    expect(visible).toBeGreaterThan(0);
    expect(visible).toBeLessThan(20);
    await page.close();
  });

  it('prints one document: cover, contents, each page’s main text, page numbers', async () => {
    const page = await packPage(query);
    await page.evaluate(() => { (window as unknown as { printed: number }).printed = 0; window.print = () => { (window as unknown as { printed: number }).printed++; }; });
    await page.getByRole('button', { name: 'Print reading pack' }).click();
    await page.waitForSelector('#pack-doc[data-ready="4"]', { state: 'attached' });
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    expect(await page.locator('.pack-cover h2').textContent()).toBe('POL 301: Eurasian security');
    expect(await page.locator('.pack-contents li').count()).toBe(4);
    expect(await page.locator('.pack-item').count()).toBe(4);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(6); // cover + contents + 4 items, each starting a page
    // Page numbers are read back from the PDF: pdftotext (Debian poppler-utils, installed by .ci/run) is required.
    expect(hasPdftotext, 'pdftotext is missing: apt-get install poppler-utils').toBe(true);
    {
      const dir = mkdtempSync(path.join(tmpdir(), 'pack-pdf-'));
      try {
        writeFileSync(path.join(dir, 'pack.pdf'), pdf);
        const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'pack.pdf'), '-'], { encoding: 'utf8' });
        const perPage = text.split('\f').filter((t) => t.trim());
        expect(perPage[0]).toContain('POL 301: Eurasian security');
        expect(perPage[0]).toContain(`Page 1 of ${pages}`);
        expect(perPage.at(-1)).toContain(`Page ${pages} of ${pages}`);
        expect(text).toContain('Contents');
        expect(text).not.toContain('Print reading pack'); // the form is not printed
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    await page.close();
  });

  it('exports an IMS Common Cartridge 1.1 whose manifest, items, resources and web links agree', async () => {
    const page = await packPage(query);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export for your LMS (.imscc)' }).click()]);
    expect(download.suggestedFilename()).toBe('pol-301-eurasian-security.imscc');
    const zip = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    const files = Object.fromEntries(Object.entries(zip).map(([k, v]) => [k, strFromU8(v)]));
    expect(Object.keys(files)).toContain('imsmanifest.xml');
    const result = await page.evaluate(({ files, CC }) => {
      const parse = (t: string) => new DOMParser().parseFromString(t, 'application/xml');
      const m = parse(files['imsmanifest.xml']!);
      const root = m.documentElement;
      const q = (el: Element | Document, name: string) => [...el.getElementsByTagNameNS(CC.cp, name)];
      const resources = new Map(q(m, 'resource').map((r) => [r.getAttribute('identifier')!, r]));
      const items = q(m, 'item').filter((i) => i.hasAttribute('identifierref'));
      const links = items.map((i) => {
        const r = resources.get(i.getAttribute('identifierref')!);
        const file = r ? q(r, 'file')[0]?.getAttribute('href') ?? '' : '';
        const wl = files[file] ? parse(files[file]!) : null;
        return {
          item: q(i, 'title')[0]?.textContent ?? '',
          type: r?.getAttribute('type'),
          file,
          wlRoot: wl?.documentElement.localName,
          wlNs: wl?.documentElement.namespaceURI,
          wlTitle: wl?.getElementsByTagNameNS(CC.weblink, 'title')[0]?.textContent,
          href: wl?.getElementsByTagNameNS(CC.weblink, 'url')[0]?.getAttribute('href'),
          wlErrors: wl?.getElementsByTagName('parsererror').length,
        };
      });
      return {
        errors: m.getElementsByTagName('parsererror').length,
        root: [root.localName, root.namespaceURI],
        schema: q(m, 'schema')[0]?.textContent,
        version: q(m, 'schemaversion')[0]?.textContent,
        lomTitle: m.getElementsByTagNameNS(CC.lomManifest, 'string')[0]?.textContent,
        schemaLocation: root.getAttributeNS(CC.xsi, 'schemaLocation'),
        organizations: q(m, 'organization').map((o) => o.getAttribute('structure')),
        resourceCount: resources.size,
        unreferenced: [...resources.keys()].filter((id) => !items.some((i) => i.getAttribute('identifierref') === id)),
        ids: [...m.querySelectorAll('[identifier]')].map((e) => e.getAttribute('identifier')),
        links,
      };
    }, { files, CC });
    expect(result.errors).toBe(0);
    expect(result.root).toEqual(['manifest', CC.cp]);
    expect(result.schema).toBe('IMS Common Cartridge');
    expect(result.version).toBe('1.1.0');
    expect(result.lomTitle).toBe('POL 301: Eurasian security');
    expect(result.schemaLocation).toContain(CC.cp);
    expect(result.organizations).toEqual(['rooted-hierarchy']);
    expect(new Set(result.ids).size).toBe(result.ids.length); // identifiers unique
    expect(result.resourceCount).toBe(4);
    expect(result.unreferenced).toEqual([]);
    expect(result.links).toHaveLength(4);
    for (const l of result.links) {
      expect(l.type).toBe(CC.weblinkType);
      expect(l.wlErrors).toBe(0);
      expect([l.wlRoot, l.wlNs]).toEqual(['webLink', CC.weblink]);
      expect(l.wlTitle).toBe(l.item);
      expect(l.href).toMatch(/^https?:\/\//);
    }
    expect(result.links.map((l) => new URL(l.href!).pathname)).toEqual([
      `${base()}cases/georgia-2008/`, `${base()}notes/csto-article-4/`, `${base()}statements/nato-2008-08-19-nac-georgia/`, `${base()}compare/`,
    ]);
    // Every file in the zip is the manifest or a referenced web link.
    expect(Object.keys(files).sort()).toEqual(['imsmanifest.xml', ...result.links.map((l) => l.file)].sort());
    await page.close();
  });
});

describe('factor exercise', () => {
  const answers = 'georgia-2008.institutionalisation=high&georgia-2008.nato=active&georgia-2008.csto=none&ukraine-2014.threat=medium';

  it('restores answers from the URL, writes changes back and reveals verdicts', async () => {
    const page = await browser.newPage();
    await page.goto(urlFor(`/teach/exercise/?${answers}`));
    expect(await page.isChecked('input[name="georgia-2008.institutionalisation"][value=high]')).toBe(true);
    expect(await page.isChecked('input[name="georgia-2008.nato"][value=active]')).toBe(true);
    expect(await page.isChecked('input[name="ukraine-2014.threat"][value=medium]')).toBe(true);
    await page.check('input[name="nagorno-karabakh.csto"][value=minimal]');
    const params = new URL(page.url()).searchParams;
    expect(params.get('nagorno-karabakh.csto')).toBe('minimal');
    expect(params.get('georgia-2008.nato')).toBe('active');
    expect(await page.inputValue('#exercise-url')).toBe(page.url());
    const details = page.locator('[data-case="georgia-2008"] details.reveal');
    await details.locator('summary').click();
    const recordedNato = await details.getAttribute('data-recorded-nato');
    const verdict = await details.locator('[data-verdict="georgia-2008.nato"]').textContent();
    expect(verdict).toContain(recordedNato === 'active' ? 'matches' : 'differs');
    expect(await details.locator('[data-verdict="georgia-2008.csto"]').textContent()).toMatch(/matches|differs/);
    expect(await details.locator('.label-companion').textContent()).toBe('Companion analysis');
    expect(await details.locator('[data-article-ref]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('works as a plain form with JavaScript disabled: GET submission to the same page, printable', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(urlFor('/teach/exercise/'));
    expect(await page.locator('.exercise-link').isVisible()).toBe(false);
    await page.check('input[name="georgia-2008.threat"][value=high]');
    await page.check('input[name="ukraine-2014.csto"][value=declaratory]');
    await Promise.all([page.waitForURL(/\?/), page.getByRole('button', { name: 'Make a link to my answers' }).click()]);
    const url = new URL(page.url());
    expect(url.pathname).toBe(`${base()}teach/exercise/`);
    expect(url.searchParams.get('georgia-2008.threat')).toBe('high');
    expect(url.searchParams.get('ukraine-2014.csto')).toBe('declaratory');
    // The reveal works without scripts (a <details>); the worksheet prints without the answers.
    const details = page.locator('[data-case="georgia-2008"] details.reveal');
    await details.locator('summary').click();
    expect(await details.locator('.reveal-org').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await details.isVisible()).toBe(false);
    expect(await page.locator('input[type=radio]').first().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(1);
    await context.close();
  });

  it('the pack form also submits its selection by GET without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(urlFor('/teach/pack/'));
    expect(await page.getByRole('button', { name: 'Print reading pack' }).isVisible()).toBe(false);
    await page.fill('#pack-course', 'Seminar');
    await page.check('input[name=case][value=nagorno-karabakh]');
    await Promise.all([page.waitForURL(/\?/), page.getByRole('button', { name: 'Update the link' }).click()]);
    const url = new URL(page.url());
    expect(url.searchParams.get('course')).toBe('Seminar');
    expect(url.searchParams.getAll('case')).toEqual(['nagorno-karabakh']);
    await context.close();
  });
});

describe('teaching links', () => {
  it('/teach/ links the pack, the exercise and the changelog', async () => {
    const page = await browser.newPage();
    await page.goto(urlFor('/teach/'));
    for (const p of ['teach/pack/', 'teach/exercise/', 'changes/']) expect(await page.locator(`main a[href="${base()}${p}"]`).count()).toBeGreaterThan(0);
    await page.close();
  });
});
