// Builds the Pagefind index over dist/ with the Node API (no network, no CLI download).
import * as pagefind from 'pagefind';
import { fileURLToPath } from 'node:url';

export async function buildSearchIndex(distDir) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (errors.length) throw new Error(`pagefind: ${errors.join('; ')}`);
  const site = fileURLToPath(distDir);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return added.page_count;
}
