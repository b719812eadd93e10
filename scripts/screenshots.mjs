/**
 * Screenshots of the built site for design review: `npm run screenshots` (run `npm run build` first).
 * Serves dist/ on 127.0.0.1 and, with Debian's Chromium (playwright-core), captures home, a case, /compare/,
 * /maps/, /statements/, /search/?q=Minsk and a statement at 390 and 1280 px wide, light and dark, at 1× scale,
 * full page capped at 2400 px tall on the phone and 1600 px on the desktop (files stay small), into docs/screenshots/<name>-<width>-<scheme>.png.
 */
import { createReadStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';

const dist = path.resolve('dist');
const out = path.resolve('docs/screenshots');
const PAGES = [
  ['home', '/'],
  ['case', '/cases/georgia-2008/'],
  ['compare', '/compare/'],
  ['maps', '/maps/'],
  ['statements', '/statements/'],
  ['search', '/search/?q=Minsk'],
  ['statement', '/statements/csto-2008-08-08-secretariat-south-ossetia/'],
];
const only = process.argv.slice(2);
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm' };
const isFile = (p) => stat(p).then((s) => s.isFile(), () => false);

const server = createServer(async (req, res) => {
  let rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (rel.endsWith('/')) rel += 'index.html';
  const file = path.join(dist, rel);
  if (!file.startsWith(dist) || !(await isFile(file))) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
await mkdir(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  for (const [name, url] of PAGES.filter(([n]) => only.length === 0 || only.includes(n))) {
    for (const width of [390, 1280]) {
      for (const scheme of ['light', 'dark']) {
        const context = await browser.newContext({ viewport: { width, height: width === 390 ? 844 : 800 }, deviceScaleFactor: 1, colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(origin + url, { waitUntil: 'load' });
        await page.waitForTimeout(name === 'search' ? 1500 : 300);
        const height = Math.min(width === 390 ? 2400 : 1600, await page.evaluate(() => document.documentElement.scrollHeight));
        const file = path.join(out, `${name}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, clip: { x: 0, y: 0, width, height }, fullPage: true });
        console.log(file);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
