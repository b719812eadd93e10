import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { EXTENT, NEIGHBOURS, NUMERIC_TO_ALPHA3, alpha3, countryName } from './iso';

const require = createRequire(import.meta.url);

describe('alpha3', () => {
  it.each<[string | number | undefined, string | undefined, string | null]>([
    ['051', undefined, 'ARM'], // zero-padded string, as world-atlas spells it
    [51, undefined, 'ARM'], // a number is padded
    ['233', 'Estonia', 'EST'],
    ['248', 'Åland', 'FIN'], // folded into Finland
    ['234', 'Faeroe Is.', 'DNK'],
    [undefined, 'Kosovo', 'XKX'],
    [undefined, 'N. Cyprus', 'CYP'],
    ['840', 'United States of America', null], // outside the maps' scope
    [undefined, 'Siachen Glacier', null],
  ])('%s / %s → %s', (id, name, expected) => expect(alpha3(id, name)).toBe(expected));
});

describe('tables', () => {
  it('every code in the extent and the neighbours has an ISO numeric entry or a name entry', () => {
    const mapped = new Set([...Object.values(NUMERIC_TO_ALPHA3), 'XKX']);
    for (const code of [...Object.keys(EXTENT), ...Object.keys(NEIGHBOURS)]) expect(mapped.has(code), code).toBe(true);
  });
  it('every code of the extent is a feature of world-atlas countries-50m', () => {
    const topo = require('world-atlas/countries-50m.json') as { objects: { countries: { geometries: Array<{ id?: string; properties: { name: string } }> } } };
    const found = new Set(topo.objects.countries.geometries.map((g) => alpha3(g.id, g.properties.name)));
    for (const code of Object.keys(EXTENT)) expect(found.has(code), code).toBe(true);
  });
  it('names', () => {
    expect(countryName('TUR')).toBe('Türkiye');
    expect(countryName('IRN')).toBe('Iran');
    expect(() => countryName('USA')).toThrow(/unknown/);
  });
});
