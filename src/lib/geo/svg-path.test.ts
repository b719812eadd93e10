import { geoIdentity, geoPath } from 'd3';
import { describe, expect, it } from 'vitest';
import { CompactPathContext, ringArea, simplifyLine, simplifyRing } from './svg-path';

type Pt = [number, number];

describe('simplifyLine (Douglas–Peucker)', () => {
  it.each<[string, Pt[], number, Pt[]]>([
    ['keeps a two-point line', [[0, 0], [5, 5]], 1, [[0, 0], [5, 5]]],
    ['drops a point within tolerance', [[0, 0], [5, 0.4], [10, 0]], 0.5, [[0, 0], [10, 0]]],
    ['keeps a point beyond tolerance', [[0, 0], [5, 2], [10, 0]], 0.5, [[0, 0], [5, 2], [10, 0]]],
    ['off when tolerance is 0', [[0, 0], [5, 0.1], [10, 0]], 0, [[0, 0], [5, 0.1], [10, 0]]],
  ])('%s', (_, input, tol, expected) => expect(simplifyLine(input, tol)).toEqual(expected));
});

describe('simplifyRing', () => {
  it('keeps the corners of a square with a redundant midpoint', () => {
    expect(simplifyRing([[0, 0], [5, 0], [10, 0], [10, 10], [0, 10]], 0.5)).toEqual([[0, 0], [10, 0], [10, 10], [0, 10]]);
  });
});

describe('ringArea', () => {
  it.each<[Pt[], number]>([
    [[[0, 0], [10, 0], [10, 10], [0, 10]], 100],
    [[[0, 0], [0, 10], [10, 10], [10, 0]], -100],
  ])('%j → %d', (ring, area) => expect(ringArea(ring)).toBe(area));
});

describe('CompactPathContext', () => {
  const draw = (object: Parameters<ReturnType<typeof geoPath>>[0], options = {}) => {
    const context = new CompactPathContext(options);
    geoPath(geoIdentity(), context)(object);
    return context.result();
  };
  const square = (x: number, y: number, s: number) => ({
    type: 'Polygon' as const,
    coordinates: [[[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]]],
  });
  it.each<[string, Parameters<typeof draw>[0], object, string]>([
    ['a polygon in relative commands', square(10, 20, 5), {}, 'M10 20l5 0 0 5-5 0z'],
    ['rounds to the grid', square(10.4, 20.6, 5), {}, 'M10 21l5 0 0 5-5 0z'],
    ['one decimal at scale 10', square(0.5, 1, 2), { scale: 10 }, 'M.5 1l2 0 0 2-2 0z'],
    ['drops rings below minArea', square(0, 0, 1), { minArea: 2 }, ''],
    ['a second ring starts relative to the first', { type: 'MultiPolygon', coordinates: [square(0, 0, 4).coordinates, square(10, 0, 4).coordinates] }, {}, 'M0 0l4 0 0 4-4 0zm10 0l4 0 0 4-4 0z'],
    ['an open line', { type: 'LineString', coordinates: [[0, 0], [3, 4], [6, 8.2]] }, { tolerance: 0.5 }, 'M0 0l6 8'],
  ])('%s', (_, object, options, expected) => expect(draw(object, options)).toBe(expected));

  it('resets after result()', () => {
    const context = new CompactPathContext();
    const path = geoPath(geoIdentity(), context);
    path(square(0, 0, 3));
    context.result();
    path(square(1, 1, 3));
    expect(context.result()).toBe('M1 1l3 0 0 3-3 0z');
  });
});
