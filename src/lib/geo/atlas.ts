/**
 * world-atlas (Natural Earth admin-0) topology → country geometries keyed by alpha-3, at build time.
 * Corrections: features folded into their state (see iso.ts), and Crimea, which Natural Earth 4.1 (the data of
 * world-atlas 2) puts inside Russia, moved back to Ukraine, as internationally recognised (UNGA res. 68/262).
 */
import { geoContains } from 'd3';
import { feature, merge, mesh } from 'topojson-client';
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, GeometryObject, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { alpha3 } from './iso';

export type CountryGeometry = GeometryObject<{ name?: string }>;
export type Atlas = Topology<{ countries: GeometryCollection<{ name?: string }> }>;

/** A point inside Crimea (Simferopol), to find the polygon Natural Earth 4.1 files under Russia. */
export const CRIMEA_POINT: [number, number] = [34.1, 44.95];

const polygonsOf = (g: CountryGeometry): number[][][] =>
  g.type === 'Polygon' ? [(g as TopoPolygon).arcs] : g.type === 'MultiPolygon' ? (g as TopoMultiPolygon).arcs : [];

/**
 * Move the polygon of `from` that contains `point` to `to`. Returns a new topology (the input is untouched);
 * the same topology when `from` has no such polygon.
 */
export function movePolygon(topology: Atlas, from: string, to: string, point: [number, number]): Atlas {
  const geoms = topology.objects.countries.geometries;
  const source = geoms.find((g) => g.id === from);
  const target = geoms.find((g) => g.id === to);
  if (!source || !target) throw new Error(`movePolygon: no country ${source ? to : from} in the topology`);
  const polys = polygonsOf(source);
  const index = polys.findIndex((arcs) => geoContains(feature(topology, { type: 'Polygon', arcs }), point));
  if (index < 0) return topology;
  const moved = polys[index]!;
  const rest = polys.filter((_, i) => i !== index);
  const next = geoms.map((g) => {
    if (g === source) return { ...g, type: 'MultiPolygon', arcs: rest } as CountryGeometry;
    if (g === target) return { ...g, type: 'MultiPolygon', arcs: [...polygonsOf(g), moved] } as CountryGeometry;
    return g;
  });
  return { ...topology, objects: { ...topology.objects, countries: { ...topology.objects.countries, geometries: next } } };
}

/** The atlas with the site's corrections applied. */
export function correctAtlas(topology: Atlas): Atlas {
  return movePolygon(topology, '643', '804', CRIMEA_POINT);
}

/** Alpha-3 code of a topology geometry (null: out of scope). */
export const codeOf = (g: CountryGeometry): string | null => alpha3(g.id, (g.properties as { name?: string } | undefined)?.name);

/** Geometries grouped by alpha-3 code; geometries outside the maps' scope under "". */
export function groupByCountry(topology: Atlas): Map<string, CountryGeometry[]> {
  const groups = new Map<string, CountryGeometry[]>();
  for (const g of topology.objects.countries.geometries) {
    if (g.type === null) continue;
    const code = codeOf(g) ?? '';
    groups.set(code, [...(groups.get(code) ?? []), g]);
  }
  return groups;
}

/** One feature for a set of geometries, their shared borders dissolved. */
export function mergedFeature(topology: Atlas, geoms: CountryGeometry[]): Feature<Polygon | MultiPolygon> {
  if (geoms.length === 1 && geoms[0]!.type === 'Polygon') return feature(topology, geoms[0]!) as Feature<Polygon>;
  return { type: 'Feature', properties: {}, geometry: merge(topology, geoms as Array<TopoPolygon | TopoMultiPolygon>) };
}

/** Borders between two different countries, each drawn once; `keep` says which pairs to draw. */
export function borders(topology: Atlas, keep: (a: string | null, b: string | null) => boolean): MultiLineString {
  return mesh(topology, topology.objects.countries, (a, b) => {
    if (a === b) return false;
    const [ca, cb] = [codeOf(a), codeOf(b)];
    return (ca === null || ca !== cb) && keep(ca, cb);
  });
}
