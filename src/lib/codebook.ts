/**
 * The codebook (content/data/codebook.yaml) and the two codings (content/data/coding/{first,second}.yaml):
 * shapes, and the checks a schema cannot express. Every problem names the file and the field, so a bad entry
 * fails the build (see src/data/codebook.ts) with a message an author can act on. Pure: no Astro, no fs.
 */
import { BODIES, BODY_LABELS, KIND_IDS, KINDS, ORG_LABELS, ORGS, STANCE_IDS, STANCES } from './vocab.ts';

export const CODEBOOK_FIELDS = ['org', 'body', 'kind', 'stance'] as const;
export type CodebookField = (typeof CODEBOOK_FIELDS)[number];

/** Every controlled value, per field, from vocab.ts (the single list of values). */
export const VOCABULARY: Record<CodebookField, readonly string[]> = {
  org: ORGS,
  body: BODIES,
  kind: KIND_IDS,
  stance: STANCE_IDS,
};

export interface CodebookEntry {
  field: CodebookField;
  value: string;
  definition: string;
  include: string[];
  exclude: string[];
  clear?: string | undefined;
  borderline?: string | undefined;
  borderlineNote?: string | undefined;
}

/** One record as one coder coded it. */
export interface Coding {
  id: string;
  kind: string;
  body: string;
  stance: string[];
  note?: string | undefined;
}

/** Stable page anchor of a value: #org-nato, #body-summit, #kind-statement, #stance-silence. */
export const anchorOf = (field: CodebookField, value: string): string => `${field}-${value}`;

const isStr = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isStrList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);

/**
 * Parse and check the codebook: shape, exactly one entry per vocabulary value and no entry for unknown values,
 * examples that are existing statement ids. An example whose record does not carry the value it illustrates (when
 * `valuesOf` is given) is a warning, not a problem: the codebook and the record disagree, and which one is right is a
 * coding decision for a person (the build prints it; the codebook page lists it).
 */
export function checkCodebook(
  raw: unknown,
  file: string,
  statementIds: ReadonlySet<string>,
  valuesOf?: (id: string, field: CodebookField) => readonly string[] | undefined,
): { entries: CodebookEntry[]; problems: string[]; warnings: string[] } {
  const problems: string[] = [];
  const warnings: string[] = [];
  const entries: CodebookEntry[] = [];
  if (!Array.isArray(raw)) return { entries, problems: [`${file}: expected a list of codebook entries`], warnings };
  const seen = new Map<string, number>();
  raw.forEach((item: unknown, i) => {
    const at = (field: string) => `${file}: entry ${i + 1}${isRecord(item) && isStr(item.value) ? ` (${String(item.field)} ${item.value})` : ''}: field "${field}"`;
    if (!isRecord(item)) { problems.push(`${file}: entry ${i + 1}: expected a mapping`); return; }
    const known = ['field', 'value', 'definition', 'include', 'exclude', 'clear', 'borderline', 'borderlineNote'];
    for (const key of Object.keys(item)) if (!known.includes(key)) problems.push(`${at(key)}: unknown field`);
    const field = item.field;
    if (!CODEBOOK_FIELDS.includes(field as CodebookField)) { problems.push(`${at('field')}: expected one of ${CODEBOOK_FIELDS.join(', ')}, got ${JSON.stringify(field)}`); return; }
    const f = field as CodebookField;
    if (!isStr(item.value) || !VOCABULARY[f].includes(item.value)) {
      problems.push(`${at('value')}: ${JSON.stringify(item.value)} is not a ${f} value in src/lib/vocab.ts`);
      return;
    }
    const key = `${f}:${item.value}`;
    if (seen.has(key)) problems.push(`${at('value')}: duplicate entry for ${f} "${item.value}" (also entry ${seen.get(key)})`);
    else seen.set(key, i + 1);
    if (!isStr(item.definition)) problems.push(`${at('definition')}: expected a non-empty string`);
    for (const list of ['include', 'exclude'] as const) if (!isStrList(item[list])) problems.push(`${at(list)}: expected a list of strings`);
    for (const ex of ['clear', 'borderline'] as const) {
      const id = item[ex];
      if (id === undefined) continue;
      if (!isStr(id) || !statementIds.has(id)) { problems.push(`${at(ex)}: unknown statement "${String(id)}"`); continue; }
      const values = valuesOf?.(id, f);
      if (values && !values.includes(item.value)) warnings.push(`${at(ex)}: statement "${id}" is not coded ${f} "${item.value}"`);
    }
    if (item.borderline !== undefined && !isStr(item.borderlineNote)) problems.push(`${at('borderlineNote')}: a borderline example needs a note saying why`);
    if (item.borderlineNote !== undefined && item.borderline === undefined) problems.push(`${at('borderline')}: borderlineNote without a borderline example`);
    entries.push({
      field: f, value: item.value, definition: String(item.definition ?? ''),
      include: isStrList(item.include) ? item.include : [], exclude: isStrList(item.exclude) ? item.exclude : [],
      clear: item.clear as string | undefined, borderline: item.borderline as string | undefined, borderlineNote: item.borderlineNote as string | undefined,
    });
  });
  for (const f of CODEBOOK_FIELDS) {
    for (const value of VOCABULARY[f]) {
      if (!seen.has(`${f}:${value}`)) problems.push(`${file}: field "value": no entry for ${f} "${value}" (every value in src/lib/vocab.ts needs exactly one)`);
    }
  }
  // the order of vocab.ts, whatever the order of the file
  const order = (e: CodebookEntry) => CODEBOOK_FIELDS.indexOf(e.field) * 1000 + VOCABULARY[e.field].indexOf(e.value);
  return { entries: entries.sort((a, b) => order(a) - order(b)), problems, warnings };
}

