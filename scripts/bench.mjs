// `npm run bench [-- --n 1000,10000]`: how the full build scales with the number of statements.
//
// For each N: copies the project into a temporary folder (private build caches, content/ untouched), adds N
// synthetic statements and N/10 notes (scripts/bench/generate.mjs), runs `npm run build` there (astro build +
// scripts/postbuild.mjs: sitemap, Pagefind and any later step) and reports wall time, peak memory of the
// build's whole process tree (sampled from /proc; GNU time's largest single process when installed), pages
// built, Pagefind index size and an estimate of the first search's transfer. Goals (docs/benchmarks.md):
// 10,000 statements in ≤ 100 s of CPU, ≤ 120 s wall and ≤ 3 GB peak, t(10k)/t(1k) ≤ 10, first search ≤ 150 KB.
// Exits 1 when a build fails or a goal is missed. NODE_OPTIONS and other environment variables pass through.
//
// Flags: --n 1000,10000 (default 1000), --repeat K (K builds per N; goals use the medians), --keep (leave the
// temporary folders), --log DIR (write build logs).
import { gzipSync } from 'node:zlib';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { copyProject, runBuild } from './bench/project-copy.mjs';
import { generate } from './bench/generate.mjs';

const GOAL = { n: 10_000, seconds: 120, cpu: 100, bytes: 3 * 1024 ** 3, ratio: 10, search: 150 * 1024 };

const { values: args } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false }, log: { type: 'string' },
    repeat: { type: 'string', default: '1' },
  },
});
const sizes = args.n.split(',').map((x) => Number(x.trim().replace(/[_k]/gi, (m) => (m.toLowerCase() === 'k' ? '000' : ''))));
if (sizes.some((n) => !Number.isInteger(n) || n < 0)) throw new Error(`--n expects a comma-separated list of integers, got ${args.n}`);

const repeat = Number(args.repeat);
if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`--repeat expects a positive integer, got ${args.repeat}`);

const mb = (bytes) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

async function sizeOf(files) {
  let total = 0;
  for (const f of files) total += (await stat(f)).size;
  return total;
}

/**
 * What the first search downloads (search page with noWorker): pagefind.js, pagefind-entry.json and the
 * language's .pf_meta (gzip level 6, as a host would serve them), then the WASM, the largest index chunk and 10
 * fragments of median size (Pagefind writes these gzip-compressed already: bytes on disk). Filter files are
 * reported apart: the search page loads them only when the facets are used.
 */
async function firstSearch(pagefindDir) {
  const gz = async (f) => gzipSync(await readFile(f), { level: 6 }).length;
  const top = await readdir(pagefindDir);
  const meta = top.find((f) => f.endsWith('.pf_meta'));
  const sizesIn = async (sub) => Promise.all((await readdir(path.join(pagefindDir, sub))).map(async (f) => (await stat(path.join(pagefindDir, sub, f))).size));
  const [index, filter, fragment] = await Promise.all([sizesIn('index'), sizesIn('filter'), sizesIn('fragment')]);
  fragment.sort((a, b) => a - b);
  const sortedIndex = [...index].sort((a, b) => a - b);
  const parts = {
    'pagefind.js (gzip)': await gz(path.join(pagefindDir, 'pagefind.js')),
    'entry + meta': (await gz(path.join(pagefindDir, 'pagefind-entry.json'))) + (meta ? (await stat(path.join(pagefindDir, meta))).size : 0),
    wasm: (await stat(path.join(pagefindDir, 'wasm.en.pagefind'))).size,
    'largest index chunk': Math.max(0, ...index),
    '10 fragments (median)': 10 * (fragment[Math.floor(fragment.length / 2)] ?? 0),
  };
  // The search page lists its facets from the build (src/pages/search.astro) and loads Pagefind's filter files
  // only when the reader turns to the filters (or a search uses one filter: that filter's file alone), so
  // they are reported beside the first search, not in it.
  const filters = filter.reduce((a, b) => a + b, 0);
  const medianChunk = sortedIndex[Math.floor(sortedIndex.length / 2)] ?? 0;
  return { parts, total: Object.values(parts).reduce((a, b) => a + b, 0), filters, filterFiles: filter.length, largestFilter: Math.max(0, ...filter), medianChunk, chunks: { index: index.length, filter: filter.length, fragment: fragment.length } };
}

/** The heaviest HTML pages (gzip), to watch list pages that grow with N. */
async function heaviestPages(dist, count = 4) {
  const html = (await filesUnder(dist)).filter((f) => f.endsWith('.html'));
  const sized = await Promise.all(html.map(async (f) => ({ page: `/${path.relative(dist, f)}`.replace(/index\.html$/, ''), raw: (await stat(f)).size })));
  sized.sort((a, b) => b.raw - a.raw);
  const top = sized.slice(0, count);
  for (const p of top) p.gzip = gzipSync(await readFile(path.join(dist, p.page, p.page.endsWith('/') ? 'index.html' : ''))).length;
  return { pages: html.length, top };
}

