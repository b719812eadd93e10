/**
 * The dataset as a research instrument, on the built site (fetch + parse, no browser): the codebook page and its
 * downloads cover every controlled value with a stable anchor; datapackage.json is a valid Data Package whose Table
 * Schemas every row of the built CSVs satisfies; the bibliography has one entry per source and statement in every
 * format; the changes page and the statement pages link where they should.
 */
import { readFile, readdir } from 'node:fs/promises';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { citationJs } from '../../src/lib/cite/engine';
import { checkRows, type TableSchema } from '../../src/lib/datapackage';
import { parseCsv } from '../../src/lib/export';
import { BODIES, KIND_IDS, ORGS, STANCE_IDS } from '../../src/lib/vocab';
import { urlFor } from '../support/site';

const ids = (await readdir('content/statements')).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort();
const sourceCount = (await readdir('content/sources')).filter((f) => f.endsWith('.yaml')).length;
const dataset = parseYaml(await readFile('content/data/dataset.yaml', 'utf8')) as { version: string };

async function text(sitePath: string): Promise<string> {
  const res = await fetch(urlFor(sitePath));
  expect(res.status, sitePath).toBe(200);
  return res.text();
}

const VALUES = { org: ORGS, body: BODIES, kind: KIND_IDS, stance: STANCE_IDS } as const;

describe('codebook', () => {
  it('/data/codebook/ has a stable anchor for every controlled value, and the reliability table', async () => {
    const html = await text('/data/codebook/');
    for (const [field, values] of Object.entries(VALUES)) {
      for (const v of values) expect(html, `${field}-${v}`).toContain(`id="${field}-${v}"`);
    }
    expect(html).toContain('id="reliability"');
    expect(html).toMatch(/N = \d+ records coded by both/);
    expect(html).toMatch(/Second coding in progress: \d+ of \d+ records|Both coders coded all \d+ records/);
  });
  it('codebook.json and codebook.md carry every value', async () => {
    const doc = JSON.parse(await text('/data/codebook.json')) as { version: string; fields: Array<{ field: string; values: Array<{ value: string; records: number }> }> };
    expect(doc.version).toBe(dataset.version);
    for (const [field, values] of Object.entries(VALUES)) {
      expect(doc.fields.find((f) => f.field === field)!.values.map((v) => v.value)).toEqual([...values]);
    }
    const orgTotal = doc.fields.find((f) => f.field === 'org')!.values.reduce((n, v) => n + v.records, 0);
    expect(orgTotal).toBe(ids.length);
    const md = await text('/data/codebook.md');
    expect(md.match(/^### /gm)).toHaveLength(Object.values(VALUES).reduce((n, v) => n + v.length, 0));
  });
  it('every statement page links to the codebook', async () => {
    const html = await text(`/statements/${ids[0]}/`);
    expect(html).toMatch(/href="[^"]*\/data\/codebook\/"/);
    expect(html).toMatch(/href="[^"]*\/data\/codebook\/#stance-[a-z-]+"/);
  });
});

describe('datapackage.json', () => {
  it('validates against the Data Package structure and its Table Schemas fit every built CSV row', async () => {
    const pkg = JSON.parse(await text('/data/datapackage.json')) as { version: string; resources: Array<{ name: string; path: string; schema?: TableSchema }> };
    const profile = JSON.parse(await readFile('tests/fixtures/data-package-v1-structure.schema.json', 'utf8')) as object;
    const AjvClass = (Ajv as unknown as { default?: typeof Ajv }).default ?? Ajv;
    const ajv = new AjvClass({ allErrors: true, strict: false, validateFormats: false });
    const validate = ajv.compile(profile);
    expect(validate(pkg), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(validate({ resources: [{ name: 'Bad Name', path: 'x.csv' }] })).toBe(false); // the check can fail
    expect(pkg.version).toBe(dataset.version);
    for (const r of pkg.resources) {
      const body = await text(`/data/${r.path}`);
      if (!r.schema) continue;
      const rows = parseCsv(body);
      expect(checkRows(r.schema, rows).slice(0, 5), r.path).toEqual([]);
      if (r.name === 'statements') expect(rows.slice(1).map((row) => row[0]).sort()).toEqual(ids);
    }
  });
});

describe('bibliography', () => {
  it('has one entry per source and statement in every format, and each file parses', async () => {
    const expected = sourceCount + ids.length;
    const csl = JSON.parse(await text('/data/bibliography.json')) as Array<{ id: string }>;
    expect(csl).toHaveLength(expected);
    expect(new Set(csl.map((c) => c.id)).size).toBe(expected);
    const bib = await text('/data/bibliography.bib');
    const ris = await text('/data/bibliography.ris');
    expect(bib.match(/^@\w+\{/gm)).toHaveLength(expected);
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(expected);
    const { Cite } = citationJs();
    expect(new Cite(bib).data).toHaveLength(expected);
    expect(new Cite(ris).data).toHaveLength(expected);
  });
});

describe('changes and official copies', () => {
  it('/data/changes/ shows the current version; /data/ reports official copies and links the new files', async () => {
    const changes = await text('/data/changes/');
    expect(changes).toContain(`Version ${dataset.version}`);
    const data = await text('/data/');
    expect(data).toMatch(/\d+ of \d+ records were verified against a stored copy of the issuing organisation/);
    for (const p of ['/data/codebook/', '/data/changes/', '/data/datapackage.json', '/data/bibliography.bib']) expect(data).toContain(`${p}"`);
  });
});
