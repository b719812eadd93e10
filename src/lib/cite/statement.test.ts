import { describe, expect, it } from 'vitest';
import { citationJs } from './engine';
import { statementBibtex, statementCsl, statementKey, statementRis, type StatementCiteInput } from './statement';

const bucharest: StatementCiteInput = {
  id: 'nato-2008-04-03-bucharest-summit-declaration', date: '2008-04-03', org: 'nato', body: 'summit',
  title: 'Bucharest Summit Declaration', titleEn: 'Bucharest Summit Declaration', language: 'en',
  url: 'https://www.nato.int/cps/en/natohq/official_texts_8443.htm', documentNumber: 'Press Release (2008) 049',
};
const csto: StatementCiteInput = {
  id: 'csto-2008-09-04-cfm-south-ossetia', date: '2008-09-04', org: 'csto', body: 'council-of-foreign-ministers',
  title: 'Заявление министров иностранных дел', titleEn: 'Statement of the foreign ministers', language: 'ru',
  url: 'https://example.org/x',
};

describe('statement citations', () => {
  it('cites the organisation’s own text: organisation as author and publisher, body as genre, number and URL', () => {
    const item = statementCsl(bucharest);
    expect(item).toMatchObject({ author: [{ literal: 'NATO' }], genre: 'Heads of State and Government (summit)', publisher: 'North Atlantic Treaty Organization', number: 'Press Release (2008) 049', URL: bucharest.url, issued: { 'date-parts': [[2008, 4, 3]] } });
    expect(item['original-title']).toBeUndefined();
  });
  it('keeps the original-language title beside the English one', () => {
    expect(statementCsl(csto)['original-title']).toBe('Заявление министров иностранных дел');
  });
  it('BibTeX has a safe key, a month macro and parses back', () => {
    const bib = statementBibtex(bucharest);
    expect(bib).toContain(`{${statementKey(bucharest.id)},`);
    expect(bib).toMatch(/month = apr,/);
    const [back] = new (citationJs().Cite)(bib).data;
    expect(back).toMatchObject({ title: 'Bucharest Summit Declaration', URL: bucharest.url, issued: { 'date-parts': [[2008, 4, 3]] } });
  });
  it('RIS parses back to the title and date', () => {
    const [back] = new (citationJs().Cite)(statementRis(csto)).data;
    expect(back).toMatchObject({ title: 'Statement of the foreign ministers', issued: { 'date-parts': [[2008, 9, 4]] } });
  });
  it('formats each record once and never serves a changed record stale', () => {
    const first = statementRis(bucharest);
    expect(statementRis({ ...bucharest })).toBe(first);
    expect(statementBibtex({ ...bucharest })).toBe(statementBibtex(bucharest));
    const renamed = statementRis({ ...bucharest, titleEn: 'Bucharest Summit Declaration (revised)' });
    expect(renamed).not.toBe(first);
    expect(renamed).toContain('TI  - Bucharest Summit Declaration (revised)');
    const uncached = new (citationJs().Cite)(statementCsl(csto)).format('ris');
    expect(statementRis(csto).replace(/\s+/g, '')).toBe(uncached.replace(/\s+/g, ''));
  });
});