/** Seconds spent in each phase of the build, from the times the marking log lines were printed. */
function phases(timeline) {
  const marks = [
    ['setup + content sync', /\[content\] Synced content/],
    ['bundling', /\[build\] Rearranging server assets/],
    ['pages', /page\(s\) built in/],
    ['record .bib/.ris', /\[postbuild\] record citations/],
    ['attribution', /\[postbuild\] attribution/],
    ['sitemap', /\[postbuild\] sitemap/],
    ['pagefind', /\[postbuild\] pagefind/],
    ['offline manifest', /\[postbuild\] offline/],
  ];
  const out = [];
  let last = 0;
  for (const [label, re] of marks) {
    const hit = timeline.find((l) => re.test(l.text));
    if (!hit) continue;
    out.push({ label, seconds: hit.t - last });
    last = hit.t;
  }
  return out;
}

async function benchOne(n, run = 0) {
  const work = await mkdtemp(path.join(tmpdir(), `companion-bench-${n}-`));
  try {
    const dir = await copyProject(path.join(work, 'project'));
    const t0 = performance.now();
    const generated = await generate(dir, n);
    const genSeconds = (performance.now() - t0) / 1000;
    console.log(`[bench] N=${n}: generated ${generated.statements} statements and ${generated.notes} notes in ${genSeconds.toFixed(1)} s; building…`);
    const timeline = [];
    const loadBefore = os.loadavg()[0];
    const started = performance.now();
    let pending = '';
    const result = await runBuild(dir, {
      log: (chunk) => {
        pending += chunk;
        const lines = pending.split('\n');
        pending = lines.pop();
        for (const text of lines) timeline.push({ t: (performance.now() - started) / 1000, text });
      },
    });
    if (args.log) await writeFile(path.join(args.log, `bench-${n}${run ? `-${run + 1}` : ''}.log`), timeline.map((l) => `${l.t.toFixed(2).padStart(7)} ${l.text}`).join('\n'));
    const row = { n, notes: generated.notes, code: result.code, seconds: result.ms / 1000, cpu: result.cpuSeconds, peakTree: result.peakTree, maxRssSingle: result.maxRssSingle };
    if (result.code !== 0) {
      console.error(result.output.split('\n').filter((l) => !/^\s+(Command being timed|User time|System time|Percent|Elapsed|Average|Maximum|Major|Minor|Voluntary|Involuntary|Swaps|File system|Socket|Signals|Page size|Exit status)/.test(l)).slice(-40).join('\n'));
      console.error(`[bench] N=${n}: build failed (exit ${result.code}) after ${row.seconds.toFixed(1)} s, peak ${mb(row.peakTree)}`);
      return row;
    }
    const dist = path.join(dir, 'dist');
    const pagefindDir = path.join(dist, 'pagefind');
    row.pagefindBytes = await sizeOf(await filesUnder(pagefindDir));
    row.distBytes = await sizeOf(await filesUnder(dist));
    row.search = await firstSearch(pagefindDir);
    row.html = await heaviestPages(dist);
    row.phases = phases(timeline);
    row.load = `${loadBefore.toFixed(1)} → ${os.loadavg()[0].toFixed(1)}`;
    console.log(`[bench] N=${n}: ${row.seconds.toFixed(1)} s wall${row.cpu ? `, ${row.cpu.toFixed(1)} s CPU (user ${result.userSeconds?.toFixed(1)}, system ${result.sysSeconds?.toFixed(1)})` : ''} (load average ${row.load}), peak ${mb(row.peakTree)} (process tree; largest process ${row.maxRssSingle ? mb(row.maxRssSingle) : 'n/a'}), ${row.html.pages} HTML pages`);
    console.log(`[bench]   phases (wall s): ${row.phases.map((p) => `${p.label} ${p.seconds.toFixed(1)}`).join(', ')}`);
    console.log(`[bench]   dist ${mb(row.distBytes)}; pagefind ${mb(row.pagefindBytes)} (${row.search.chunks.index} index chunks, ${row.search.chunks.filter} filters, ${row.search.chunks.fragment} fragments)`);
    console.log(`[bench]   first search ≈ ${kb(row.search.total)}: ${Object.entries(row.search.parts).map(([k, v]) => `${k} ${kb(v)}`).join(', ')}`);
    console.log(`[bench]   with a typical word (median index chunk ${kb(row.search.medianChunk)} instead of the largest) ≈ ${kb(row.search.total - row.search.parts['largest index chunk'] + row.search.medianChunk)}; filter files, loaded when the facets are used: ${row.search.filterFiles} files, ${kb(row.search.filters)} (largest ${kb(row.search.largestFilter)})`);
    console.log(`[bench]   heaviest pages (gzip): ${row.html.top.map((p) => `${p.page} ${kb(p.gzip)}`).join(', ')}`);
    return row;
  } finally {
    if (args.keep) console.log(`[bench] kept ${work}`);
    else leftovers.push(work);
  }
}

