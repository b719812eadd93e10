import { describe, expect, it } from 'vitest';
import { citationMetaTags } from './meta';

describe('citationMetaTags', () => {
  it('describes a page with Highwire and Dublin Core tags, dates in each one’s format', () => {
    const tags = new Map(citationMetaTags({ title: 'Georgia 2008', author: 'NATO vs. the CSTO companion contributors', date: '2026-11-30', publisher: 'NATO vs. the CSTO — a research companion', url: 'https://example.org/cases/georgia-2008/', type: 'webpage' }));
    expect(tags.get('citation_title')).toBe('Georgia 2008');
    expect(tags.get('citation_date')).toBe('2026/11/30');
    expect(tags.get('DC.date')).toBe('2026-11-30');
    expect(tags.get('citation_public_url')).toBe('https://example.org/cases/georgia-2008/');
    expect(tags.has('citation_language')).toBe(false);
  });
  it('gives a record its language and document number', () => {
    const tags = new Map(citationMetaTags({ title: 'Bucharest Summit Declaration', author: 'NATO', date: '2008-04-03', publisher: 'North Atlantic Treaty Organization', url: 'https://www.nato.int/x', language: 'en', number: 'Press Release (2008) 049', type: 'document' }));
    expect(tags.get('citation_technical_report_number')).toBe('Press Release (2008) 049');
    expect(tags.get('DC.type')).toBe('Text');
    expect(tags.get('citation_language')).toBe('en');
  });
});
