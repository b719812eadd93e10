import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedSince, hasSectionHistory, parseAsOf } from './as-of';
import { changelog, classify, contentTarget, lastSectionChanges, sectionHashes, sectionHistory, summarise, TOP } from './changes';
import { createBlobReader, createHistory, parseCatFileBatch, parseHistory, type GitRunner } from './git';

/** A throwaway repository with dated commits (GIT_COMMITTER_DATE / GIT_AUTHOR_DATE). */
let root: string;
const git = (args: string[], date?: string) =>
  execFileSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', ...(date ? { GIT_COMMITTER_DATE: `${date}T12:00:00Z`, GIT_AUTHOR_DATE: `${date}T12:00:00Z` } : {}) },
  });
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};
const commit = (subject: string, date: string) => {
  git(['add', '-A']);
  git(['-c', 'user.name=T', '-c', 'user.email=t@example.org', 'commit', '-q', '-m', subject], date);
};

const CASE_V1 = '---\ntitle: X\n---\nIntro.\n\n## Background\n\nOld background.\n\n## NATO\'s response\n\nNATO text.\n';
const CASE_V2 = CASE_V1.replace('Old background.', 'New background.');
const CASE_V3 = CASE_V2 + '\n## The [CSTO](/notes/x/)\n\nCSTO text.\n\n### Detail\n\nMore.\n';

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'changes-'));
  git(['init', '-q', '-b', 'main']);
  write('content/cases/c.mdx', CASE_V1);
  write('content/statements/s.md', '---\nid: s\n---\nBody.\n');
  write('src/x.ts', 'x');
  commit('Add the first records', '2026-08-01');
  write('content/cases/c.mdx', CASE_V2);
  write('content/notes/n.mdx', '# N\n\n## One\n\nText.\n');
  commit('Fix a date in the background', '2026-09-10');
  write('content/cases/c.mdx', CASE_V3);
  write('content/data/coding/a.yaml', 'a: 1\n');
  unlinkSync(path.join(root, 'content/statements/s.md'));
  commit('Re-code the CSTO response level', '2026-10-05');
  write('src/x.ts', 'y');
  commit('Code only', '2026-10-06');
});
afterAll(() => { if (root) rmSync(root, { recursive: true, force: true }); });

describe('createHistory over a fixture repository', () => {
  it('walks the content history once, newest first, with statuses and subjects', () => {
    const h = createHistory(root, ['content'], undefined, {});
    expect(h.available).toBe(true);
    expect(h.shallow).toBe(false);
    expect(h.commits.map((c) => [c.date, c.subject])).toEqual([
      ['2026-10-05', 'Re-code the CSTO response level'],
      ['2026-09-10', 'Fix a date in the background'],
      ['2026-08-01', 'Add the first records'],
    ]);
    expect(h.commits[0]!.files).toEqual([
      { status: 'M', path: 'content/cases/c.mdx' },
      { status: 'A', path: 'content/data/coding/a.yaml' },
      { status: 'D', path: 'content/statements/s.md' },
    ]);
  });

  it('builds a changelog by date with actions and links', () => {
    const days = changelog(createHistory(root, ['content'], undefined, {}).commits, (kind, id) => (kind === 'case' ? `Case ${id.toUpperCase()}` : kind === 'note' ? 'N' : undefined));
    expect(days.map((d) => d.date)).toEqual(['2026-10-05', '2026-09-10', '2026-08-01']);
    expect(days[0]!.commits[0]!.items).toEqual([
      { kind: 'case', id: 'c', url: '/cases/c/', action: 're-coded', label: 'Case page Case C' },
      { kind: 'data', id: 'coding/a.yaml', url: '/data/', action: 'added', label: 'Data file coding/a.yaml' },
      { kind: 'statement', id: 's', action: 'removed', label: 'Statement record s' },
    ]);
    expect(days[1]!.commits[0]!.items.map((i) => [i.label, i.action, i.url])).toEqual([
      ['Case page Case C', 'corrected', '/cases/c/'],
      ['Note N', 'added', '/notes/n/'],
    ]);
    expect(summarise(days[2]!.commits[0]!.items)).toBe('2 added');
  });

  it('dates each section’s last change, reading every version in one cat-file process', () => {
    const h = createHistory(root, ['content'], undefined, {});
    let calls = 0;
    const reader = createBlobReader(root);
    const pages = sectionHistory(h.commits, (specs) => { calls++; return reader(specs); });
    expect(calls).toBe(1);
    expect(pages).toEqual({
      '/cases/c/': { [TOP]: '2026-08-01', background: '2026-09-10', 'natos-response': '2026-08-01', 'the-csto': '2026-10-05' },
      '/notes/n/': { [TOP]: '2026-09-10', one: '2026-09-10' },
    });
    expect(changedSince(pages['/cases/c/'], '2026-09-01').sort()).toEqual(['background', 'the-csto']);
    expect(changedSince(pages['/cases/c/'], '2026-10-05')).toEqual([]);
  });

  it('fails loudly with REQUIRE_HISTORY=1 on a shallow or missing history, and not otherwise', () => {
    const shallow: GitRunner = (args) => (args.includes('--is-shallow-repository') ? 'true\n' : '');
    expect(() => createHistory('/r', ['content'], shallow, { REQUIRE_HISTORY: '1' })).toThrow(/REQUIRE_HISTORY=1 but the git history is shallow.*fetch-depth: 0/);
    expect(() => createHistory('/r', ['content'], () => undefined, { REQUIRE_HISTORY: '1' })).toThrow(/history is missing/);
    expect(createHistory('/r', ['content'], shallow, {}).shallow).toBe(true);
    expect(createHistory('/r', ['content'], () => undefined, {}).commits).toEqual([]);
  });

  it('detects a real shallow clone', () => {
    const clone = mkdtempSync(path.join(tmpdir(), 'changes-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${root}`, clone], { env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' } });
      expect(() => createHistory(clone, ['content'], undefined, { REQUIRE_HISTORY: '1' })).toThrow(/shallow/);
      expect(createHistory(clone, ['content'], undefined, {}).commits).toHaveLength(1);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });
});

