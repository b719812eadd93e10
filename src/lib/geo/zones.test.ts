import { readFileSync } from 'node:fs';
import { geoArea } from 'd3';
import { describe, expect, it } from 'vitest';
import { parseZones, windForD3 } from './zones';
import { zoneState } from './zone-state';

const text = readFileSync('content/data/zones.geojson', 'utf8');
const zones = parseZones(text, 'zones.geojson');

const base = {
  id: 'z', name: 'Z', case: 'georgia-2008', from: '2000-01-01', to: null, controlledBy: 'x', method: 'm',
  source: 'https://example.org', schematic: true,
};
const fc = (properties: Record<string, unknown>, geometry: unknown = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }) =>
  JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties, geometry }] });

describe('the zones file', () => {
  it('has the six zones of the three cases', () => {
    expect(zones.map((z) => z.properties.id)).toEqual(['abkhazia', 'south-ossetia', 'nagorno-karabakh', 'nk-surrounding-districts', 'crimea', 'donbas-ngca']);
  });
  it('is wound for d3 (every zone smaller than a hemisphere)', () => {
    for (const z of zones) expect(geoArea(z), z.properties.id).toBeLessThan(0.01);
  });
});

describe('parseZones rejects bad data, naming the field', () => {
  it.each<[string, string, RegExp]>([
    ['missing id', fc({ ...base, id: undefined }), /field "id"/],
    ['bad date', fc({ ...base, from: '2000-13-01' }), /field "from"/],
    ['bad to', fc({ ...base, to: 'soon' }), /field "to"/],
    ['unknown case', fc({ ...base, case: 'kosovo-1999' }), /field "case"/],
    ['http source', fc({ ...base, source: 'http://example.org' }), /field "source"/],
    ['schematic not boolean', fc({ ...base, schematic: 'yes' }), /field "schematic"/],
    ['point geometry', fc(base, { type: 'Point', coordinates: [0, 0] }), /field "geometry"/],
    ['not a collection', '{"type":"Feature"}', /FeatureCollection/],
  ])('%s', (_, input, message) => expect(() => parseZones(input, 'bad.geojson')).toThrow(message));
  it('names the file', () => expect(() => parseZones(fc({ ...base, from: 'x' }), 'content/data/zones.geojson')).toThrow(/^content\/data\/zones\.geojson: feature 0 \(z\)/));
});

describe('windForD3', () => {
  it.each([
    ['counter-clockwise (RFC 7946) is reversed', [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]], [[[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]]],
    ['clockwise stays', [[[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]], [[[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]]],
  ])('%s', (_, coordinates, expected) => expect(windForD3({ type: 'Polygon', coordinates }).coordinates).toEqual(expected));
});

describe('zoneState on a day', () => {
  it.each<[string, string | null, string, string]>([
    ['1994-05-12', '2023-09-28', '1993-12-31', 'future'],
    ['1994-05-12', '2023-09-28', '1994-12-31', 'active'],
    ['1994-05-12', '2023-09-28', '2022-12-31', 'active'],
    ['1994-05-12', '2023-09-28', '2023-12-31', 'ended'],
    ['2014-02-27', null, '2030-12-31', 'active'],
    ['2014-04-07', '2022-02-24', '2022-02-24', 'ended'],
  ])('from %s to %s, on %s: %s', (from, to, date, expected) => expect(zoneState(from, to, date)).toBe(expected));
});
