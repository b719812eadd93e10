/** The statements downloads parse, contain every record, and validate against the published JSON Schema. */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, parseCsv } from '../../src/lib/export';
import { dist, urlFor } from '../support/site';

const statementFiles = (await readdir(path.join(process.cwd(), 'content/statements'))).filter((f) => f.endsWith('.md'));
const ids = statementFiles.map((f) => f.replace(/\.md$/, '')).sort();

async function fetchText(sitePath: string): Promise<string> {
  const res = await fetch(urlFor(sitePath));
  expect(res.status).toBe(200);
  return res.text();
}

describe('statements downloads', () => {
  it('statements.json holds every record with summary and path', async () => {
    const records = JSON.parse(await fetchText('/data/statements.json')) as Array<Record<string, unknown>>;
    expect(records.map((r) => r.id).sort()).toEqual(ids);
    for (const r of records) {
      expect(String(r.summary).split(/\s+/).length).toBeGreaterThan(20);
      expect(r.path).toBe(`/statements/${String(r.id)}/`);
    }
  });

  it('statements.json validates against the published JSON Schema', async () => {
    const schema = JSON.parse(await fetchText('/data/statements.schema.json')) as object;
    const data = JSON.parse(await fetchText('/data/statements.json')) as unknown;
    // ajv ships CommonJS; depending on the loader the class is the default export or its .default.
    const Ajv = (Ajv2020 as unknown as { default?: typeof Ajv2020 }).default ?? Ajv2020;
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const ok = validate(data);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(ok).toBe(true);
    // and the schema rejects a broken record, so the check above can fail
    expect(validate([{ id: 'x' }])).toBe(false);
  });

  it('statements.csv has the documented header and one row per record', async () => {
    const rows = parseCsv(await fetchText('/data/statements.csv'));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(ids);
    expect(rows.slice(1).every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('every record has an https URL and a verification note', async () => {
    const records = JSON.parse(await readFile(path.join(dist(), 'data/statements.json'), 'utf8')) as Array<{ url: string; verified: { note: string } }>;
    for (const r of records) {
      expect(r.url).toMatch(/^https:\/\//);
      expect(r.verified.note.length).toBeGreaterThan(10);
    }
  });
});
