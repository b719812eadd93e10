import { createRequire } from 'node:module';
import { geoContains } from 'd3';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { CRIMEA_POINT, borders, correctAtlas, groupByCountry, mergedFeature, movePolygon, type Atlas } from './atlas';

const require = createRequire(import.meta.url);
const raw = require('world-atlas/countries-50m.json') as Atlas;
const atlas = correctAtlas(raw);
const groups = groupByCountry(atlas);
const shape = (code: string) => mergedFeature(atlas, groups.get(code)!);

describe('corrections', () => {
  it('world-atlas itself puts Crimea in Russia (why the correction exists)', () => {
    const rus = raw.objects.countries.geometries.find((g) => g.id === '643')!;
    expect(geoContains(feature(raw, rus), CRIMEA_POINT)).toBe(true);
  });
  it.each<[string, [number, number], string, boolean]>([
    ['Simferopol', CRIMEA_POINT, 'UKR', true],
    ['Simferopol', CRIMEA_POINT, 'RUS', false],
    ['Sevastopol', [33.52, 44.6], 'UKR', true],
    ['Kyiv', [30.52, 50.45], 'UKR', true],
    ['Moscow', [37.62, 55.75], 'RUS', true],
    ['Mariehamn (Åland)', [19.94, 60.1], 'FIN', true],
    ['Kyrenia (north of Cyprus)', [33.32, 35.33], 'CYP', true],
  ])('%s is in %s: %s', (_, point, code, expected) => expect(geoContains(shape(code), point)).toBe(expected));
  it('leaves the input topology untouched', () => {
    expect(raw.objects.countries.geometries.find((g) => g.id === '804')!.type).toBe('MultiPolygon');
    const moved = movePolygon(raw, '643', '804', CRIMEA_POINT);
    expect(moved).not.toBe(raw);
    expect(movePolygon(moved, '643', '804', CRIMEA_POINT)).toBe(moved); // nothing left to move
  });
  it('throws on an unknown id', () => {
    expect(() => movePolygon(raw, '999', '804', CRIMEA_POINT)).toThrow(/no country/);
  });
});

describe('borders', () => {
  it('draws no line across Crimea once it is part of Ukraine, and one between Ukraine and Russia', () => {
    const ukrRus = borders(atlas, (a, b) => [a, b].sort().join() === 'RUS,UKR');
    expect(ukrRus.coordinates.length).toBeGreaterThan(0);
    const perekop: [number, number] = [33.7, 46.15];
    const near = ukrRus.coordinates.flat().some(([x, y]) => Math.abs(x! - perekop[0]) < 0.3 && Math.abs(y! - perekop[1]) < 0.3);
    expect(near).toBe(false);
  });
  it('skips pairs the filter rejects', () => {
    expect(borders(atlas, () => false).coordinates).toEqual([]);
  });
});
