import { describe, expect, it } from 'vitest';
import { citationJs } from './engine';
import { formatReference } from './format';
import { isPlain, pageCitations, pageCsl, pageId, pageKey, pageReference, type PageInfo } from './page';

const SITE_NAME = 'NATO vs. the CSTO — a research companion';
const page = (title: string, path = '/statements/nato-2008-08-19-nac-georgia/', updated: string | null = '2026-11-07'): PageInfo => ({
  title,
  url: `https://example.org/companion${path}`,
  siteName: SITE_NAME,
  updated: updated ?? undefined,
});

describe('pageKey', () => {
  it.each([
    ['https://example.org/', 'companion_home'],
    ['https://example.org/statements/nato-2008-08-19-nac-georgia/', 'companion_statements_nato_2008_08_19_nac_georgia'],
    ['https://example.org/companion/cases/', 'companion_companion_cases'],
  ])('%s → %s', (url, key) => {
    expect(pageKey(url)).toBe(key);
  });
});

describe('pageId', () => {
  it('is short, stable and differs between pages', () => {
    const a = pageId('https://example.org/statements/a/');
    expect(a).toMatch(/^companion-[0-9a-z]{1,7}$/);
    expect(a.length).toBeLessThanOrEqual(20);
    expect(pageId('https://other.example/statements/a/')).toBe(a);
    expect(pageId('https://example.org/statements/b/')).not.toBe(a);
  });
});

describe('pageCsl', () => {
  it.each([
    ['2026-11-07', { 'date-parts': [[2026, 11, 7]] }],
    [null, undefined],
    ['not a date', undefined],
  ])('updated %s → issued %j', (updated, issued) => {
    const item = pageCsl(page('About this site', '/about/', updated));
    expect(item).toMatchObject({ type: 'webpage', title: 'About this site', 'container-title': SITE_NAME, URL: 'https://example.org/companion/about/' });
    expect(item.issued).toEqual(issued);
    expect(item.accessed).toBeUndefined();
  });
});

describe('isPlain', () => {
  it.each([
    ['NATO Secretary General on the situation in Georgia', true],
    ['Crimea 2014', true],
    ['Is NATO obsolete?', false],
    ['The “frozen” conflicts', false],
    ["Russia's war", false],
    ['Statement.', false],
    ['A & B', false],
    ['<i>x</i>', false],
  ])('%s → %s', (title, plain) => {
    expect(isPlain(title, 'https://example.org/x/')).toBe(plain);
  });
});

describe('pageReference matches citation-js on the full path', () => {
  const titles = [
    'NATO Secretary General on the situation in Georgia',
    'Statement by the CSTO Collective Security Council on the events in Ukraine',
    'Nagorno-Karabakh',
    'Data and downloads',
    'Is NATO obsolete?',
    'The “frozen” conflicts',
    "Russia's war on Georgia: the NATO–Russia Council's response",
    'NATO vs. the CSTO — a research companion',
  ];
  const cases = titles.flatMap((t) => (['apa', 'chicago', 'mla', 'harvard'] as const).flatMap((s) => [false, true].map((html) => [t, s, html] as const)));
  it.each(cases)('%s · %s · html=%s', (title, style, html) => {
    for (const updated of ['2026-11-07', '2025-01-31', null]) {
      const p = page(title, '/statements/x/', updated);
      expect(pageReference(p, style, html)).toBe(formatReference(pageCsl(p), style, html));
    }
  });
});

describe('pageCitations', () => {
  const p = page('NATO Secretary General on the situation in Georgia');
  const c = pageCitations(p);
  it.each([
    ['apa', 'NATO Secretary General on the situation in Georgia. (2026, November 7). NATO vs. the CSTO — a Research Companion. https://example.org/companion/statements/nato-2008-08-19-nac-georgia/'],
    ['chicago', '“NATO Secretary General on the Situation in Georgia.” 2026. NATO vs. the CSTO — a research companion. Last modified November 7, 2026. https://example.org/companion/statements/nato-2008-08-19-nac-georgia/.'],
    ['mla', '“NATO Secretary General on the Situation in Georgia.” NATO vs. the CSTO — a Research Companion, 7 Nov. 2026, https://example.org/companion/statements/nato-2008-08-19-nac-georgia/.'],
  ] as const)('%s', (style, expected) => {
    expect(c[style]).toBe(expected);
  });
  it.each([
    ['bibtex', c.bibtex],
    ['ris', c.ris],
    ['csljson', c.csljson],
  ])('%s parses back to the title, URL and date', (_, text) => {
    const [back] = new (citationJs().Cite)(text).data;
    expect(back).toMatchObject({ title: p.title, URL: p.url, issued: { 'date-parts': [[2026, 11, 7]] } });
  });
  it('BibTeX gives a month macro and the full date, not "nov 7"', () => {
    expect(c.bibtex).toMatch(/^\s*month = nov,$/m);
    expect(c.bibtex).toMatch(/^\s*date = \{2026-11-07\},$/m);
    expect(c.bibtex).not.toMatch(/month = \{/);
    expect(c.bibtex).toMatch(/howpublished = \{NATO vs\. the CSTO/);
  });
  it('RIS carries the page id whole', () => {
    expect(c.ris).toContain(`ID  - ${pageId(p.url)}\n`);
  });
  it('leaves the access date to the reader', () => {
    expect(JSON.parse(c.csljson)[0].accessed).toBeUndefined();
    expect(c.ris).not.toMatch(/^Y2 /m);
  });
});

describe('primeTitleCases', () => {
  it('gives the same title case as one citeproc run per title', async () => {
    const titles = [
      'statement by the secretary general on the situation in georgia',
      'NATO and the CSTO: a comparison of responses',
      'press conference of the chairman of the permanent council in moscow on the results of the session',
      'on the events in and around nagorno-karabakh',
      'a statement of the csto foreign ministers council',
      'An Already Title-Cased Heading about Crimea',
      'remarks to the press after the meeting of the NATO-Ukraine commission',
      'of mice and men',
    ];
    // reference: each title in its own run, in a fresh module (no cache shared with the primed one)
    const single = await import('./page?single' as string) as typeof import('./page');
    const expected = titles.map((t) => single.pageReference(page(t), 'chicago'));
    const primed = await import('./page?primed' as string) as typeof import('./page');
    primed.primeTitleCases([...titles, titles[0]!]);
    expect(titles.map((t) => primed.pageReference(page(t), 'chicago'))).toEqual(expected);
    expect(titles.map((t) => primed.pageReference(page(t), 'mla'))).toEqual(titles.map((t) => single.pageReference(page(t), 'mla')));
  });
});
