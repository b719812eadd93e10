/**
 * Reads content/sources/*.yaml into a SourceIndex for the Markdown pipeline (astro.config.mjs), which runs before
 * content collections are available. The collection schema still validates each record; this reader only needs
 * id, url, archivedUrl and kind.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { sourceIndex, type SourceIndex, type SourceRecordLike } from './tiers';

export function loadSourceIndex(dir: string): SourceIndex {
  const records: SourceRecordLike[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const data = parse(readFileSync(path.join(dir, name), 'utf8')) as Partial<SourceRecordLike> | null;
    if (data && typeof data.url === 'string' && typeof data.kind === 'string') {
      records.push({ id: data.id ?? name.replace(/\.yaml$/, ''), url: data.url, archivedUrl: data.archivedUrl, kind: data.kind });
    }
  }
  return sourceIndex(records);
}
