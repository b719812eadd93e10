import { describe, expect, it } from 'vitest';
import {
  citationProblems,
  citationTiers,
  classifyCitation,
  footnoteLinks,
  KIND_TIER,
  mirrorHost,
  normaliseUrl,
  sourceIndex,
  TIER_IDS,
  TIERS,
} from './tiers';

const index = sourceIndex([
  { id: 'unsc-822', url: 'https://undocs.org/S/RES/822(1993)', kind: 'official' },
  { id: 'allison', url: 'https://academic.oup.com/ia/article/90/6/1255/2326798', kind: 'scholarship' },
  { id: 'reuters', url: 'https://www.reuters.com/world/x/', kind: 'news' },
  { id: 'pax', url: 'https://pax.peaceagreements.org/agreements/310', archivedUrl: 'https://web.archive.org/web/2020/https://pax.peaceagreements.org/agreements/310', kind: 'reference' },
]);

describe('tiers', () => {
  it('maps every source kind to a tier, reference to "other"', () => {
    expect(KIND_TIER).toEqual({ official: 'official', scholarship: 'scholarship', news: 'news', reference: 'other' });
    for (const t of TIER_IDS) expect(TIERS[t].long.length).toBeGreaterThan(0);
  });
});

describe('mirrorHost', () => {
  it.each([
    ['https://en.wikipedia.org/wiki/X', 'wikipedia.org'],
    ['https://zh.scribd.com/document/1/x', 'scribd.com'],
    ['https://docslib.org/doc/1/x', 'docslib.org'],
    ['https://www.perlego.com/book/1/', 'perlego.com'],
    ['https://www.coursehero.com/file/1/', 'coursehero.com'],
    ['https://www.studocu.com/en/document/1', 'studocu.com'],
  ])('%s is a mirror', (url, host) => {
    expect(mirrorHost(url)).toBe(host);
  });

  it.each(['https://www.nato.int/cps/en/natohq/official_texts_29950.htm', 'https://notwikipedia.org.example.com/', 'https://en.odkb-csto.org/'])(
    '%s is not a mirror',
    (url) => {
      expect(mirrorHost(url)).toBeNull();
    },
  );
});

describe('normaliseUrl', () => {
  it('treats www., case of host, trailing slash and fragment as the same address', () => {
    expect(normaliseUrl('https://WWW.Reuters.com/world/x/#top')).toBe(normaliseUrl('http://reuters.com/world/x'));
  });
  it('keeps the query', () => {
    expect(normaliseUrl('https://a.org/p?id=1')).not.toBe(normaliseUrl('https://a.org/p?id=2'));
  });
});

describe('classifyCitation', () => {
  it('gives statement records the official tier, with or without the base', () => {
    expect(classifyCitation('/statements/nato-2008-08-19-nac-georgia/', index)).toMatchObject({ status: 'ok', tier: 'official', via: 'statement' });
    expect(classifyCitation('/companion/statements/csto-x/', index, '/companion/')).toMatchObject({ status: 'ok', tier: 'official', id: 'csto-x' });
  });
  it('looks external URLs up among the source records (url and archivedUrl)', () => {
    expect(classifyCitation('https://undocs.org/S/RES/822(1993)', index)).toMatchObject({ status: 'ok', tier: 'official', id: 'unsc-822' });
    expect(classifyCitation('https://reuters.com/world/x', index)).toMatchObject({ tier: 'news' });
    expect(classifyCitation('https://web.archive.org/web/2020/https://pax.peaceagreements.org/agreements/310', index)).toMatchObject({ tier: 'other' });
  });
  it('reports mirrors before looking anything up, and unrecorded URLs', () => {
    expect(classifyCitation('https://en.wikipedia.org/wiki/X', index)).toEqual({ status: 'mirror', host: 'wikipedia.org' });
    expect(classifyCitation('https://example.org/unknown', index)).toEqual({ status: 'unrecorded' });
  });
  it('leaves other internal links alone', () => {
    expect(classifyCitation('/notes/endnote-4/', index)).toEqual({ status: 'internal' });
  });
});

const MD = `Text.[^1] More.[^2][^3]

Not a footnote: [x](https://example.org/ignored).

[^1]: UN, [Resolution 822](https://undocs.org/S/RES/822(1993)), 30 April 1993.
[^2]: [NATO statement](/statements/nato-x/) and [Allison](https://academic.oup.com/ia/article/90/6/1255/2326798).
[^3]: [Encyclopedia](https://en.wikipedia.org/wiki/X); [unknown](https://example.org/nowhere).
`;

describe('footnotes', () => {
  it('reads link targets from footnote definitions only, keeping parentheses in URLs', () => {
    expect(footnoteLinks(MD)).toEqual([
      'https://undocs.org/S/RES/822(1993)',
      '/statements/nato-x/',
      'https://academic.oup.com/ia/article/90/6/1255/2326798',
      'https://en.wikipedia.org/wiki/X',
      'https://example.org/nowhere',
    ]);
  });
  it('counts citations per tier', () => {
    expect(citationTiers(MD, index)).toEqual({ official: 2, scholarship: 1, news: 0, other: 0 });
  });
  it('lists mirror and unrecorded links as problems', () => {
    expect(citationProblems(MD, index).map((p) => p.href)).toEqual(['https://en.wikipedia.org/wiki/X', 'https://example.org/nowhere']);
  });
});
