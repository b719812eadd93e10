/**
 * /data/datapackage.json: a Frictionless Data Package (v1, https://specs.frictionlessdata.io/data-package/)
 * describing the statements and membership downloads, with Table Schemas built from the vocabularies; and a
 * small Table Schema row checker used by the tests (there is no Python frictionless validator here).
 */
import { CSV_COLUMNS } from './export';
import { CSV_COLUMNS as MEMBERSHIP_COLUMNS } from './membership';
import { BODIES, CASE_IDS, KIND_IDS, MEMBERSHIP_STATUSES, ORGS, SOURCE_STATUS, STANCE_IDS } from './vocab';

export interface TableField {
  name: string;
  type: 'string' | 'date' | 'integer';
  format?: string;
  description: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[]; pattern?: string };
}
export interface TableSchema {
  fields: TableField[];
  primaryKey?: string | string[];
  missingValues: string[];
}

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
/** A "; "-joined list of values from `values` (how the CSV writes lists). */
export const listPattern = (values: readonly string[]): string => {
  const one = `(?:${values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
  return `${one}(?:; ${one})*`;
};

const F = (name: string, type: TableField['type'], description: string, constraints?: TableField['constraints'], format?: string): TableField =>
  ({ name, type, ...(format ? { format } : {}), description, ...(constraints ? { constraints } : {}) });

/** Table Schema of statements.csv: one field per CSV column, in order. */
export function statementsTableSchema(): TableSchema {
  const req = { required: true };
  const fields: Record<(typeof CSV_COLUMNS)[number], TableField> = {
    id: F('id', 'string', 'Stable identifier; also the page slug.', { required: true, unique: true, pattern: SLUG }),
    date: F('date', 'date', 'Date of issue (ISO 8601).', req),
    org: F('org', 'string', 'Issuing organisation.', { required: true, enum: [...ORGS] }),
    body: F('body', 'string', 'Issuing body (see the codebook).', { required: true, enum: [...BODIES] }),
    kind: F('kind', 'string', 'Kind of text; non-response for documented silences.', { required: true, enum: [...KIND_IDS] }),
    cases: F('cases', 'string', 'Conflicts concerned, joined with "; ".', { required: true, pattern: listPattern(CASE_IDS) }),
    title: F('title', 'string', 'Title in the original language.', req),
    titleEn: F('titleEn', 'string', 'English title.', req),
    documentNumber: F('documentNumber', 'string', 'Press-release or document number (empty when none).'),
    language: F('language', 'string', 'ISO 639-1 code of the original.', { required: true, pattern: '[a-z]{2}' }),
    url: F('url', 'string', 'Official page, or the secondary report verified.', { required: true, pattern: 'https://.+' }, 'uri'),
    archivedUrl: F('archivedUrl', 'string', 'Archived copy (empty when none).', { pattern: 'https://.+' }, 'uri'),
    sourceStatus: F('sourceStatus', 'string', 'Whether the official page is online.', { required: true, enum: [...SOURCE_STATUS] }),
    stance: F('stance', 'string', 'Stance tags, joined with "; " (see the codebook).', { required: true, pattern: listPattern(STANCE_IDS) }),
    quote: F('quote', 'string', 'Exact quotation of at most 30 words (empty when none).'),
    verifiedAgainst: F('verifiedAgainst', 'string', 'official: checked against the organisation’s own page; secondary: a report or mirror.', { required: true, enum: ['official', 'secondary'] }),
    verifiedCopy: F('verifiedCopy', 'string', 'Address of the stored copy that was read.', req),
    verifiedChecked: F('verifiedChecked', 'date', 'When it was checked.', req),
    verifiedNote: F('verifiedNote', 'string', 'What matched, or why no official copy was used.', req),
    summary: F('summary', 'string', 'Summary in the companion’s words (plain text).', req),
    path: F('path', 'string', 'Site path of the record page (without deploy base).', { required: true, unique: true, pattern: '/statements/[a-z0-9-]+/' }),
    codingNote: F('codingNote', 'string', 'How a disagreement between the two codings was resolved (empty when none).'),
    firstPublished: F('firstPublished', 'date', 'Date of the first commit of the record’s file (empty without full git history).'),
    lastChanged: F('lastChanged', 'date', 'Date of the newest commit of the record’s file (empty without git history).'),
  };
  return { fields: CSV_COLUMNS.map((c) => fields[c]), primaryKey: 'id', missingValues: [''] };
}

/** Table Schema of membership.csv. */
export function membershipTableSchema(): TableSchema {
  const fields: Record<(typeof MEMBERSHIP_COLUMNS)[number], TableField> = {
    org: F('org', 'string', 'Organisation.', { required: true, enum: [...ORGS] }),
    country: F('country', 'string', 'ISO 3166-1 alpha-3 country code.', { required: true, pattern: '[A-Z]{3}' }),
    name: F('name', 'string', 'English short name.', { required: true }),
    date: F('date', 'date', 'When the change took effect.', { required: true }),
    status: F('status', 'string', 'Status from that date.', { required: true, enum: [...MEMBERSHIP_STATUSES] }),
    source: F('source', 'string', 'Evidence for the date.', { required: true, pattern: 'https://.+' }, 'uri'),
    note: F('note', 'string', 'Context (empty when none).'),
  };
  return { fields: MEMBERSHIP_COLUMNS.map((c) => fields[c]), primaryKey: ['org', 'country', 'date'], missingValues: [''] };
}

export interface PackageInfo {
  version: string;
  released: string; // ISO date of the release
  homepage: string; // absolute URL of /data/
  schemaUrl: string; // absolute URL of statements.schema.json
  licence: { name: string; path: string; title: string };
}

export function dataPackage(p: PackageInfo) {
  return {
    profile: 'data-package',
    name: 'nato-csto-statements',
    title: 'NATO and CSTO statements on three secessionist conflicts in Eurasia',
    description: 'Official statements (and documented non-responses) of NATO and CSTO bodies on Nagorno-Karabakh, Georgia 2008 and Ukraine 2014, coded by kind, issuing body and stance, with NATO and CST/CSTO membership changes. Companion dataset to Guliyev & Gawrich (2021), https://doi.org/10.1080/14631377.2020.1800316; not published by the article’s authors.',
    version: p.version,
    created: `${p.released}T00:00:00Z`,
    homepage: p.homepage,
    licenses: [p.licence],
    contributors: [{ title: 'NATO vs. the CSTO companion contributors', role: 'author' }],
    keywords: ['NATO', 'CSTO', 'secessionist conflicts', 'Nagorno-Karabakh', 'Georgia', 'Ukraine', 'statements'],
    resources: [
      {
        profile: 'tabular-data-resource',
        name: 'statements',
        path: 'statements.csv',
        title: 'Statements (CSV)',
        description: 'One row per record; lists (cases, stance) joined with "; ". Codes are defined in codebook.json.',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: statementsTableSchema(),
      },
      {
        profile: 'data-resource',
        name: 'statements-json',
        path: 'statements.json',
        title: 'Statements (JSON)',
        description: `The same records as an array of objects (lists as arrays, verified as an object); JSON Schema: ${p.schemaUrl}`,
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
      },
      {
        profile: 'tabular-data-resource',
        name: 'membership',
        path: 'membership.csv',
        title: 'NATO and CST/CSTO membership changes (CSV)',
        description: 'One row per recorded membership change; status on a day = the last change on or before that day.',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: membershipTableSchema(),
      },
      {
        profile: 'data-resource',
        name: 'codebook',
        path: 'codebook.json',
        title: 'Codebook (JSON)',
        description: 'Definition, inclusion and exclusion rules and examples for every value of org, body, kind and stance.',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
      },
    ],
  };
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
function validDate(v: string): boolean {
  if (!DATE_RE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/**
 * Check CSV rows (header first) against a Table Schema: header = field names in order; types (string, date,
 * integer); constraints required, unique, enum, pattern (anchored, as Table Schema specifies); primaryKey
 * unique and present. Returns problems as "row N, field F: …" (N counts data rows from 1).
 */
export function checkRows(schema: TableSchema, rows: string[][]): string[] {
  const problems: string[] = [];
  const [header, ...data] = rows;
  const names = schema.fields.map((f) => f.name);
  if (!header || header.join(',') !== names.join(',')) return [`header ${JSON.stringify(header)} does not match the schema fields ${JSON.stringify(names)}`];
  const seen = new Map<string, Set<string>>();
  const keys = new Set<string>();
  const pk = schema.primaryKey === undefined ? [] : Array.isArray(schema.primaryKey) ? schema.primaryKey : [schema.primaryKey];
  data.forEach((row, r) => {
    const at = (f: string) => `row ${r + 1}, field ${f}`;
    if (row.length !== names.length) { problems.push(`row ${r + 1}: ${row.length} cells, expected ${names.length}`); return; }
    schema.fields.forEach((f, i) => {
      const v = row[i]!;
      const c = f.constraints ?? {};
      const missing = schema.missingValues.includes(v);
      if (missing) {
        if (c.required || pk.includes(f.name)) problems.push(`${at(f.name)}: required value missing`);
        return;
      }
      if (f.type === 'date' && !validDate(v)) problems.push(`${at(f.name)}: "${v}" is not a date (YYYY-MM-DD)`);
      if (f.type === 'integer' && !/^-?\d+$/.test(v)) problems.push(`${at(f.name)}: "${v}" is not an integer`);
      if (c.enum && !c.enum.includes(v)) problems.push(`${at(f.name)}: "${v}" is not one of the allowed values`);
      if (c.pattern && !new RegExp(`^(?:${c.pattern})$`, 'u').test(v)) problems.push(`${at(f.name)}: "${v.slice(0, 60)}" does not match ${c.pattern.slice(0, 60)}`);
      if (c.unique) {
        const s = seen.get(f.name) ?? new Set<string>();
        if (s.has(v)) problems.push(`${at(f.name)}: duplicate value "${v}"`);
        s.add(v);
        seen.set(f.name, s);
      }
    });
    if (pk.length > 0) {
      const key = JSON.stringify(pk.map((k) => row[names.indexOf(k)]));
      if (keys.has(key)) problems.push(`row ${r + 1}: duplicate primary key ${key}`);
      keys.add(key);
    }
  });
  return problems;
}
