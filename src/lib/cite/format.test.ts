import { describe, expect, it } from 'vitest';
import { ARTICLE } from '@/site';
import { articleCsl } from './article';
import { citationJs } from './engine';
import { CITATION_FORMATS, formatCitations, formatReference, unwrapRis } from './format';

const item = articleCsl(ARTICLE);
const c = formatCitations(item);
const parse = (text: string) => new (citationJs().Cite)(text).data;

describe('formatCitations (the article)', () => {
  it.each([
    ['apa', 'Guliyev, F., & Gawrich, A. (2021). NATO vs. the CSTO: security threat perceptions and responses to secessionist conflicts in Eurasia. Post-Communist Economies, 33(2–3), 283–304. https://doi.org/10.1080/14631377.2020.1800316'],
    ['chicago', 'Guliyev, Farid, and Andrea Gawrich. 2021. “NATO vs. the CSTO: Security Threat Perceptions and Responses to Secessionist Conflicts in Eurasia.” Post-Communist Economies 33 (2–3): 283–304. https://doi.org/10.1080/14631377.2020.1800316.'],
    ['mla', 'Guliyev, Farid, and Andrea Gawrich. “NATO vs. the CSTO: Security Threat Perceptions and Responses to Secessionist Conflicts in Eurasia.” Post-Communist Economies, vol. 33, no. 2–3, 2021, pp. 283–304, https://doi.org/10.1080/14631377.2020.1800316.'],
    ['harvard', 'Guliyev, F. and Gawrich, A. (2021) “NATO vs. the CSTO: security threat perceptions and responses to secessionist conflicts in Eurasia,” Post-Communist Economies, 33(2–3), pp. 283–304. Available at: https://doi.org/10.1080/14631377.2020.1800316.'],
  ] as const)('%s', (style, expected) => {
    expect(c[style]).toBe(expected);
  });

  it.each([
    ['apa', /^Guliyev, F\., & Gawrich, A\. \(2021\)\. /],
    ['chicago', /^Guliyev, Farid, and Andrea Gawrich\. 2021\. /],
    ['mla', /vol\. 33, no\. 2[-–]3, .*pp\. 283/],
  ] as const)('%s has the pattern the brief asks for', (style, pattern) => {
    expect(c[style]).toMatch(pattern);
  });

  it.each([
    ['bibtex', c.bibtex],
    ['ris', c.ris],
  ])('%s round-trips through citation-js to the same DOI, title, pages and authors', (_, text) => {
    const [back] = parse(text);
    expect(back).toMatchObject({
      DOI: ARTICLE.doi,
      title: ARTICLE.title,
      'container-title': ARTICLE.journal,
      volume: '33',
      issue: '2-3',
      page: '283-304',
      issued: { 'date-parts': [[2021]] },
      author: [{ given: 'Farid', family: 'Guliyev' }, { given: 'Andrea', family: 'Gawrich' }],
    });
  });

  it('BibTeX is an @article with the stable key', () => {
    expect(c.bibtex).toMatch(/^@article\{GuliyevGawrich2021,\n/);
    expect(c.bibtex).toContain('doi = {10.1080/14631377.2020.1800316}');
  });

  it('RIS is a JOUR record whose lines are not wrapped', () => {
    expect(c.ris.split('\n')[0]).toBe('TY  - JOUR');
    expect(c.ris).toContain(`TI  - ${ARTICLE.title}\n`);
    expect(c.ris.endsWith('\nER  -\n')).toBe(true);
    expect(c.ris).not.toMatch(/[ \t]$/m);
    expect(c.ris.split('\n').filter(Boolean).every((l) => /^[A-Z][A-Z0-9] {2}-( |$)/.test(l))).toBe(true);
  });

  it('CSL-JSON parses back to the item', () => {
    expect(JSON.parse(c.csljson)).toEqual([item]);
  });

  it('lists every format once, with a label', () => {
    expect(CITATION_FORMATS.map((f) => f.key).sort()).toEqual(Object.keys(c).sort());
  });
});

describe('formatReference as HTML', () => {
  it.each([
    ['apa', '<i>Post-Communist Economies</i>, <i>33</i>(2–3)'],
    ['chicago', '<i>Post-Communist Economies</i> 33 (2–3)'],
    ['mla', '<i>Post-Communist Economies</i>, vol. 33'],
  ] as const)('%s italicises the journal and escapes "&"', (style, fragment) => {
    const html = formatReference(item, style, true);
    expect(html).toContain(fragment);
    expect(html).not.toMatch(/<div|&(?!#38;)/);
    const text = html.replace(/<[^>]+>/g, '').replace(/&#38;/g, '&');
    expect(text).toBe(c[style]);
  });
});

describe('unwrapRis', () => {
  it.each([
    ['joins continuation lines', 'TY  - JOUR\nTI  - abc\ndef\nER  - \n\n', 'TY  - JOUR\nTI  - abcdef\nER  -\n'],
    ['keeps empty tags, without trailing spaces', 'TY  - ELEC\nN1  - \nER  - ', 'TY  - ELEC\nN1  -\nER  -\n'],
    ['normalises CRLF', 'TY  - JOUR\r\nTI  - x\r\nER  - \r\n', 'TY  - JOUR\nTI  - x\nER  -\n'],
  ])('%s', (_, input, expected) => {
    expect(unwrapRis(input)).toBe(expected);
  });
});
