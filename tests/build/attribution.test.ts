/**
 * Build-time guards added for attribution, source tiers and SITE_URL, each proved on a temporary copy of the
 * project (the real content is never touched):
 * - a note sentence that credits the article without <ArticleRef> fails `npm run build` (the postbuild step),
 *   naming the file and the sentence; a data-article-ref pointing to no anchor fails too;
 * - a note footnote linking to a mirror site, or to an external URL with no content/sources record, fails
 *   `astro build`, naming the file and the URL;
 * - REQUIRE_SITE_URL=1 without SITE_URL fails; with SITE_URL=https://example.org no "localhost" is left in dist/.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'companion-attrib-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function freshCopy(name: string): Promise<string> {
  const dir = path.join(work, name.replace(/\W+/g, '-'));
  for (const item of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts']) {
    await cp(path.join(root, item), path.join(dir, item), { recursive: true });
  }
  await symlink(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

/** `npm run build` in the copy: astro build, then the postbuild steps, with the project's own Node. */
async function build(dir: string, env: Record<string, string | undefined> = {}): Promise<{ code: number; output: string }> {
  const opts = {
    cwd: dir,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', SITE_URL: undefined, REQUIRE_SITE_URL: undefined, CI_DEPLOY: undefined, ...env },
    maxBuffer: 64 * 1024 * 1024,
  };
  let output = '';
  try {
    const a = await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], opts);
    output += a.stdout + a.stderr;
    const b = await run(process.execPath, ['scripts/postbuild.mjs'], opts);
    output += b.stdout + b.stderr;
    return { code: 0, output };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, output: `${output}${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

const note = (body: string): string =>
  `---\ntitle: Fixture note\ntype: research\nsummary: A fixture note for the build tests.\n---\n${body}\n`;

describe('attribution check', () => {
  it('fails on an unreferenced sentence that credits the article, naming the file and the sentence', async () => {
    const dir = await freshCopy('unreferenced');
    const sentence = 'The article argues that fixtures must always fail the build.';
    await writeFile(path.join(dir, 'content/notes/fixture-attribution.mdx'), note(`Companion text first. ${sentence} More companion text.`));
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('content/notes/fixture-attribution.mdx');
    expect(output).toContain(sentence);
  });

  it('passes the same sentence once it is wrapped in ArticleRef', async () => {
    const dir = await freshCopy('referenced');
    await writeFile(
      path.join(dir, 'content/notes/fixture-attribution.mdx'),
      note('Companion text. <ArticleRef to="abstract-4">The article finds that the CSTO largely avoided any engagement.</ArticleRef> Cite the article as usual.'),
    );
    const { code, output } = await build(dir);
    expect(output).not.toMatch(/fixture-attribution\.mdx.*credits the article/);
    expect(code).toBe(0);
  });

  it('fails on a reference to an anchor that does not exist', async () => {
    const dir = await freshCopy('unknown-ref');
    await writeFile(path.join(dir, 'content/notes/fixture-attribution.mdx'), note('<span data-article-ref="abstract-9">The article finds nothing.</span>'));
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('content/notes/fixture-attribution.mdx');
    expect(output).toContain('abstract-9');
  });
});

describe('footnote sources', () => {
  it.each([
    ['a mirror site', 'https://en.wikipedia.org/wiki/Collective_Security_Treaty_Organization'],
    ['an external URL with no source record', 'https://example.org/no-such-source-record'],
  ])('fails on a footnote linking to %s, naming the file and the URL', async (_kind, url) => {
    const dir = await freshCopy(`footnote-${url}`);
    await writeFile(path.join(dir, 'content/notes/fixture-citation.mdx'), note(`A claim.[^1]\n\n[^1]: [A page](${url}).`));
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('content/notes/fixture-citation.mdx');
    expect(output).toContain(url);
  });
});

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full)));
    else out.push(full);
  }
  return out;
}

describe('SITE_URL', () => {
  it('fails a deploy build (REQUIRE_SITE_URL=1) without SITE_URL', async () => {
    const dir = await freshCopy('require-site-url');
    const { code, output } = await build(dir, { REQUIRE_SITE_URL: '1' });
    expect(code).not.toBe(0);
    expect(output).toMatch(/SITE_URL is not set/);
  });

  it('leaves no "localhost" anywhere in dist/ when SITE_URL is set', async () => {
    const dir = await freshCopy('site-url');
    const { code, output } = await build(dir, { SITE_URL: 'https://example.org', REQUIRE_SITE_URL: '1' });
    expect(output).not.toMatch(/SITE_URL is not set/);
    expect(code).toBe(0);
    const files = (await filesUnder(path.join(dir, 'dist'))).filter((f) => /\.(html|xml|txt|json|bib|ris|js|mjs|webmanifest|csv)$/.test(f));
    expect(files.length).toBeGreaterThan(100);
    const offenders: string[] = [];
    for (const f of files) if ((await readFile(f, 'utf8')).includes('localhost')) offenders.push(path.relative(dir, f));
    expect(offenders).toEqual([]);
    expect(await readFile(path.join(dir, 'dist/sitemap.xml'), 'utf8')).toContain('<loc>https://example.org/');
  });
});
