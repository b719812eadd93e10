/**
 * Reads content/sources/*.yaml into a SourceIndex for the Markdown pipeline (astro.config.mjs), which runs before
 * content collections are available. The collection schema still validates each record; this reader only needs
 * id, url, archivedUrl and kind. Records whose url is on a mirror host are listed as a warning: a footnote that
 * cites one fails the build (rehype-site), and events or notes that list one should be moved to the original.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { mirrorHost, sourceIndex, type SourceIndex, type SourceRecordLike } from './tiers';

export function loadSourceIndex(dir: string): SourceIndex {
  const records: SourceRecordLike[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const data = parse(readFileSync(path.join(dir, name), 'utf8')) as Partial<SourceRecordLike> | null;
    if (data && typeof data.url === 'string' && typeof data.kind === 'string') {
      records.push({ id: data.id ?? name.replace(/\.yaml$/, ''), url: data.url, archivedUrl: data.archivedUrl, kind: data.kind });
    }
  }
  const mirrors = records.filter((r) => mirrorHost(r.url)).map((r) => `content/sources/${r.id}.yaml (${mirrorHost(r.url)})`);
  if (mirrors.length > 0) console.warn(`[citations] source records whose url is a mirror site (replace with the original):\n  ${mirrors.join('\n  ')}`);
  return sourceIndex(records);
}