// Temporary folders are removed after the last build, not between builds: on this machine's ext4 (no journal)
// creating files where tens of thousands were deleted in the last ~30 s costs 2-3x the kernel time (the
// allocator skips recently freed inodes), which would be charged to the next build (docs/benchmarks.md).
const leftovers = [];

function machine() {
  const mem = (os.totalmem() / 1024 ** 3).toFixed(0);
  let cores = String(os.availableParallelism());
  try {
    cores = execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    // keep the Node estimate
  }
  return `${cores} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${mem} GB RAM, Node ${process.version}, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`;
}

const rows = [];
console.log(`[bench] ${machine()}${process.env.NODE_OPTIONS ? `, NODE_OPTIONS=${process.env.NODE_OPTIONS}` : ''}`);
for (const n of sizes) for (let i = 0; i < repeat; i++) rows.push(await benchOne(n, i));
for (const work of leftovers) await rm(work, { recursive: true, force: true });

console.log('\n| N statements | notes | build, wall (s) | CPU (s) | peak memory, tree | largest process | HTML pages | pagefind | first search |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  if (r.code !== 0) console.log(`| ${r.n} | ${r.notes} | failed after ${r.seconds.toFixed(1)} | ${r.cpu?.toFixed(1) ?? ''} | ${mb(r.peakTree)} | ${r.maxRssSingle ? mb(r.maxRssSingle) : 'n/a'} | | | |`);
  else console.log(`| ${r.n} | ${r.notes} | ${r.seconds.toFixed(1)} | ${r.cpu?.toFixed(1) ?? 'n/a'} | ${mb(r.peakTree)} | ${r.maxRssSingle ? mb(r.maxRssSingle) : 'n/a'} | ${r.html.pages} | ${mb(r.pagefindBytes)} | ${kb(r.search.total)} |`);
}

let failed = rows.some((r) => r.code !== 0);
// With --repeat, each N's times are the median of its runs (the machine is shared: single runs vary by ~10 %).
const median = (xs) => {
  const v = xs.filter((x) => typeof x === 'number' && !Number.isNaN(x)).sort((a, b) => a - b);
  if (v.length === 0) return undefined;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};
const summary = (n) => {
  const runs = rows.filter((r) => r.n === n && r.code === 0);
  if (runs.length === 0) return undefined;
  return {
    runs: runs.length,
    seconds: median(runs.map((r) => r.seconds)),
    cpu: median(runs.map((r) => r.cpu)),
    peakTree: Math.max(...runs.map((r) => r.peakTree)),
    search: runs[0].search,
  };
};
const big = !failed ? summary(GOAL.n) : undefined;
if (big) {
  const of = big.runs > 1 ? ` (median of ${big.runs} runs)` : '';
  const okTime = big.seconds <= GOAL.seconds;
  const okMem = big.peakTree <= GOAL.bytes;
  const okCpu = big.cpu === undefined || big.cpu <= GOAL.cpu;
  const okSearch = big.search.total <= GOAL.search;
  console.log(`\n[bench] goal at N=${GOAL.n}${of}: CPU ${big.cpu?.toFixed(1) ?? 'n/a'} s ${okCpu ? '≤' : '>'} ${GOAL.cpu} s; wall ${big.seconds.toFixed(1)} s ${okTime ? '≤' : '>'} ${GOAL.seconds} s (load average ${os.loadavg()[0].toFixed(1)}); peak ${mb(big.peakTree)} ${okMem ? '≤' : '>'} ${mb(GOAL.bytes)}; first search ${kb(big.search.total)} ${okSearch ? '≤' : '>'} ${kb(GOAL.search)}`);
  failed ||= !okTime || !okMem || !okCpu || !okSearch;
  const small = summary(GOAL.n / 10);
  if (small) {
    const ratio = big.seconds / small.seconds;
    console.log(`[bench] t(${GOAL.n})/t(${GOAL.n / 10}) = ${ratio.toFixed(2)} (goal ≤ ${GOAL.ratio})${big.cpu && small.cpu ? `; CPU ratio ${(big.cpu / small.cpu).toFixed(2)}` : ''}`);
    failed ||= ratio > GOAL.ratio;
  }
}
if (failed) process.exitCode = 1;
