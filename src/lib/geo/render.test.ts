import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { correctAtlas, type Atlas } from './atlas';
import { EXTENT } from './iso';
import { dotPath, labelAt, renderMap } from './render';

const require = createRequire(import.meta.url);
const atlas = correctAtlas(require('world-atlas/countries-50m.json') as Atlas);
const zone = {
  type: 'Feature' as const,
  properties: { id: 'test-zone' },
  geometry: { type: 'Polygon' as const, coordinates: [[[44, 40], [45, 40], [45, 41], [44, 41], [44, 40]]] }, // clockwise on the sphere (d3)
};
const map = renderMap(atlas, [zone], {
  window: { west: -22, south: 34, east: 88, north: 71 }, width: 960, parallels: [40, 65],
  drawn: (c) => c in EXTENT, dot: 2.5, scale: 1, tolerance: 0.5, minArea: 2,
});

describe('renderMap', () => {
  it('draws every state of the extent, microstates as dots', () => {
    expect(map.countries.map((c) => c.code).sort()).toEqual(Object.keys(EXTENT).sort());
    expect(map.countries.find((c) => c.code === 'VAT')!.d).toMatch(/a2\.5 2\.5 0 1 0/);
  });
  it('writes compact integer path data', () => {
    const est = map.countries.find((c) => c.code === 'EST')!.d;
    expect(est).toMatch(/^M\d+ \d+l/);
    expect(est).not.toMatch(/\d\.\d/);
  });
  it('has context land, borders and the zone', () => {
    expect(map.context.length).toBeGreaterThan(100);
    expect(map.borders.startsWith('M')).toBe(true);
    expect(map.zones).toEqual([{ id: 'test-zone', d: expect.stringMatching(/^M\d+ \d+l.*z$/) }]);
  });
  it('stays within budget (all shapes, raw characters)', () => {
    const total = map.countries.reduce((n, c) => n + c.d.length, 0) + map.context.length + map.borders.length;
    expect(total).toBeLessThan(60_000);
  });
  it('is deterministic', () => {
    const again = renderMap(atlas, [zone], {
      window: { west: -22, south: 34, east: 88, north: 71 }, width: 960, parallels: [40, 65],
      drawn: (c) => c in EXTENT, dot: 2.5, scale: 1, tolerance: 0.5, minArea: 2,
    });
    expect(again).toEqual(map);
  });
});

describe('helpers', () => {
  it('dotPath is a closed circle', () => expect(dotPath(10, 20, 2)).toBe('M8 20a2 2 0 1 0 4 0a2 2 0 1 0 -4 0z'));
  it.each<[{ x: number; y: number }, number, [number, number]]>([
    [{ x: 300, y: 200 }, 6, [300, 200]],
    [{ x: 2, y: 200 }, 10, [43, 200]],
    [{ x: 639, y: 399 }, 4, [620, 387]],
  ])('labelAt %j (%i chars) → %j', (at, chars, expected) => expect(labelAt(at, chars, 13, 640, 400)).toEqual(expected));
});
