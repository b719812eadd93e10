/**
 * Map views, rendered once per build: the explorer map and the note-2 alignment map on /maps/, the regional
 * map of each case. Geometry comes from world-atlas (Natural Earth 50m) and content/data/zones.geojson;
 * membership from the membership collection via library(). Only SVG path strings leave this module.
 */
import atlasJson from 'world-atlas/countries-50m.json';
import zonesText from '../../content/data/zones.geojson?raw';
import alignmentText from '../../content/data/alignment.yaml?raw';
import { library } from '@/data';
import { correctAtlas, type Atlas } from '@/lib/geo/atlas';
import { parseAlignment, type AlignmentGroup } from '@/lib/geo/alignment';
import { EXTENT, NEIGHBOURS, countryName } from '@/lib/geo/iso';
import { fitAround, fitWindow, windowOutlinePath } from '@/lib/geo/projection';
import { renderWith, renderMap, type RenderedMap } from '@/lib/geo/render';
import { parseZones, type Zone } from '@/lib/geo/zones';
import { sinceAt, statusAt, statusOn, timelines, yearEnd, yearSummary, type MapStatus, type MembershipRecord, type Timeline } from '@/lib/membership';
import { zoneState, type ZoneState } from '@/lib/geo/zone-state';
import { formatDate } from '@/lib/dates';

export const ZONES_FILE = 'content/data/zones.geojson';
export const ALIGNMENT_FILE = 'content/data/alignment.yaml';

/** The first year the explorer offers (the USSR dissolved in December 1991). */
export const FIRST_YEAR = 1991;

/** The year the build stands for: SOURCE_DATE_EPOCH when set (reproducible builds), else today. */
export function currentYear(): number {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return (Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date()).getUTCFullYear();
}

const atlas = correctAtlas(atlasJson as unknown as Atlas);
const DETAIL = { scale: 1, tolerance: 0.5, minArea: 2 } as const;
/** Case pages carry their map within a 24 KB budget: a little coarser. */
const REGIONAL_DETAIL = { scale: 1, tolerance: 0.9, minArea: 5 } as const;

let zoneCache: Zone[] | undefined;
export function zones(): Zone[] {
  zoneCache ??= parseZones(zonesText, ZONES_FILE);
  return zoneCache;
}

/** The zones file for download: checked (zones() throws on a bad file), then passed on as written. */
export function zonesFeatureCollection(): unknown {
  zones();
  return JSON.parse(zonesText);
}

let groupCache: AlignmentGroup[] | undefined;
export function alignmentGroups(): AlignmentGroup[] {
  groupCache ??= parseAlignment(alignmentText, ALIGNMENT_FILE);
  return groupCache;
}

export interface MembershipData {
  records: MembershipRecord[];
  timelines: Record<string, Timeline>;
  /** Display name of a country: the membership file's where it has one. */
  name: (code: string) => string;
}

let membershipCache: Promise<MembershipData> | undefined;
export function membership(): Promise<MembershipData> {
  membershipCache ??= library().then(({ membership: entries }) => {
    const records = entries.map((e) => e.data as MembershipRecord);
    const names = new Map(records.map((r) => [r.country, r.name]));
    return { records, timelines: timelines(records), name: (code) => names.get(code) ?? countryName(code) };
  });
  return membershipCache;
}

const EXPLORER_WINDOW = { west: -22, south: 34, east: 88, north: 71 };
const EXPLORER_WIDTH = 960;
const EXPLORER_PARALLELS: [number, number] = [40, 65];
let explorerCache: RenderedMap | undefined;
/** The membership map of Europe, the Caucasus and Central Asia. */
export function explorerMap(): RenderedMap {
  explorerCache ??= renderMap(atlas, zones(), {
    window: EXPLORER_WINDOW, width: EXPLORER_WIDTH, parallels: EXPLORER_PARALLELS,
    drawn: (c) => c in EXTENT, dot: 2.5, ...DETAIL,
  });
  return explorerCache;
}

/** The explorer's inset: the South Caucasus, Crimea and eastern Ukraine, where the three cases lie. */
export const INSET_WINDOW = { west: 32, south: 38.2, east: 50.6, north: 49.2 } as const;
const INSET_DETAIL = { scale: 1, tolerance: 0.8, minArea: 4 } as const;
let insetCache: RenderedMap | undefined;
export function insetMap(): RenderedMap {
  insetCache ??= renderMap(atlas, zones(), { window: INSET_WINDOW, width: 300, drawn: (c) => c in EXTENT, ...INSET_DETAIL });
  return insetCache;
}