describe('parsers', () => {
  it('parseHistory skips malformed records', () => {
    expect(parseHistory('')).toEqual([]);
    expect(parseHistory('\u001enot a commit\nM\tx')).toEqual([]);
  });
  it('parseCatFileBatch reads blobs and missing objects in order', () => {
    const out = Buffer.from('abc blob 3\nx\ny\nabc:missing missing\ndef blob 0\n\n');
    expect([...parseCatFileBatch(out, ['a', 'b', 'c'])]).toEqual([['a', 'x\ny'], ['b', undefined], ['c', '']]);
  });
});

describe('content targets and actions', () => {
  it.each([
    ['content/cases/georgia-2008.mdx', { kind: 'case', id: 'georgia-2008', url: '/cases/georgia-2008/' }],
    ['content/statements/a.md', { kind: 'statement', id: 'a', url: '/statements/a/' }],
    ['content/notes/cis.mdx', { kind: 'note', id: 'cis', url: '/notes/cis/' }],
    ['content/events/e.yaml', { kind: 'event', id: 'e', url: '/timeline/' }],
    ['content/sources/s.yaml', { kind: 'source', id: 's' }],
    ['src/pages/index.astro', null],
  ])('%s', (file, target) => {
    expect(contentTarget(file)).toEqual(target);
  });
  it.each([
    ['A', 'anything', 'added'],
    ['D', 'anything', 'removed'],
    ['M', 'Case pages: fixes from a fact-check', 'corrected'],
    ['M', 'Codebook: sharpen the rules', 're-coded'],
    ['M', 'Add the timeline', 'changed'],
  ] as const)('%s "%s" → %s', (status, subject, action) => {
    expect(classify({ status, path: 'content/cases/x.mdx' }, subject)).toBe(action);
  });
});

describe('sections', () => {
  it('slugs h2s like the site (duplicates counted over h2 and h3) and ignores headings in code fences', () => {
    const ids = [...sectionHashes('Top\n## A *b*\n### A b\n## A b\n```\n## Not\n```\n').keys()];
    expect(ids).toEqual([TOP, 'a-b', 'a-b-2']);
  });
  it('ignores whitespace-only edits', () => {
    expect(lastSectionChanges([{ date: '2026-01-01', text: '## A\n\nx y\n' }, { date: '2026-02-01', text: '## A\n\nx  y\n\n' }])).toEqual({ [TOP]: '2026-01-01', a: '2026-01-01' });
  });
});

describe('parseAsOf', () => {
  it.each([
    ['2026-09-01', '2026-09-01'],
    ['2026-02-30', null],
    ['2026-9-1', null],
    ['', null],
    [null, null],
  ])('%s → %s', (v, out) => {
    expect(parseAsOf(v)).toBe(out);
  });
});

describe('hasSectionHistory', () => {
  it.each([
    ['content/cases/georgia-2008.mdx', '/cases/georgia-2008/', true],
    ['content/statements/a.md', '/statements/a', true],
    ['content/notes/cis.mdx', '/notes/cis/', true],
    ['content/cases/georgia-2008.mdx', '/cases/georgia-2008/handout/', false],
    ['src/pages/search.astro', '/search/', false],
    [undefined, '/', false],
  ])('%s at %s → %s', (source, pathname, yes) => {
    expect(hasSectionHistory(source, pathname)).toBe(yes);
  });
});
