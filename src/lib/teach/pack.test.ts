import { unzipSync, zipSync, strToU8, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CC, cartridgeFiles, cartridgeName, packQuery, parsePack, pickedItems, type PackItem } from './pack';

const ITEMS: PackItem[] = [
  { group: 'case', id: 'georgia-2008', title: 'Georgia 2008', path: '/cases/georgia-2008/' },
  { group: 'case', id: 'ukraine-2014', title: 'Ukraine 2014', path: '/cases/ukraine-2014/' },
  { group: 'note', id: 'cis', title: 'CIS', path: '/notes/cis/' },
  { group: 'statement', id: 's1', title: 'A & B <statement>', path: '/statements/s1/' },
  { group: 'visual', id: 'maps', title: 'Map explorer', path: '/maps/' },
];

describe('pack URL state', () => {
  it('round-trips a selection through its canonical query string', () => {
    const sel = parsePack('?statement=s1&case=ukraine-2014&case=georgia-2008&visual=maps&course=POL 301:  Eurasia', ITEMS);
    expect(sel.picked).toEqual({ case: ['georgia-2008', 'ukraine-2014'], note: [], statement: ['s1'], visual: ['maps'] });
    expect(sel.course).toBe('POL 301: Eurasia');
    const q = packQuery(sel);
    expect(q).toBe('course=POL+301%3A+Eurasia&case=georgia-2008&case=ukraine-2014&statement=s1&visual=maps');
    expect(parsePack(q, ITEMS)).toEqual(sel);
    expect(pickedItems(sel, ITEMS).map((i) => i.id)).toEqual(['georgia-2008', 'ukraine-2014', 's1', 'maps']);
  });
  it('drops unknown ids and duplicates, accepts comma lists', () => {
    const sel = parsePack('case=nowhere&case=georgia-2008,georgia-2008&note=cis,zzz', ITEMS);
    expect(sel.picked.case).toEqual(['georgia-2008']);
    expect(sel.picked.note).toEqual(['cis']);
    expect(packQuery(parsePack('', ITEMS))).toBe('');
  });
});

describe('common cartridge', () => {
  const files = cartridgeFiles('POL 301 & friends', ITEMS.map((i) => ({ group: i.group, title: i.title, url: `https://example.org${i.path}` })));
  it('has a manifest and one web link file per item, all cross-referenced', () => {
    const manifest = files['imsmanifest.xml']!;
    expect(manifest).toContain(`xmlns="${CC.cp}"`);
    expect(manifest).toContain('<schemaversion>1.1.0</schemaversion>');
    expect(manifest).toContain('POL 301 &amp; friends');
    const refs = [...manifest.matchAll(/identifierref="([^"]+)"/g)].map((m) => m[1]);
    const resources = [...manifest.matchAll(/<resource identifier="([^"]+)" type="imswl_xmlv1p1">\s*<file href="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]);
    expect(refs).toEqual(resources.map(([r]) => r));
    expect(resources.map(([, f]) => f).sort()).toEqual(Object.keys(files).filter((f) => f !== 'imsmanifest.xml').sort());
    expect(files['links/L4.xml']).toContain('<title>A &amp; B &lt;statement&gt;</title>');
    expect(files['links/L4.xml']).toContain('href="https://example.org/statements/s1/"');
  });
  it('zips and unzips with fflate', () => {
    const zip = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
    const back = unzipSync(zip);
    expect(strFromU8(back['imsmanifest.xml']!)).toBe(files['imsmanifest.xml']);
  });
  it.each([['POL 301: Eurasia', 'pol-301-eurasia.imscc'], ['', 'reading-pack.imscc'], ['Ça va', 'ca-va.imscc']])('%s → %s', (c, n) => {
    expect(cartridgeName(c)).toBe(n);
  });
});
