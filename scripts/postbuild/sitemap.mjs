// Writes dist/sitemap.xml listing every built HTML page (except 404 and the /embed/ frames), sorted, so builds are reproducible.
import { closeSync, openSync, readSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { resolveSiteUrl } from '../../src/lib/site-url.ts';

/** The first `bytes` bytes of a file as text: enough to see a redirect stub's <meta http-equiv="refresh">. */
function readHead(file, bytes) {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

export async function listPages(distDir) {
  const root = fileURLToPath(distDir);
  const entries = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind'));
  // Embeds (/embed/…) are frames for other sites, marked noindex: not pages to list.
  const isEmbed = (f) => f.split(path.sep)[0] === 'embed';
  const pages = [];
  for (const f of entries) {
    if (isEmbed(f)) continue;
    // Redirect stubs (Astro `redirects`) are not pages: keep them out of the sitemap.
    const head = readHead(path.join(root, f), 600);
    if (/<meta http-equiv="refresh"/i.test(head)) continue;
    pages.push(`/${f.split(path.sep).join('/')}`.replace(/index\.html$/, ''));
  }
  return pages.sort();
}

export async function writeSitemap(distDir) {
  const { site } = resolveSiteUrl(process.env);
  const base = `/${(process.env.BASE_PATH || '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const pages = await listPages(distDir);
  const urls = pages.map((p) => `  <url><loc>${site}${base}${p.slice(1)}</loc></url>`).join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  await writeFile(new URL('sitemap.xml', distDir), xml);
  return pages.length;
}
