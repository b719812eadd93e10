/** Download formats for the statements database: flat records, CSV and a JSON Schema. */

export interface StatementRecord {
  id: string;
  date: string;
  org: string;
  body: string;
  kind: string;
  cases: string[];
  title: string;
  titleEn: string;
  documentNumber: string | null;
  language: string;
  url: string;
  archivedUrl: string | null;
  sourceStatus: string;
  stance: string[];
  quote: string | null;
  verified: { against: string; copy: string; checked: string; note: string };
  summary: string;
  path: string;
  codingNote: string | null; // how a disagreement between the two codings was resolved
  firstPublished: string | null; // date of the first commit of the record's file (null without full git history)
  lastChanged: string | null; // date of the newest commit of the record's file (null without git history)
}

/** Markdown → plain text: links keep their text, emphasis and footnote markers go. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>#]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_COLUMNS = [
  'id', 'date', 'org', 'body', 'kind', 'cases', 'title', 'titleEn', 'documentNumber', 'language', 'url',
  'archivedUrl', 'sourceStatus', 'stance', 'quote', 'verifiedAgainst', 'verifiedCopy', 'verifiedChecked',
  'verifiedNote', 'summary', 'path', 'codingNote', 'firstPublished', 'lastChanged',
] as const;

export function toCsv(records: readonly StatementRecord[]): string {
  const rows = records.map((r) => {
    const flat: Record<(typeof CSV_COLUMNS)[number], unknown> = {
      ...r,
      verifiedAgainst: r.verified.against,
      verifiedCopy: r.verified.copy,
      verifiedChecked: r.verified.checked,
      verifiedNote: r.verified.note,
    };
    return CSV_COLUMNS.map((c) => csvField(flat[c])).join(',');
  });
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** Parse CSV produced by toCsv (used by tests and by readers' scripts alike). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; }
    else field += ch;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}
