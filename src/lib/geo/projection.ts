/**
 * Projections for maps of Europe, the Caucasus and Central Asia: an equal-area conic fitted to a window and
 * clipped to it, so that only what shows is written out.
 */
import { geoBounds, geoConicEqualArea, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
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

/** The bounding window of an object, widened by `margin` of its size on each side (at least `min` degrees). */
export function paddedWindow(object: GeoPermissibleObjects, margin: number, min = 0): Window {
  const [[west, south], [east, north]] = geoBounds(object);
  const dx = Math.max((east - west) * margin, min);
  const dy = Math.max((north - south) * margin, min);
  return { west: west - dx, south: south - dy, east: east + dx, north: north + dy };
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
