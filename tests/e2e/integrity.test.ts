/**
 * Static integrity checks over every HTML file in dist/: internal links and #anchors resolve; no run of 8
 * words from the article's abstract or endnotes appears; cited external sources are recorded in the data.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { htmlToText, ngrams, sharedRuns, words } from '../../src/lib/text';
import { base, dist, htmlFiles } from '../support/site';

const files = await htmlFiles();
const pages = new Map<string, string>();
for (const f of files) pages.set(f, await readFile(path.join(dist(), f), 'utf8'));

const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

/** dist-relative HTML file for a site URL path, or the file itself for assets. */
async function targetFile(urlPath: string): Promise<string | null> {
  const rel = decodeURIComponent(urlPath.slice(base().length));
  const candidates = rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`];
  for (const c of candidates) if (await exists(path.join(dist(), c))) return c;
  return null;
}

describe('internal links', () => {
  it('every internal link and #anchor on every page resolves', async () => {
    const broken: string[] = [];
    for (const [file, html] of pages) {
      if (file === '404.html') continue;
      const pageUrl = `/${file.replace(/index\.html$/, '')}`;
      for (const m of html.matchAll(/<a\b[^>]*\shref="([^"]+)"/g)) {
        const href = m[1]!.replace(/&amp;/g, '&');
        if (/^(https?:|mailto:|data:)/.test(href) || href.startsWith('//')) continue;
        const url = new URL(href, `http://site${base()}${pageUrl.slice(1)}`);
        const target = await targetFile(url.pathname);
        if (!target) { broken.push(`${file}: ${href}`); continue; }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && target.endsWith('.html') && !idsOf(pages.get(target) ?? '').has(anchor)) broken.push(`${file}: ${href} (missing #${anchor})`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('the article’s words', () => {
  it('no page reuses 8 or more consecutive words of the abstract or endnotes', async () => {
    const seed = (await readFile('tests/fixtures/seed-abstract-and-notes.txt', 'utf8')).replace(/^#.*$/gm, '');
    const reference = ngrams(words(seed), 8);
    const hits: string[] = [];
    for (const [file, html] of pages) {
      for (const run of sharedRuns(htmlToText(html), reference, 8)) hits.push(`${file}: “${run}”`);
    }
    expect(hits).toEqual([]);
  });
});

describe('cited sources are recorded', () => {
  it('every external link in case and note pages is a recorded source, statement or known reference', async () => {
    const known = new Set<string>();
    const add = (u: unknown) => { if (typeof u === 'string') known.add(u.replace(/\/$/, '')); };
    for (const f of await readdir('content/sources')) {
      const s = parse(await readFile(path.join('content/sources', f), 'utf8')) as Record<string, unknown>;
      add(s.url); add(s.archivedUrl);
    }
    for (const f of await readdir('content/statements')) {
      const text = await readFile(path.join('content/statements', f), 'utf8');
      const fm = parse(text.split(/^---$/m)[1]!) as { url: string; archivedUrl?: string; verified: { copy: string } };
      add(fm.url); add(fm.archivedUrl); add(fm.verified.copy);
    }
    const site = ['https://doi.org/10.1080/14631377.2020.1800316', 'https://creativecommons.org/licenses/by/4.0', 'https://opensource.org/license/mit', 'https://www.naturalearthdata.com'];
    site.forEach(add);
    const unrecorded: string[] = [];
    for (const [file, html] of pages) {
      if (!/^(cases|notes)\//.test(file)) continue;
      for (const m of html.matchAll(/<a\b[^>]*\shref="(https?:[^"]+)"/g)) {
        const href = m[1]!.replace(/&amp;/g, '&').replace(/\/$/, '');
        if (!known.has(href)) unrecorded.push(`${file}: ${href}`);
      }
    }
    expect(unrecorded).toEqual([]);
  });
});