let alignmentCache: RenderedMap | undefined;
/** The fifteen post-Soviet states, for the note-2 map. */
export function alignmentMap(): RenderedMap {
  const postSoviet = new Set(alignmentGroups().flatMap((g) => g.countries));
  alignmentCache ??= renderMap(atlas, [], {
    window: { west: 19, south: 35, east: 88, north: 66 }, width: 720, drawn: (c) => postSoviet.has(c), ...DETAIL,
  });
  return alignmentCache;
}

export interface RegionalMap extends RenderedMap {
  date: string; // the day whose alliance status is shown
  status: Record<string, MapStatus>;
  zoneList: Zone[];
}

const regionalCache = new Map<string, Promise<RegionalMap>>();
/** A case's zones, zoomed, with neighbours coloured by alliance status on the day the crisis began. */
export function regionalMap(caseId: string): Promise<RegionalMap> {
  const cached = regionalCache.get(caseId);
  if (cached) return cached;
  const result = (async () => {
    const { cases } = await library();
    const entry = cases.find((c) => c.id === caseId);
    if (!entry) throw new Error(`regionalMap: unknown case "${caseId}"`);
    const zoneList = zones().filter((z) => z.properties.case === caseId);
    if (zoneList.length === 0) throw new Error(`${ZONES_FILE}: no zone has case "${caseId}"`);
    const { projection, width, height } = fitAround({ type: 'FeatureCollection', features: zoneList }, 640, 400, [0.3, 0.25]);
    const known = (c: string) => c in EXTENT || c in NEIGHBOURS;
    const map = renderWith(atlas, zoneList, projection, width, height, { drawn: known, labelArea: 2500, ...REGIONAL_DETAIL });
    const { records } = await membership();
    const date = entry.data.start;
    const status = Object.fromEntries(map.countries.map((c) => [c.code, statusOn(records, c.code, date)]));
    return { ...map, date, status, zoneList };
  })();
  regionalCache.set(caseId, result);
  return result;
}

export interface ExplorerCountry {
  code: string;
  name: string;
  d: string;
  status: MapStatus;
  since: string | null;
}

export interface ExplorerView {
  map: RenderedMap;
  /** The inset's window outlined on the main map (path data). */
  insetOutline: string;
  /** The inset map, coloured for the same year: its country and zone paths carry the same data-* as the main map's. */
  inset: { map: RenderedMap; countries: Array<{ code: string; d: string; status: MapStatus }>; zones: Array<{ id: string; d: string; state: ZoneState }> };
  first: number;
  year: number;
  date: string;
  countries: ExplorerCountry[]; // by name
  zones: Array<Zone['properties'] & { d: string; state: ZoneState }>;
  offMap: Array<{ code: string; name: string; status: MapStatus; since: string | null }>; // members the frame leaves out
  summary: string; // the year's changes in one sentence
  payload: string; // JSON for the map script
}

/** Everything /maps/ shows for the default year, and the compact data the script recolours from. */
export async function explorerView(): Promise<ExplorerView> {
  const map = explorerMap();
  const m = await membership();
  const year = currentYear();
  const date = yearEnd(year);
  const countries = map.countries
    .map((c) => ({ ...c, name: m.name(c.code), status: statusAt(m.timelines[c.code], date), since: sinceAt(m.timelines[c.code], date) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const drawn = new Set(countries.map((c) => c.code));
  const zoneRows = zones().map((z) => ({
    ...z.properties,
    d: map.zones.find((r) => r.id === z.properties.id)?.d ?? '',
    state: zoneState(z.properties.from, z.properties.to, date),
  }));
  const offMap = [...new Set(m.records.map((r) => r.country))]
    .filter((c) => !drawn.has(c))
    .map((c) => ({ code: c, name: m.name(c), status: statusAt(m.timelines[c], date), since: sinceAt(m.timelines[c], date) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const inset = insetMap();
  const insetView = {
    map: inset,
    countries: inset.countries.map((c) => ({ ...c, status: statusAt(m.timelines[c.code], date) })),
    zones: inset.zones.filter((z) => z.d !== '').map((z) => ({ ...z, state: zoneRows.find((r) => r.id === z.id)!.state })),
  };
  const payload = {
    first: FIRST_YEAR,
    last: year,
    t: m.timelines,
    n: Object.fromEntries([...countries, ...offMap].map((c) => [c.code, c.name])),
    z: Object.fromEntries(zoneRows.map((z) => [z.id, [z.from, z.to, z.name]])),
  };
  return {
    map, inset: insetView, insetOutline: windowOutlinePath(fitWindow(EXPLORER_WINDOW, EXPLORER_WIDTH, EXPLORER_PARALLELS).projection, INSET_WINDOW), first: FIRST_YEAR, year, date, countries, zones: zoneRows, offMap,
    summary: yearSummary(m.timelines, year, m.name, formatDate),
    payload: JSON.stringify(payload).replace(/</g, '\\u003c'),
  };
}
