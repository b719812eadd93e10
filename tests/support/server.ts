/**
 * A small static server over dist/ that honours the base path, like a static host would. With `hostHeaders`,
 * it also sends the headers of dist/_headers (as Netlify or Cloudflare Pages would: each matching rule's
 * headers, values of several rules joined by commas), matched against the path with the base removed, so a
 * browser enforces the host CSP, frame-ancestors included (tests/e2e/embeds.test.ts).
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { headersFor, parseHeaders } from './headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm', '.csv': 'text/csv; charset=utf-8', '.geojson': 'application/geo+json',
  '.bib': 'application/x-bibtex', '.ris': 'application/x-research-info-systems', '.webmanifest': 'application/manifest+json',
  '.png': 'image/png', '.ico': 'image/x-icon', '.pf_meta': 'application/octet-stream', '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream', '.pf_filter': 'application/octet-stream',
};

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

export interface ServerOptions {
  /** Send the headers of dist/_headers with every response. */
  hostHeaders?: boolean;
}

export async function startServer(distDir: string, base: string, options: ServerOptions = {}): Promise<{ server: Server; origin: string }> {
  const headersFile = path.join(distDir, '_headers');
  const rules = options.hostHeaders && existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const hostHeaders = (hostPath: string) =>
    Object.fromEntries([...headersFor(rules, hostPath)].map(([name, values]) => [name, values.join(', ')]));
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let rel = decodeURIComponent(url.pathname);
    const extra = hostHeaders(rel.startsWith(base) ? `/${rel.slice(base.length)}` : rel);
    const notFound = async () => {
      res.writeHead(404, { ...extra, 'Content-Type': TYPES['.html']! });
      createReadStream(path.join(distDir, '404.html')).pipe(res);
    };
    if (base !== '/' && rel === base.slice(0, -1)) {
      res.writeHead(301, { Location: base });
      res.end();
      return;
    }
    if (!rel.startsWith(base)) return notFound();
    rel = rel.slice(base.length - 1);
    let file = path.join(distDir, rel);
    if (!file.startsWith(distDir)) return notFound();
    if (rel.endsWith('/')) file = path.join(file, 'index.html');
    else if (!(await isFile(file)) && (await isFile(path.join(file, 'index.html')))) {
      res.writeHead(301, { Location: `${url.pathname}/` });
      res.end();
      return;
    }
    if (!(await isFile(file))) return notFound();
    res.writeHead(200, { ...extra, 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}
