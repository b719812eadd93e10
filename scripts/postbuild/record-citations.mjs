// Writes /statements/<id>.bib and /statements/<id>.ris for every record page in dist/ from the BibTeX and RIS the
// page itself shows (src/lib/cite/record-files.ts explains why this is a file step and not an Astro route).
// Synchronous reads and writes: at 10,000 records that is ~20,000 small files, written in about a second.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RECORD_CITATION_FORMATS, recordCitationsFromHtml } from '../../src/lib/cite/record-files.ts';

/** Returns the number of record pages given files; fails when a record page lacks either format. */
export function writeRecordCitations(distUrl) {
  const statements = path.join(fileURLToPath(distUrl), 'statements');
  let records = 0;
  for (const entry of readdirSync(statements, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const page = path.join(statements, entry.name, 'index.html');
    if (!existsSync(page)) continue;
    const html = readFileSync(page, 'utf8');
    if (!html.includes('data-record-citation=')) continue; // list pages (per case and year), not records
    const found = recordCitationsFromHtml(html);
    for (const [format, ext] of Object.entries(RECORD_CITATION_FORMATS)) {
      const text = found[format];
      if (text === undefined) throw new Error(`[record-citations] dist/statements/${entry.name}/index.html has no <pre data-record-citation="${format}">`);
      writeFileSync(path.join(statements, `${entry.name}.${ext}`), text);
    }
    records += 1;
  }
  return records;
}
