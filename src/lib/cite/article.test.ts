import { describe, expect, it } from 'vitest';
import { ARTICLE } from '@/site';
import { ARTICLE_ID, articleCsl, highwireTags, jsonLdText, scholarlyArticle } from './article';

describe('articleCsl', () => {
  it('derives the CSL-JSON record from ARTICLE', () => {
    expect(articleCsl(ARTICLE)).toEqual({
      id: ARTICLE_ID,
      'citation-key': 'GuliyevGawrich2021',
      type: 'article-journal',
      author: [{ given: 'Farid', family: 'Guliyev' }, { given: 'Andrea', family: 'Gawrich' }],
      title: 'NATO vs. the CSTO: security threat perceptions and responses to secessionist conflicts in Eurasia',
      'container-title': 'Post-Communist Economies',
      volume: '33',
      issue: '2-3',
      page: '283-304',
      issued: { 'date-parts': [[2021]] },
      DOI: '10.1080/14631377.2020.1800316',
      ISSN: '1463-1377',
      publisher: 'Taylor & Francis',
    });
  });
});

describe('highwireTags', () => {
  const tags = highwireTags(ARTICLE);
  const values = (name: string) => tags.filter(([n]) => n === name).map(([, v]) => v);
  it.each([
    ['citation_title', [ARTICLE.title]],
    ['citation_author', ['Guliyev, Farid', 'Gawrich, Andrea']],
    ['citation_journal_title', ['Post-Communist Economies']],
    ['citation_volume', ['33']],
    ['citation_issue', ['2-3']],
    ['citation_firstpage', ['283']],
    ['citation_lastpage', ['304']],
    ['citation_publication_date', ['2021']],
    ['citation_doi', ['10.1080/14631377.2020.1800316']],
    ['citation_issn', ['1463-1377', '1465-3958']],
    ['citation_publisher', ['Taylor & Francis']],
  ])('%s', (name, expected) => {
    expect(values(name)).toEqual(expected);
  });
});

describe('scholarlyArticle', () => {
  const ld = scholarlyArticle(ARTICLE);
  it('is a ScholarlyArticle identified by its DOI', () => {
    expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'ScholarlyArticle', '@id': 'https://doi.org/10.1080/14631377.2020.1800316', datePublished: '2021', pageStart: '283', pageEnd: '304' });
    expect(ld.author).toEqual([
      { '@type': 'Person', givenName: 'Farid', familyName: 'Guliyev', name: 'Farid Guliyev' },
      { '@type': 'Person', givenName: 'Andrea', familyName: 'Gawrich', name: 'Andrea Gawrich' },
    ]);
  });
  it('nests issue → volume → journal', () => {
    expect(ld.isPartOf).toMatchObject({ '@type': 'PublicationIssue', issueNumber: '2-3', isPartOf: { '@type': 'PublicationVolume', volumeNumber: '33', isPartOf: { '@type': 'Periodical', name: 'Post-Communist Economies' } } });
  });
});

describe('jsonLdText', () => {
  it.each([
    [{ a: '</script><b>' }, '{"a":"\\u003c/script>\\u003cb>"}'],
    [{ a: 'x & y' }, '{"a":"x & y"}'],
  ])('escapes "<" in %j', (input, expected) => {
    expect(jsonLdText(input)).toBe(expected);
    expect(JSON.parse(jsonLdText(input))).toEqual(input);
  });
});