/** Parse and check one coding file: known ids, valid values, no duplicates. A missing file is the caller's business. */
export function checkCoding(raw: unknown, file: string, statementIds: ReadonlySet<string>): { codings: Coding[]; problems: string[] } {
  const problems: string[] = [];
  const codings: Coding[] = [];
  if (raw === null || raw === undefined) return { codings, problems };
  if (!Array.isArray(raw)) return { codings, problems: [`${file}: expected a list of codings`] };
  const seen = new Map<string, number>();
  raw.forEach((item: unknown, i) => {
    if (!isRecord(item)) { problems.push(`${file}: entry ${i + 1}: expected a mapping`); return; }
    const at = (field: string) => `${file}: entry ${i + 1}${isStr(item.id) ? ` (${item.id})` : ''}: field "${field}"`;
    let ok = true;
    for (const key of Object.keys(item)) if (!['id', 'kind', 'body', 'stance', 'note'].includes(key)) { problems.push(`${at(key)}: unknown field`); ok = false; }
    if (!isStr(item.id) || !statementIds.has(item.id)) { problems.push(`${at('id')}: unknown statement "${String(item.id)}"`); ok = false; }
    else if (seen.has(item.id)) { problems.push(`${at('id')}: duplicate id "${item.id}" (also entry ${seen.get(item.id)})`); ok = false; }
    else seen.set(item.id, i + 1);
    if (!isStr(item.kind) || !KIND_IDS.includes(item.kind as never)) { problems.push(`${at('kind')}: unknown kind ${JSON.stringify(item.kind)}`); ok = false; }
    if (!isStr(item.body) || !BODIES.includes(item.body as never)) { problems.push(`${at('body')}: unknown body ${JSON.stringify(item.body)}`); ok = false; }
    if (!isStrList(item.stance) || item.stance.length === 0) { problems.push(`${at('stance')}: expected a non-empty list of stance tags`); ok = false; }
    else {
      item.stance.forEach((s, j) => { if (!STANCE_IDS.includes(s as never)) { problems.push(`${at(`stance[${j}]`)}: unknown stance "${s}"`); ok = false; } });
      if (new Set(item.stance).size !== item.stance.length) { problems.push(`${at('stance')}: a tag is listed twice`); ok = false; }
    }
    if (item.note !== undefined && !isStr(item.note)) { problems.push(`${at('note')}: expected a string`); ok = false; }
    if (ok) codings.push({ id: item.id as string, kind: item.kind as string, body: item.body as string, stance: item.stance as string[], ...(item.note ? { note: item.note as string } : {}) });
  });
  return { codings, problems };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export const FIELD_LABELS: Record<CodebookField, string> = {
  org: 'Organisation (org)',
  body: 'Issuing body (body)',
  kind: 'Kind of text (kind)',
  stance: 'Stance tags (stance)',
};

/** The reader-facing label of a value (labels live in vocab.ts). */
export function labelOf(field: CodebookField, value: string): string {
  const labels: Record<CodebookField, Record<string, string>> = { org: ORG_LABELS, body: BODY_LABELS, kind: KINDS, stance: STANCES };
  return labels[field][value] ?? value;
}

export interface CodebookExport {
  title: string;
  version: string; // dataset version
  url: string; // the codebook page
  fields: Array<{
    field: CodebookField;
    label: string;
    values: Array<{
      value: string;
      label: string;
      anchor: string;
      definition: string;
      include: string[];
      exclude: string[];
      clear: string | null;
      borderline: string | null;
      borderlineNote: string | null;
      records: number;
    }>;
  }>;
}

/** The codebook as one JSON document (/data/codebook.json); `pageUrl` is the codebook page's address. */
export function codebookExport(entries: ReadonlyArray<CodebookEntry & { count: number }>, version: string, pageUrl: string): CodebookExport {
  return {
    title: 'Codebook of the NATO and CSTO statements dataset',
    version,
    url: pageUrl,
    fields: CODEBOOK_FIELDS.map((field) => ({
      field,
      label: FIELD_LABELS[field],
      values: entries.filter((e) => e.field === field).map((e) => ({
        value: e.value,
        label: labelOf(field, e.value),
        anchor: anchorOf(field, e.value),
        definition: e.definition,
        include: e.include,
        exclude: e.exclude,
        clear: e.clear ?? null,
        borderline: e.borderline ?? null,
        borderlineNote: e.borderlineNote ?? null,
        records: e.count,
      })),
    })),
  };
}

/** The same document as Markdown (/data/codebook.md); `recordUrl` turns a statement id into an absolute URL. */
export function codebookMarkdown(doc: CodebookExport, recordUrl: (id: string) => string): string {
  const out: string[] = [`# ${doc.title}`, '', `Dataset version ${doc.version}. Online: ${doc.url}`, ''];
  for (const f of doc.fields) {
    out.push(`## ${f.label}`, '');
    for (const v of f.values) {
      out.push(`### ${v.label} (\`${v.value}\`)`, '', v.definition, '', `Records with this value: ${v.records}.`, '');
      if (v.include.length) out.push('Include:', '', ...v.include.map((t) => `- ${t}`), '');
      if (v.exclude.length) out.push('Exclude:', '', ...v.exclude.map((t) => `- ${t}`), '');
      if (v.clear) out.push(`Clear example: [${v.clear}](${recordUrl(v.clear)})`, '');
      if (v.borderline) out.push(`Borderline example: [${v.borderline}](${recordUrl(v.borderline)}): ${v.borderlineNote ?? ''}`.trimEnd(), '');
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
