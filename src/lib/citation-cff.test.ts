/** CITATION.cff parses, has the fields CFF 1.2.0 requires, and its version and date match the dataset's releases file. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ARTICLE } from '@/site';

const cff = parse(readFileSync('CITATION.cff', 'utf8')) as Record<string, unknown>;
const dataset = parse(readFileSync('content/data/dataset.yaml', 'utf8')) as { version: string; releases: Array<{ version: string; released: unknown }> };

describe('CITATION.cff', () => {
  it('has the required CFF 1.2.0 fields', () => {
    expect(cff['cff-version']).toBe('1.2.0');
    expect(typeof cff.message).toBe('string');
    expect(typeof cff.title).toBe('string');
    expect(cff.authors).toEqual([{ name: 'NATO vs. the CSTO companion contributors' }]);
    expect(cff.license).toBe('CC-BY-4.0');
  });
  it('carries the dataset version and release date from content/data/dataset.yaml', () => {
    expect(cff.version).toBe(dataset.version);
    const current = dataset.releases.find((r) => r.version === dataset.version)!;
    const iso = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
    expect(iso(cff['date-released'])).toBe(iso(current.released));
  });
  it('references the article by its DOI, with the record in src/site.ts', () => {
    const [ref] = cff.references as Array<Record<string, unknown>>;
    expect(ref).toMatchObject({ type: 'article', doi: ARTICLE.doi, title: ARTICLE.title, journal: ARTICLE.journal, year: ARTICLE.year, start: Number(ARTICLE.firstPage), end: Number(ARTICLE.lastPage) });
    expect((ref!.authors as Array<{ 'family-names': string }>).map((a) => a['family-names'])).toEqual(ARTICLE.authors.map((a) => a.family));
  });
});
