/**
 * Conflict zones (content/data/zones.geojson): parsed, checked field by field (a bad file fails the build,
 * naming the file, the feature and the field) and wound the way d3-geo expects.
 */
import { geoArea } from 'd3';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { isIsoDate } from '../dates';
import { CASE_IDS, type CaseId } from '../vocab';

export interface ZoneProperties {
  id: string;
  name: string;
  nameVariants: string[];
  case: CaseId;
  from: string; // ISO
  to: string | null; // ISO, or null while it lasts
  controlledBy: string;
  method: string;
  source: string; // https
  schematic: boolean;
}
export type Zone = Feature<Polygon | MultiPolygon, ZoneProperties>;

/**
 * d3-geo reads rings clockwise on the sphere; GeoJSON (RFC 7946) writes exteriors counter-clockwise. A polygon
 * read the wrong way covers the rest of the globe, so reverse the rings when the area is over a hemisphere.
 */
export function windForD3<G extends Polygon | MultiPolygon>(geometry: G): G {
  const wind = (rings: Position[][]): Position[][] =>
    geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings;
  return (geometry.type === 'Polygon'
    ? { ...geometry, coordinates: wind(geometry.coordinates) }
    : { ...geometry, coordinates: geometry.coordinates.map(wind) }) as G;
}

/** Parse and check the zones file; `file` names it in errors. */
export function parseZones(text: string, file: string): Zone[] {
  const data = JSON.parse(text) as FeatureCollection;
  if (data?.type !== 'FeatureCollection' || !Array.isArray(data.features)) throw new Error(`${file}: expected a GeoJSON FeatureCollection`);
  const seen = new Set<string>();
  return data.features.map((f, i) => {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    const where = `${file}: feature ${i} (${String(p.id ?? 'no id')})`;
    const fail = (field: string, what: string): never => {
      throw new Error(`${where}: field "${field}" ${what}`);
    };
    const str = (field: string) => (typeof p[field] === 'string' && (p[field] as string).length > 0 ? (p[field] as string) : fail(field, 'must be a non-empty string'));
    const id = str('id');
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) fail('id', 'must be a lower-case slug');
    if (seen.has(id)) fail('id', 'is a duplicate');
    seen.add(id);
    const from = str('from');
    if (!isIsoDate(from)) fail('from', 'must be an ISO date');
    const to = p.to === null ? null : str('to');
    if (to !== null && !isIsoDate(to)) fail('to', 'must be an ISO date or null');
    const kase = str('case');
    if (!(CASE_IDS as readonly string[]).includes(kase)) fail('case', `must be one of ${CASE_IDS.join(', ')}`);
    const source = str('source');
    if (!source.startsWith('https://')) fail('source', 'must be an https URL');
    if (typeof p.schematic !== 'boolean') fail('schematic', 'must be true or false');
    const variants = p.nameVariants ?? [];
    if (!Array.isArray(variants) || variants.some((v) => typeof v !== 'string')) fail('nameVariants', 'must be a list of strings');
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') fail('geometry', 'must be a Polygon or MultiPolygon');
    const properties: ZoneProperties = {
      id, name: str('name'), nameVariants: variants as string[], case: kase as CaseId, from, to,
      controlledBy: str('controlledBy'), method: str('method'), source, schematic: p.schematic as boolean,
    };
    return { type: 'Feature', properties, geometry: windForD3(f.geometry as Polygon | MultiPolygon) };
  });
}

export { zoneState } from './zone-state';
