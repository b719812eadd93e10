/** No internal link or asset escapes the deploy base (run with BASE_PATH=/companion/ as well as at the root). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { base, dist, htmlFiles } from '../support/site';

const ATTR = /\s(?:href|src|action|poster|data-pagefind-source)="([^"]*)"/g;

describe('deploy base', () => {
  it('every root-relative URL in every HTML file starts with the base', async () => {
    const escapes: string[] = [];
    for (const file of await htmlFiles()) {
      const html = await readFile(path.join(dist(), file), 'utf8');
      for (const m of html.matchAll(ATTR)) {
        const url = m[1]!;
        if (url.startsWith('/') && !url.startsWith('//') && !url.startsWith(base())) escapes.push(`${file}: ${url}`);
      }
    }
    expect(escapes).toEqual([]);
  });

  it('stylesheets reference assets under the base', async () => {
    const cssFiles = (await htmlFiles()).length > 0 ? await import('node:fs/promises').then((fs) => fs.readdir(path.join(dist(), '_astro'))) : [];
    for (const f of cssFiles.filter((x) => x.endsWith('.css'))) {
      const css = await readFile(path.join(dist(), '_astro', f), 'utf8');
      for (const m of css.matchAll(/url\((['"]?)(\/[^)'"]*)\1\)/g)) expect(m[2]!.startsWith(base())).toBe(true);
    }
  });
});
