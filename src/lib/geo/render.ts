/**
 * Build-time map rendering: country shapes, shared borders (drawn once) and conflict zones as compact SVG
 * path strings in a fitted, clipped frame. Nothing here touches the DOM; no geometry reaches the browser.
 */
import { geoCentroid, geoPath, type GeoProjection } from 'd3';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { borders, groupByCountry, mergedFeature, type Atlas } from './atlas';
import { fitWindow, type Window } from './projection';
import { CompactPathContext, type CompactOptions } from './svg-path';

export interface MapShape {
  code: string; // alpha-3
  d: string; // SVG path data
}

export interface RenderedMap {
  width: number;
  height: number;
  countries: MapShape[]; // sorted by code
  context: string; // everything else in the frame, as one plain land shape
  borders: string; // borders between two countries (at least one of them drawn as a country)
  zones: Array<{ id: string; d: string }>;
  labels: Array<{ code: string; x: number; y: number }>; // where to name a country (its visible part's centroid)
}

export interface RenderOptions extends CompactOptions {
  window: Window;
  width: number;
  parallels?: [number, number];
  /** Countries drawn as their own shapes; every other land in the frame is plain context. */
  drawn: (code: string) => boolean;
  /** Radius (px) of the dot that stands for a country too small to show as a shape. */
  dot?: number;
  /** Label countries whose visible part covers at least this many px² (0: no labels). */
  labelArea?: number;
}

/** A small circle as path data, for states smaller than a pixel or two. */
export function dotPath(x: number, y: number, r: number): string {
  const f = (n: number) => String(Math.round(n * 10) / 10);
  return `M${f(x - r)} ${f(y)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0z`;
}

/** Render `atlas` and `zones` into the window. */
export function renderMap(atlas: Atlas, zones: Array<Feature<Polygon | MultiPolygon, { id: string }>>, options: RenderOptions): RenderedMap {
  const { projection, width, height } = fitWindow(options.window, options.width, options.parallels);
  return renderWith(atlas, zones, projection, width, height, options);
}

export function renderWith(
  atlas: Atlas,
  zones: Array<Feature<Polygon | MultiPolygon, { id: string }>>,
  projection: GeoProjection,
  width: number,
  height: number,
  options: Omit<RenderOptions, 'window' | 'width'>,
): RenderedMap {
  const context = new CompactPathContext(options);
  const path = geoPath(projection, context);
  const draw = (object: Parameters<typeof path>[0]): string => {
    path(object);
    return context.result();
  };
  const inFrame = ([x, y]: [number, number]) => x >= 0 && y >= 0 && x <= width && y <= height;
  const measure = geoPath(projection);
  const countries: MapShape[] = [];
  const labels: RenderedMap['labels'] = [];
  const contextGeoms = [];
  for (const [code, geoms] of groupByCountry(atlas)) {
    if (code === '' || !options.drawn(code)) {
      contextGeoms.push(...geoms);
      continue;
    }
    const shape = mergedFeature(atlas, geoms);
    let d = draw(shape);
    if (d === '' && options.dot) {
      const c = projection(geoCentroid(shape));
      if (c && inFrame(c)) d = dotPath(c[0], c[1], options.dot);
    }
    if (d !== '') countries.push({ code, d });
    if (d !== '' && options.labelArea && measure.area(shape) >= options.labelArea) {
      const [x, y] = measure.centroid(shape);
      labels.push({ code, x: Math.round(x), y: Math.round(y) });
    }
  }
  countries.sort((a, b) => a.code.localeCompare(b.code));
  const drawnCode = (c: string | null) => c !== null && options.drawn(c);
  return {
    width,
    height,
    countries,
    context: contextGeoms.length ? draw(mergedFeature(atlas, contextGeoms)) : '',
    borders: draw(borders(atlas, (a, b) => drawnCode(a) || drawnCode(b))),
    zones: zones.map((z) => ({ id: z.properties.id, d: draw(z) })),
    labels: labels.sort((a, b) => a.code.localeCompare(b.code)),
  };
}

/** A label's anchor kept inside the frame, its width guessed from its length (≈0.6 em a character). */
export function labelAt(at: { x: number; y: number }, chars: number, fontSize: number, width: number, height: number): [number, number] {
  const half = (chars * fontSize * 0.6) / 2 + 4;
  const clamp = (v: number, lo: number, hi: number) => Math.round(Math.min(Math.max(v, lo), hi));
  return [clamp(at.x, half, width - half), clamp(at.y, fontSize, height - fontSize)];
}
