import { describe, expect, it } from 'vitest';
import { citationJs } from './engine';
import { bibKey, bibliographyFiles, sourceCsl, statementCsl } from './bibliography';

const items = [
  sourceCsl({ id: 'abc-2008-04-05-x', title: "Ukraine, Georgia NATO membership a 'direct threat'", author: 'ABC News', publisher: 'ABC', date: '2008-04-05', url: 'https://www.abc.net.au/x', kind: 'news' }),
  sourceCsl({ id: 'book-2019', title: 'Книга', titleEn: 'A book', date: 2019, url: 'https://example.org/b', kind: 'scholarship' }),
  statementCsl({ id: 'nato-2008-08-19-nac-georgia', title: 'Meeting of the NAC', titleEn: 'Meeting of the NAC', date: '2008-08-19', issuer: 'North Atlantic Council', org: 'NATO', url: 'https://www.nato.int/x', documentNumber: 'Press Release (2008) 104', language: 'en' }),
];

describe('CSL items', () => {
  it('maps sources and statements', () => {
    expect(items[0]).toMatchObject({ type: 'article-newspaper', 'container-title': 'ABC', issued: { 'date-parts': [[2008, 4, 5]] }, author: [{ literal: 'ABC News' }] });
    expect(items[1]).toMatchObject({ type: 'article', title: 'Книга [A book]', issued: { 'date-parts': [[2019]] } });
    expect(items[2]).toMatchObject({ type: 'document', author: [{ literal: 'NATO North Atlantic Council' }], publisher: 'NATO', number: 'Press Release (2008) 104' });
    expect(bibKey('nato-2008-08-19-nac-georgia')).toBe('nato_2008_08_19_nac_georgia');
  });
});

describe('bibliographyFiles', () => {
  const files = bibliographyFiles(items);
  it('writes as many records in every format, and each parses', () => {
    expect(files.count).toBe(3);
    expect(JSON.parse(files.csljson)).toHaveLength(3);
    expect(files.bibtex.match(/^@\w+\{/gm)).toHaveLength(3);
    expect(files.ris.match(/^TY {2}- /gm)).toHaveLength(3);
    expect(files.ris.match(/^ER {2}-/gm)).toHaveLength(3);
    const { Cite } = citationJs();
    expect(new Cite(files.bibtex).data).toHaveLength(3);
    expect(new Cite(files.ris).data).toHaveLength(3);
  });
  it('keeps non-Latin titles in BibTeX (UTF-8), and leaves the shared ASCII setting as it was', () => {
    expect(files.bibtex).toContain('Книга');
    const { plugins } = citationJs();
    expect((plugins.config as unknown as { get(n: string): { format: { asciiOnly: boolean } } }).get('@bibtex').format.asciiOnly).toBe(true);
  });
  it('keeps the citation keys', () => {
    expect(files.bibtex).toContain('{nato_2008_08_19_nac_georgia,');
  });
});
