/** Helpers shared by the e2e specs: the built site's pages, read from its sitemap. */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { inject } from 'vitest';

export const origin = () => inject('origin');
export const base = () => inject('base');
export const dist = () => inject('dist');

/** Site-relative URL ("/cases/") → the local server's absolute URL, base included. */
export function urlFor(sitePath: string): string {
  return `${origin()}${base().slice(0, -1)}${sitePath}`;
}

/** Every page path (base removed) listed in dist/sitemap.xml. */
export async function sitemapPaths(): Promise<string[]> {
  const xml = await readFile(path.join(dist(), 'sitemap.xml'), 'utf8');
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return locs.map((p) => p.slice(base().length - 1));
}

/** Every HTML file in dist/, relative paths. */
export async function htmlFiles(): Promise<string[]> {
  const all = await readdir(dist(), { recursive: true });
  return all.filter((f) => f.endsWith('.html')).sort();
}
