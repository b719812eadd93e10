import { describe, expect, it } from 'vitest';
import { createLastUpdated, LOG_ARGS, parseNameLog, runGit, type GitRunner } from './git';

const RS = '\u001e';
const LOG = `${RS}2026-11-20\n\ncontent/statements/b.md\nsrc/pages/about.astro\n${RS}2026-11-02\n\n${RS}2026-10-01\n\ncontent/statements/a.md\ncontent/statements/b.md\n`;

describe('parseNameLog', () => {
  it.each([
    ['content/statements/b.md', '2026-11-20'], // newest commit wins
    ['content/statements/a.md', '2026-10-01'],
    ['src/pages/about.astro', '2026-11-20'],
    ['content/statements/c.md', undefined],
  ])('%s → %s', (file, date) => {
    expect(parseNameLog(LOG).get(file)).toBe(date);
  });
  it('ignores empty or malformed output', () => {
    expect(parseNameLog('').size).toBe(0);
    expect(parseNameLog(`${RS}not-a-date\nfile.md\n`).size).toBe(0);
  });
});

/** A fake git: answers the history walk and `log -1`, counting calls. */
function fakeGit(log: string | undefined, newest: string | undefined) {
  const calls: string[][] = [];
  const run: GitRunner = (args) => {
    calls.push(args);
    return args.includes('--name-only') ? log : newest;
  };
  return { run, calls };
}

describe('createLastUpdated', () => {
  it.each([
    ['content/statements/a.md', '2026-10-01'],
    ['./content/statements/b.md', '2026-11-20'],
    ['/repo/src/pages/about.astro', '2026-11-20'],
    ['content/statements/untracked.md', '2026-11-27'], // unknown to git: newest commit of the repository
  ])('%s → %s', (file, date) => {
    const { run } = fakeGit(LOG, '2026-11-27\n');
    expect(createLastUpdated('/repo', run)(file)).toBe(date);
  });

  it('runs git at most twice however many pages ask', () => {
    const { run, calls } = fakeGit(LOG, '2026-11-27\n');
    const lookup = createLastUpdated('/repo', run);
    for (let i = 0; i < 100; i++) lookup(`content/statements/x${i}.md`);
    expect(calls).toEqual([LOG_ARGS, ['log', '-1', '--format=%cs']]);
  });

  it('gives no date without git', () => {
    const { run } = fakeGit(undefined, undefined);
    expect(createLastUpdated('/repo', run)('content/statements/a.md')).toBeUndefined();
  });

  it('gives no date in a repository without commits', () => {
    const { run } = fakeGit('', '');
    expect(createLastUpdated('/repo', run)('README.md')).toBeUndefined();
  });
});

describe('against this repository (read-only)', () => {
  const root = process.cwd();
  const git = runGit(['rev-parse', '--is-inside-work-tree'], root)?.trim() === 'true';
  it.skipIf(!git)('agrees with `git log -1 --format=%cs -- <file>` for tracked files', () => {
    const lookup = createLastUpdated(root);
    const tracked = (runGit(['ls-files', 'src/lib', 'README.md', 'package.json'], root) ?? '').split('\n').filter(Boolean);
    const sample = tracked.filter((_, i) => i % Math.ceil(tracked.length / 8) === 0);
    for (const file of sample) {
      const expected = runGit(['log', '-1', '--format=%cs', '--', file], root)?.trim() || runGit(['log', '-1', '--format=%cs'], root)?.trim() || undefined;
      expect(lookup(file), file).toBe(expected);
    }
  });
  it('returns a date or nothing, never anything else', () => {
    const d = createLastUpdated(root)('no/such/file.md');
    expect(d === undefined || /^\d{4}-\d{2}-\d{2}$/.test(d)).toBe(true);
  });
});
