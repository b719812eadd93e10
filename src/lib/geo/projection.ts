/**
 * Projections for maps of Europe, the Caucasus and Central Asia: an equal-area conic fitted to a window and
 * clipped to it, so that only what shows is written out.
 */
import { geoBounds, geoConicEqualArea, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3';
import type { MultiPoint } from 'geojson';

/** A geographic window in degrees. */
export interface Window {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** The window's outline as points along its parallels and meridians (a fit target that follows the graticule). */
export function windowOutline(w: Window, step = 1): MultiPoint {
  const coordinates: number[][] = [];
  for (let x = w.west; x <= w.east + 1e-9; x += step) coordinates.push([x, w.south], [x, w.north]);
  for (let y = w.south; y <= w.north + 1e-9; y += step) coordinates.push([w.west, y], [w.east, y]);
  return { type: 'MultiPoint', coordinates };
}

export interface FittedProjection {
  projection: GeoProjection;
  width: number;
  height: number;
}

/**
 * An equal-area conic centred on the window, standard parallels at its sixths, fitted to `width` pixels and
 * clipped to the resulting frame (height follows from the window's shape).
 */
export function fitWindow(w: Window, width: number, parallels?: [number, number]): FittedProjection {
  const span = w.north - w.south;
  const projection = geoConicEqualArea()
    .parallels(parallels ?? [w.south + span / 6, w.north - span / 6])
    .rotate([-(w.west + w.east) / 2, 0]);
  const outline = windowOutline(w, Math.max(0.25, Math.min(2, span / 20)));
  projection.fitWidth(width, outline);
  const [[, y0], [, y1]] = geoPath(projection).bounds(outline);
  const height = Math.ceil(y1 - y0);
  projection.fitExtent([[0, 0], [width, height]], outline).clipExtent([[0, 0], [width, height]]);
  return { projection, width, height };
}

/**
 * An equal-area conic centred on `object`, fitted (fitExtent) so that the object fills the middle of a
 * width × height frame, `inset` of the frame left as margin on each side; clipped to the frame.
 */
export function fitAround(object: GeoPermissibleObjects, width: number, height: number, inset: [number, number]): FittedProjection {
  const [[west, south], [east, north]] = geoBounds(object);
  const span = Math.max(north - south, 1);
  const projection = geoConicEqualArea()
    .parallels([south + span / 6, north - span / 6])
    .rotate([-(west + east) / 2, 0]);
  const [mx, my] = [width * inset[0], height * inset[1]];
  projection.fitExtent([[mx, my], [width - mx, height - my]], object).clipExtent([[0, 0], [width, height]]);
  return { projection, width, height };
}

/** A window's edge as SVG path data in `projection` (parallels and meridians sampled every `step` degrees). */
export function windowOutlinePath(projection: GeoProjection, w: Window, step = 0.5): string {
  const pts: Array<[number, number]> = [];
  const range = (a: number, b: number) => {
    const n = Math.max(1, Math.ceil(Math.abs(b - a) / step));
    return Array.from({ length: n + 1 }, (_, k) => a + ((b - a) * k) / n);
  };
  for (const x of range(w.west, w.east)) pts.push([x, w.south]);
  for (const y of range(w.south, w.north).slice(1)) pts.push([w.east, y]);
  for (const x of range(w.east, w.west).slice(1)) pts.push([x, w.north]);
  for (const y of range(w.north, w.south).slice(1, -1)) pts.push([w.west, y]);
  const xy = pts.map((p) => projection(p)).filter((p): p is [number, number] => p !== null);
  return `M${xy.map(([x, y]) => `${Math.round(x * 10) / 10} ${Math.round(y * 10) / 10}`).join('L')}Z`;
}
