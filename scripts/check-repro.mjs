// `npm run check:repro`: two clean builds of the same sources must produce identical dist/ trees.
//
// Copies the project into a temporary folder (with private build caches; the working tree's dist/ is never
// touched), runs `npm run build` there, moves dist/ aside, removes dist/ and every build cache, builds again and
// compares the two trees: the list of files and the SHA-256 of each. Prints every difference (with the first
// differing bytes of text files) and exits 1 on any difference not in ALLOWED below.
//
// Flags: --keep (leave the temporary folder for inspection), --dirs (build the second time in another folder,
// which also shows whether the output depends on where the project sits on disk), --synthetic N (add the
// benchmark's N generated statements and N/10 notes first: a larger Pagefind index, more pages).
// SITE_URL and BASE_PATH pass through to both builds.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanCopy, copyProject, runBuild } from './bench/project-copy.mjs';
import { generate } from './bench/generate.mjs';

/**
 * Justified exceptions: files that may differ between two clean builds, each with the reason (repeat it in
 * docs/reproducibility.md). Empty: every file was measured identical.
 * @type {{ pattern: RegExp, reason: string }[]}
 */
const ALLOWED = [];

const { values: args } = parseArgs({
  options: { keep: { type: 'boolean', default: false }, dirs: { type: 'boolean', default: false }, synthetic: { type: 'string', default: '0' } },
});

async function hashTree(dir) {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((d) => d.isFile() || d.isSymbolicLink())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
  const hashes = new Map();
  for (const f of files) hashes.set(f, createHash('sha256').update(await readFile(path.join(dir, f))).digest('hex'));
  return hashes;
}

/** The first differing region of two files, when both look like text. */
async function firstDifference(a, b) {
  const [x, y] = await Promise.all([readFile(a), readFile(b)]);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const text = (buf) => (buf.subarray(0, 4096).includes(0) ? null : buf.toString('utf8', Math.max(0, i - 60), i + 100));
  const [tx, ty] = [text(x), text(y)];
  if (tx === null || ty === null) return `binary, ${x.length} vs ${y.length} bytes, first difference at byte ${i}`;
  return `at byte ${i} (sizes ${x.length} / ${y.length}):\n      A: ${JSON.stringify(tx)}\n      B: ${JSON.stringify(ty)}`;
}

async function build(dir, label) {
  const result = await runBuild(dir);
  if (result.code !== 0) {
    console.error(result.output);
    throw new Error(`[check:repro] build ${label} failed (exit ${result.code})`);
  }
  console.log(`[check:repro] build ${label}: ${(result.ms / 1000).toFixed(1)} s`);
}

async function main() {
  const work = await mkdtemp(path.join(tmpdir(), 'companion-repro-'));
  try {
    const first = await copyProject(path.join(work, 'project'));
    const synthetic = Number(args.synthetic);
    if (synthetic > 0) console.log(`[check:repro] added ${JSON.stringify(await generate(first, synthetic))} synthetic entries`);
    // With --dirs the second copy is taken from the first before it is built: the same sources, elsewhere.
    const second = args.dirs ? await copyProject(path.join(work, 'elsewhere', 'project-b'), first) : first;
    await build(first, 'A');
    await rename(path.join(first, 'dist'), path.join(work, 'dist-a'));
    if (!args.dirs) await cleanCopy(first);
    await build(second, 'B');
    await rename(path.join(second, 'dist'), path.join(work, 'dist-b'));

    const [a, b] = await Promise.all([hashTree(path.join(work, 'dist-a')), hashTree(path.join(work, 'dist-b'))]);
    const onlyA = [...a.keys()].filter((f) => !b.has(f));
    const onlyB = [...b.keys()].filter((f) => !a.has(f));
    const changed = [...a.keys()].filter((f) => b.has(f) && a.get(f) !== b.get(f));
    const allowed = (f) => ALLOWED.find((x) => x.pattern.test(f));
    let unjustified = 0;
    const report = (kind, f, detail = '') => {
      const ok = allowed(f);
      if (!ok) unjustified++;
      console.log(`  ${ok ? 'allowed ' : ''}${kind} ${f}${ok ? ` (${ok.reason})` : ''}${detail ? `\n    ${detail}` : ''}`);
    };
    console.log(`[check:repro] ${a.size} files in build A, ${b.size} in build B`);
    for (const f of onlyA) report('only in A:', f);
    for (const f of onlyB) report('only in B:', f);
    for (const f of changed) report('differs:', f, await firstDifference(path.join(work, 'dist-a', f), path.join(work, 'dist-b', f)));
    if (unjustified) {
      console.error(`[check:repro] FAIL: ${unjustified} unjustified difference(s) between two clean builds`);
      process.exitCode = 1;
    } else {
      console.log(`[check:repro] OK: ${a.size} files, identical SHA-256${onlyA.length + onlyB.length + changed.length ? ' (apart from allowed exceptions)' : ''}`);
    }
  } finally {
    if (args.keep) console.log(`[check:repro] kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}

await main();
