/** The article's CSL-JSON record and its metadata for search engines, derived from ARTICLE in src/site.ts. */
import type { CslItem } from './engine';

/** The shape of ARTICLE that this module reads. */
export interface ArticleRecord {
  authors: ReadonlyArray<{ given: string; family: string }>;
  title: string;
  journal: string;
  publisher: string;
  issn: string;
  eissn?: string;
  volume: string;
  issue: string;
  firstPage: string;
  lastPage: string;
  year: number;
  doi: string;
  keywords?: readonly string[];
}

/** CSL id (also the RIS ID, which citation-js cuts at 20 characters) and BibTeX key (no "-" allowed there). */
export const ARTICLE_ID = 'guliyev-gawrich-2021';
export const ARTICLE_KEY = 'GuliyevGawrich2021';

export function articleCsl(a: ArticleRecord): CslItem {
  return {
    id: ARTICLE_ID,
    'citation-key': ARTICLE_KEY,
    type: 'article-journal',
    author: a.authors.map(({ given, family }) => ({ given, family })),
    title: a.title,
    'container-title': a.journal,
    volume: a.volume,
    issue: a.issue,
    page: `${a.firstPage}-${a.lastPage}`,
    issued: { 'date-parts': [[a.year]] },
    DOI: a.doi,
    ISSN: a.issn,
    publisher: a.publisher,
  };
}

/** Highwire Press <meta name="citation_*"> pairs, in the order Google Scholar documents them. */
export function highwireTags(a: ArticleRecord): Array<[name: string, content: string]> {
  return [
    ['citation_title', a.title],
    ...a.authors.map((p): [string, string] => ['citation_author', `${p.family}, ${p.given}`]),
    ['citation_publication_date', String(a.year)],
    ['citation_journal_title', a.journal],
    ['citation_publisher', a.publisher],
    ['citation_issn', a.issn],
    ...(a.eissn ? [['citation_issn', a.eissn] as [string, string]] : []),
    ['citation_volume', a.volume],
    ['citation_issue', a.issue],
    ['citation_firstpage', a.firstPage],
    ['citation_lastpage', a.lastPage],
    ['citation_doi', a.doi],
  ];
}

/** schema.org ScholarlyArticle (JSON-LD) with its issue, volume and journal. */
export function scholarlyArticle(a: ArticleRecord): Record<string, unknown> {
  const doiUrl = `https://doi.org/${a.doi}`;
  return {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    '@id': doiUrl,
    url: doiUrl,
    headline: a.title,
    name: a.title,
    author: a.authors.map((p) => ({ '@type': 'Person', givenName: p.given, familyName: p.family, name: `${p.given} ${p.family}` })),
    datePublished: String(a.year),
    identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: a.doi },
    pageStart: a.firstPage,
    pageEnd: a.lastPage,
    ...(a.keywords ? { keywords: a.keywords.join(', ') } : {}),
    isPartOf: {
      '@type': 'PublicationIssue',
      issueNumber: a.issue,
      isPartOf: {
        '@type': 'PublicationVolume',
        volumeNumber: a.volume,
        isPartOf: {
          '@type': 'Periodical',
          name: a.journal,
          issn: a.eissn ? [a.issn, a.eissn] : [a.issn],
          publisher: { '@type': 'Organization', name: a.publisher },
        },
      },
    },
  };
}

/** JSON for a <script type="application/ld+json"> body: "<" escaped so the text cannot close the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
