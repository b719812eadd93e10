/**
 * Weight budgets, measured on dist/ with gzip (zlib's default level 6, KB = 1,024 bytes, as in search.test.ts):
 * HTML of statement and note pages ≤ 10 KB, of case pages ≤ 32 KB (docs/quality.md), of /maps/ ≤ 60 KB; all CSS a page links
 * or embeds ≤ 10 KB; JS a page runs before any interaction (module scripts in its HTML, inline or linked, plus
 * every chunk they import statically, followed through dist/_astro) ≤ 6 KB on text pages (the quality bars' allowance
 * for link previews; it was 4 KB before them) and ≤ 20 KB on the
 * map explorer. Prints a table of the largest measurement per budget; a failure names each page over budget
 * and by how much. The first search (≤ 150 KB) is measured in search.test.ts.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { base, dist, htmlFiles } from '../support/site';

const KB = 1024;

interface Budget { name: string; limit: number; applies: (file: string) => boolean; measure: (m: Measured) => number }
interface Measured { file: string; html: number; css: number; js: number; jsFiles: string[] }

/** The explorer runs on /maps/ and in its embed (/embed/membership-map/). */
const isMapExplorer = (f: string) => f.startsWith('maps/') || f.startsWith('embed/membership-map/');
/** Pages whose JS gets the interactive-map allowance. Everything else is a text page, search included. */
const isMapPage = isMapExplorer;
const detail = (dir: string) => (f: string) => new RegExp(`^${dir}/[^/]+/index\\.html$`).test(f);

const BUDGETS: Budget[] = [
  { name: 'HTML, statement page', limit: 10 * KB, applies: detail('statements'), measure: (m) => m.html },
  { name: 'HTML, note page', limit: 10 * KB, applies: detail('notes'), measure: (m) => m.html },
  { name: 'HTML, case page', limit: 32 * KB, applies: detail('cases'), measure: (m) => m.html },
  { name: 'HTML, /maps/', limit: 60 * KB, applies: (f) => f === 'maps/index.html', measure: (m) => m.html },
  { name: 'CSS, any page', limit: 10 * KB, applies: () => true, measure: (m) => m.css },
  { name: 'JS before interaction, text page', limit: 6 * KB, applies: (f) => !isMapPage(f), measure: (m) => m.js },
  { name: 'JS before interaction, map page', limit: 20 * KB, applies: isMapPage, measure: (m) => m.js },
];

const gz = (text: string | Buffer) => gzipSync(text).length;
const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))?.slice(1).find((v) => v !== undefined);

/** A URL found in dist/<from> → dist-relative file path (null for other origins). */
function distPath(url: string, from: string): string | null {
  if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return null;
  const pathname = new URL(url, `http://site${base()}${from}`).pathname;
  return pathname.startsWith(base()) ? decodeURIComponent(pathname.slice(base().length)) : null;
}

const fileCache = new Map<string, Promise<string>>();
const read = (rel: string) => {
  if (!fileCache.has(rel)) fileCache.set(rel, readFile(path.join(dist(), rel), 'utf8'));
  return fileCache.get(rel)!;
};

/** Static imports and re-exports of a bundled module (`import"./a.js"`, `import{x}from"./b.js"`, `export*from…`). */
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
}

/** gzip bytes of every module a page runs before interaction: its module scripts and their static imports. */
async function pageJs(file: string, html: string): Promise<{ bytes: number; files: string[] }> {
  const seen = new Set<string>();
  let bytes = 0;
  const queue: Array<{ code: string; from: string }> = [];
  const enqueue = async (url: string, from: string) => {
    const rel = distPath(url, from);
    if (rel === null || seen.has(rel)) return;
    seen.add(rel);
    const code = await read(rel);
    bytes += gz(code);
    queue.push({ code, from: rel });
  };
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = m[1]!;
    const type = attr(tag, 'type');
    if (type && !/^(module|text\/javascript|application\/javascript)$/i.test(type)) continue; // JSON data etc.
    const src = attr(tag, 'src');
    if (src) await enqueue(src, file);
    else if (m[2]!.trim()) {
      bytes += gz(m[2]!);
      seen.add(`${file} (inline)`);
      queue.push({ code: m[2]!, from: file });
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*\brel=["']?modulepreload[^>]*>/gi)) {
    const href = attr(m[0], 'href');
    if (href) await enqueue(href, file);
  }
  while (queue.length > 0) {
    const { code, from } = queue.shift()!;
    for (const spec of staticImports(code)) await enqueue(spec, from);
  }
  return { bytes, files: [...seen] };
}

/** gzip bytes of every stylesheet a page links plus its inline <style> blocks. */
async function pageCss(file: string, html: string): Promise<number> {
  let bytes = 0;
  const seen = new Set<string>();
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel=["']?[^"'>]*\bstylesheet\b/i.test(m[0])) continue;
    const rel = distPath(attr(m[0], 'href') ?? '', file);
    if (rel === null || seen.has(rel)) continue;
    seen.add(rel);
    bytes += gz(await read(rel));
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) if (m[1]!.trim()) bytes += gz(m[1]!);
  return bytes;
}

const measured: Measured[] = [];
for (const file of await htmlFiles()) {
  const html = await read(file);
  const js = await pageJs(file, html);
  measured.push({ file, html: gz(html), css: await pageCss(file, html), js: js.bytes, jsFiles: js.files });
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const page = (file: string) => `/${file.replace(/index\.html$/, '')}`;
const rows: string[] = [];

describe('weight budgets (gzip)', () => {
  it.each([
    ['import"./a.js";', ['./a.js']],
    ['import{t as e,n}from"./chunk.B1.js";e()', ['./chunk.B1.js']],
    ['import * as d from \'./d.js\'', ['./d.js']],
    ['export*from"./e.js";export{x as y}from"./f.js"', ['./e.js', './f.js']],
    ['const m=import("./lazy.js");x.import("./no.js")', []],
    ['let s=`import`;', []],
  ])('staticImports(%j)', (code, expected) => {
    expect(staticImports(code)).toEqual(expected);
  });

  it('finds pages to measure', () => {
    expect(measured.length).toBeGreaterThan(10);
    expect(measured.some((m) => m.jsFiles.length > 0), 'no page loads any JS: the script scan is broken').toBe(true);
  });

  it.each(BUDGETS)('$name', (budget) => {
    const applicable = measured.filter((m) => budget.applies(m.file));
    if (applicable.length === 0) {
      rows.push(`| ${budget.name} | 0 | – | – | ${kb(budget.limit)} | n/a |`);
      return;
    }
    const sorted = [...applicable].sort((a, b) => budget.measure(b) - budget.measure(a));
    const max = sorted[0]!;
    const over = sorted.filter((m) => budget.measure(m) > budget.limit);
    const largest = budget.measure(max);
    rows.push(`| ${budget.name} | ${applicable.length} | ${kb(largest)} (${largest} B) | ${page(max.file)} | ${kb(budget.limit)} | ${over.length ? `${over.length} over` : `ok, ${Math.round((100 * largest) / budget.limit)} %`} |`);
    const report = over.map((m) => `${page(m.file)}: ${budget.measure(m)} B > ${budget.limit} B (+${budget.measure(m) - budget.limit} B)`
      + (budget.name.startsWith('JS') ? ` [${m.jsFiles.join(', ')}]` : ''));
    expect(report).toEqual([]);
  });
});

afterAll(() => {
  console.log(['| budget | pages | largest (gzip) | page | limit | result |', '| --- | ---: | ---: | --- | ---: | --- |', ...rows].join('\n'));
});
