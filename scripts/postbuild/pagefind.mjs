// Builds the Pagefind index over dist/ with the Node API (no network, no CLI download).
import * as pagefind from 'pagefind';
import { fileURLToPath } from 'node:url';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/**
 * Waits (at most `ms`) until this process has no child processes left. pagefind.close() only signals the indexer
 * it started; a child that has not been reaped when the build exits is missing from the CPU time that `time`
 * (and so `npm run bench`) reports for the build. Linux only (/proc); elsewhere it returns at once.
 */
async function childrenExited(ms = 10_000) {
  const tasks = `/proc/${process.pid}/task`;
  if (!existsSync(tasks)) return;
  const until = Date.now() + ms;
  const children = () => readdirSync(tasks).flatMap((t) => {
    try {
      return readFileSync(`${tasks}/${t}/children`, 'utf8').split(/\s+/).filter(Boolean);
    } catch {
      return [];
    }
  });
  while (children().length > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
}

export async function buildSearchIndex(distDir) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (errors.length) throw new Error(`pagefind: ${errors.join('; ')}`);
  const site = fileURLToPath(distDir);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  await childrenExited();
  return added.page_count;
}
