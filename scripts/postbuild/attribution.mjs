// The attribution check: every sentence in the built pages that credits the article or its authors with a claim
// must sit inside a data-article-ref element (the ArticleRef component) pointing to an existing anchor on
// /article/ (abstract-1..5, endnote-1..4). Fails the build naming the page, its likely source file and the sentence.
// The logic is in src/lib/attribution.ts (pure, unit-tested); this step only walks dist/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { checkAttribution, plainSource, sentenceFromSource, sourceCandidates, ATTRIBUTION_PENDING } from '../../src/lib/attribution.ts';

/** Every .html file under dir (Pagefind's and Astro's asset folders aside), listed in one synchronous walk. */
function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !/^(pagefind|_astro)([\\/]|$)/.test(f))
    .map((f) => path.join(dir, f));
}

/** Returns { pages, problems, pending }; throws (after printing every problem) when a problem is not pending. */
export async function checkAttributionInDist(distUrl, root = new URL('../../', import.meta.url)) {
  const dist = fileURLToPath(distUrl);
  const rootDir = fileURLToPath(root);
  const failures = [];
  const warnings = [];
  const files = htmlFiles(dist).sort();
  const pending = [];
  for (const file of ATTRIBUTION_PENDING) {
    const full = path.join(rootDir, file);
    if (existsSync(full)) pending.push({ file, plain: plainSource(await readFile(full, 'utf8')) });
  }
  for (const file of files) {
    const rel = path.relative(dist, file).split(path.sep).join('/');
    // Read synchronously: one awaited read per page cost ~4 s of waiting at 10,000 pages (docs/benchmarks.md).
    const problems = checkAttribution(readFileSync(file, 'utf8'));
    if (problems.length === 0) continue;
    const source = sourceCandidates(rel).find((c) => existsSync(path.join(rootDir, c))) ?? '(source file unknown)';
    for (const p of problems) {
      const line =
        p.kind === 'unknown-ref'
          ? `dist/${rel} (from ${source}): data-article-ref="${p.ref}" points to no anchor on /article/ — near “${p.sentence}”`
          : `dist/${rel} (from ${source}): sentence credits the article (“${p.phrase}”) but is not wrapped in <ArticleRef to="abstract-N|endnote-N">: “${p.sentence}”`;
      const owner = p.kind === 'unreferenced' ? pending.find((f) => sentenceFromSource(p, f.plain)) : undefined;
      if (owner) warnings.push(`${line} [text from ${owner.file}]`);
      else failures.push(line);
    }
  }
  for (const w of warnings) console.warn(`[attribution] PENDING (owned by another change, see ATTRIBUTION_PENDING): ${w}`);
  if (failures.length > 0) {
    for (const f of failures) console.error(`[attribution] ${f}`);
    throw new Error(`[attribution] ${failures.length} sentence(s) credit the article without a reference; see above.`);
  }
  return { pages: files.length, pending: warnings.length };
}
