import { describe, expect, it } from 'vitest';
import { fitAround, fitWindow, windowOutline, windowOutlinePath } from './projection';

describe('windowOutline', () => {
  it('samples the four edges', () => {
    const { coordinates } = windowOutline({ west: 0, south: 0, east: 2, north: 1 }, 1);
    expect(coordinates).toContainEqual([0, 0]);
    expect(coordinates).toContainEqual([2, 1]);
    expect(coordinates).toContainEqual([1, 1]);
  });
});

describe('fitWindow', () => {
  const { projection, width, height } = fitWindow({ west: -22, south: 34, east: 88, north: 71 }, 960, [40, 65]);
  it('keeps the width and derives the height', () => {
    expect(width).toBe(960);
    expect(height).toBeGreaterThan(300);
    expect(height).toBeLessThan(700);
  });
  it.each<[string, [number, number]]>([
    ['Lisbon', [-9.14, 38.72]], ['Tallinn', [24.75, 59.44]], ['Yerevan', [44.51, 40.18]], ['Almaty', [76.9, 43.24]],
  ])('%s falls inside the frame', (_, point) => {
    const [x, y] = projection(point)!;
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(width);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(height);
  });
  it('clips to the frame', () => expect(projection.clipExtent()).toEqual([[0, 0], [width, height]]));
});

describe('fitAround', () => {
  it('puts the object inside the inset box', () => {
    const square = { type: 'Polygon' as const, coordinates: [[[44, 40], [44, 41], [45, 41], [45, 40], [44, 40]]] };
    const { projection } = fitAround(square, 640, 400, [0.3, 0.25]);
    for (const p of square.coordinates[0]!) {
      const [x, y] = projection(p as [number, number])!;
      expect(x).toBeGreaterThanOrEqual(640 * 0.3 - 1);
      expect(x).toBeLessThanOrEqual(640 * 0.7 + 1);
      expect(y).toBeGreaterThanOrEqual(400 * 0.25 - 1);
      expect(y).toBeLessThanOrEqual(400 * 0.75 + 1);
    }
  });
});

describe('windowOutlinePath', () => {
  it('outlines the window inside the frame fitted to a larger window', () => {
    const { projection, width, height } = fitWindow({ west: -22, south: 34, east: 88, north: 71 }, 960, [40, 65]);
    const d = windowOutlinePath(projection, { west: 32, south: 38, east: 50, north: 49 });
    expect(d.startsWith('M')).toBe(true);
    expect(d.endsWith('Z')).toBe(true);
    const nums = d.slice(1, -1).split('L').map((p) => p.split(' ').map(Number));
    for (const [x, y] of nums) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(height);
    }
  });
});
