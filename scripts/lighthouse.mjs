// `npm run lighthouse`: Lighthouse (mobile defaults) over the built site's key pages, served from dist/ by the
// project's own static server, in Debian's headless Chromium. Prints a table, writes docs/lighthouse.md and exits
// 1 when a page is under the bar (Performance 98; Accessibility, Best Practices, SEO 100).
//
// Flags: --runs N (runs per page, median reported; default 3), --no-write (leave docs/lighthouse.md alone),
//        --dist DIR (default dist/), --json FILE (every run's metrics, layout shifts, long tasks: for debugging),
//        --page /path/ (audit only this page; repeatable; implies --no-write).
// BASE_PATH is honoured as in the build. Builds first (npm run build) when dist/ has no sitemap.xml.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { startServer } from '../tests/support/server.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BEGIN = '<!-- lighthouse:begin (written by scripts/lighthouse.mjs) -->';
const END = '<!-- lighthouse:end -->';
const BARS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
const LABELS = { performance: 'Perf', accessibility: 'A11y', 'best-practices': 'BP', seo: 'SEO' };
/** Pages to audit, in report order; the statement page is chosen from the sitemap. */
const WANTED = ['/', '/cases/georgia-2008/', '/maps/', '/statements/', '/search/'];

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'no-write': { type: 'boolean', default: false },
    dist: { type: 'string', default: path.join(root, 'dist') },
    json: { type: 'string' },
    page: { type: 'string', multiple: true },
  },
});
const runs = Math.max(1, Number(args.runs) || 1);
const dist = path.resolve(args.dist);
const base = `/${(process.env.BASE_PATH || '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

if (!existsSync(path.join(dist, 'sitemap.xml'))) {
  console.log('[lighthouse] no dist/sitemap.xml: running npm run build');
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}

/** Site paths (base removed) from the sitemap. */
async function sitemapPaths() {
  const xml = await readFile(path.join(dist, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname.slice(base.length - 1));
}

function pickPages(paths) {
  const have = new Set(paths);
  const pages = WANTED.filter((p) => have.has(p));
  for (const p of WANTED.filter((w) => !have.has(w))) console.warn(`[lighthouse] ${p} is not in the sitemap: skipped`);
  const statement = paths.filter((p) => /^\/statements\/[^/]+\/$/.test(p)).sort()[0];
  if (statement) pages.push(statement);
  return pages;
}

/** Starts Chromium with a DevTools port of its choosing; resolves with the port and a stop function. */
async function launchChromium() {
  const profile = mkdtempSync(path.join(tmpdir(), 'lh-profile-'));
  const child = spawn(CHROMIUM, [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--no-default-browser-check',
    '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank',
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  const port = await new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${err}`)), 30_000);
    child.stderr.on('data', (chunk) => {
      err += chunk;
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${err}`)));
  });
  child.stderr.resume();
  // If this script dies (an uncaught error, Ctrl-C), take the browser and its profile with it.
  const kill = () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    // Chromium's helper processes may still be writing: remove the profile a moment later.
    if (existsSync(profile)) spawn('sh', ['-c', 'sleep 2; rm -rf "$0"', profile], { detached: true, stdio: 'ignore' }).unref();
  };
  process.once('exit', kill);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(profile, { recursive: true, force: true });
  };
  return { port, stop };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** What a performance score is made of, for --json: metrics, the machine's benchmark index, shifts and long tasks. */
function diagnose(lhr) {
  const items = (id, n = 8) => (lhr.audits[id]?.details?.items ?? []).slice(0, n);
  const metrics = Object.fromEntries(
    ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
      .map((id) => [id, { value: lhr.audits[id]?.numericValue, score: lhr.audits[id]?.score }]),
  );
  return {
    benchmarkIndex: lhr.environment?.benchmarkIndex,
    domSize: lhr.audits['dom-size']?.numericValue,
    metrics,
    layoutShifts: items('layout-shifts').map((x) => ({ node: x.node?.snippet ?? x.node?.selector, score: x.score, cause: x.subItems?.items?.map((c) => c.extra?.value ?? c.cause) })),
    longTasks: items('long-tasks').map((x) => ({ url: x.url, start: x.startTime, duration: x.duration })),
    bootup: items('bootup-time').map((x) => ({ url: x.url, total: x.total, scripting: x.scripting })),
    mainThread: items('mainthread-work-breakdown').map((x) => ({ group: x.groupLabel ?? x.group, duration: x.duration })),
    lcpElement: items('largest-contentful-paint-element', 1),
  };
}

/** Audits that cost points in a category: id, title and score. */
function failingAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a.score !== null && a.score < 1)
    .map((a) => ({ id: a.id, title: a.title, score: a.score, value: a.displayValue ?? '' }));
}

async function main() {
  const pages = args.page?.length ? args.page : pickPages(await sitemapPaths());
  if (args.page?.length) args['no-write'] = true;
  const { server, origin } = await startServer(dist, base);
  const chrome = await launchChromium();
  const version = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  const results = [];
  try {
    for (const page of pages) {
      const url = `${origin}${base.slice(0, -1)}${page}`;
      const scores = Object.fromEntries(Object.keys(BARS).map((k) => [k, []]));
      const issues = {};
      const details = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        details.push(diagnose(lhr));
        for (const k of Object.keys(BARS)) {
          scores[k].push(Math.round((lhr.categories[k].score ?? 0) * 100));
          for (const a of failingAudits(lhr, k)) {
            const seen = issues[`${k}:${a.id}`];
            if (!seen || a.score < seen.score) issues[`${k}:${a.id}`] = { category: k, ...a }; // keep the worst run
          }
        }
      }
      const med = Object.fromEntries(Object.entries(scores).map(([k, xs]) => [k, median(xs)]));
      results.push({ page, scores: med, all: scores, issues: Object.values(issues), details });
      console.log(`[lighthouse] ${page}: ${Object.entries(med).map(([k, v]) => `${LABELS[k]} ${v}`).join(', ')}`);
    }
  } finally {
    await chrome.stop();
    await new Promise((resolve) => server.close(resolve));
  }

  const failures = results.flatMap((r) =>
    Object.entries(BARS).filter(([k, bar]) => r.scores[k] < bar).map(([k, bar]) => ({ page: r.page, category: k, score: r.scores[k], bar })),
  );
  printTable(results);
  for (const r of results) {
    const lost = r.issues.filter((a) => r.scores[a.category] < BARS[a.category] || a.category !== 'performance');
    for (const a of lost) console.log(`  ${r.page} ${a.category}: ${a.id} (${a.title}) score ${a.score}${a.value ? `, ${a.value}` : ''}`);
  }
  if (args.json) await writeFile(args.json, `${JSON.stringify({ chromium: version, runs, results }, null, 2)}\n`);
  if (!args['no-write']) await writeReport(results, version, failures);
  if (failures.length) {
    for (const f of failures) console.error(`[lighthouse] FAIL ${f.page}: ${f.category} ${f.score} < ${f.bar}`);
    process.exit(1);
  }
  console.log(`[lighthouse] all ${results.length} pages meet the bars`);
}

function printTable(results) {
  const width = Math.max(4, ...results.map((r) => r.page.length));
  const head = `${'page'.padEnd(width)}  ${Object.values(LABELS).map((l) => l.padStart(4)).join('  ')}`;
  console.log(`\n${head}\n${'-'.repeat(head.length)}`);
  for (const r of results) {
    console.log(`${r.page.padEnd(width)}  ${Object.keys(BARS).map((k) => String(r.scores[k]).padStart(4)).join('  ')}`);
  }
  console.log(`${'bar'.padEnd(width)}  ${Object.values(BARS).map((b) => String(b).padStart(4)).join('  ')}\n`);
}

async function writeReport(results, version, failures) {
  const date = new Date().toISOString().slice(0, 10);
  const rows = results.map((r) => `| \`${r.page}\` | ${Object.keys(BARS).map((k) => `${r.scores[k]}${runs > 1 ? ` (${r.all[k].join(', ')})` : ''}`).join(' | ')} |`);
  const notes = results.flatMap((r) => r.issues.map((a) => `- \`${r.page}\` ${a.category}: \`${a.id}\` — ${a.title} (score ${a.score}${a.value ? `, ${a.value}` : ''})`));
  const generated = `${BEGIN}
Latest run: ${date}, ${machine()} (load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at the end), ${version},
Node ${process.version}, Lighthouse ${lighthouseVersion()}; Lighthouse's CPU benchmark index of the machine during
the runs (median): ${benchmarkIndex(results) ?? 'n/a'}. ${runs} run(s) per page: median, every run in brackets.

| page | Performance | Accessibility | Best Practices | SEO |
| --- | --- | --- | --- | --- |
${rows.join('\n')}

${failures.length ? `**Under the bar:** ${failures.map((f) => `\`${f.page}\` ${f.category} ${f.score}`).join('; ')}.` : 'Every page meets every bar.'}

Audits that did not score 1 in at least one run (worst run shown):

${notes.length ? notes.join('\n') : '- none'}
${END}`;
  const file = path.join(root, 'docs/lighthouse.md');
  const current = existsSync(file) ? await readFile(file, 'utf8') : '';
  const text = current.includes(BEGIN) && current.includes(END)
    ? current.slice(0, current.indexOf(BEGIN)) + generated + current.slice(current.indexOf(END) + END.length)
    : `# Lighthouse scores

Measured by \`npm run lighthouse\` (scripts/lighthouse.mjs): Lighthouse with its mobile defaults (emulated
Moto G Power, simulated slow 4G and 4× CPU slowdown) against \`dist/\` served by the project's static server
(tests/support/server.ts) on 127.0.0.1, in headless Debian Chromium. Bars: Performance ≥ 98; Accessibility,
Best Practices and SEO = 100. The script exits 1 when any page's median is under its bar. The section between
the markers below is rewritten by every run; the rest of this file is kept.

${generated}
`;
  await writeFile(file, text);
  console.log('[lighthouse] wrote docs/lighthouse.md');
}

const lighthouseVersionText = JSON.parse(await readFile(path.join(root, 'node_modules/lighthouse/package.json'), 'utf8')).version;
function lighthouseVersion() {
  return lighthouseVersionText;
}

function machine() {
  const cores = execFileSync('nproc', { encoding: 'utf8' }).trim();
  return `${cores} cores`;
}

/** Lighthouse's CPU benchmark of this machine at the time of the runs (median over all runs). */
function benchmarkIndex(results) {
  const all = results.flatMap((r) => r.details.map((d) => d.benchmarkIndex)).filter((x) => typeof x === 'number');
  return all.length ? Math.round(median(all)) : null;
}

await main();
