/**
 * "Last updated" dates from git, computed at build time.
 *
 * lastUpdated(file) answers what `git log -1 --format=%cs -- <file>` answers (the committer date, YYYY-MM-DD, of
 * the newest commit that touched the file), but from one `git log --name-only` over the whole history instead of
 * one git process per page (10,000 statement pages would mean 10,000 processes). The answer depends only on
 * the commits, so two builds of the same commit agree. Files git does not know (untracked, or outside the
 * repository) get the date of the newest commit; without git (or outside a repository) there is no date.
 * Commits are walked in git's default order, like `git log -1 -- <file>`; merge commits list no files (their
 * changes are counted on the commits they merge).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** Runs git with these arguments in `cwd`; stdout, or undefined when git fails or is missing. */
export type GitRunner = (args: string[], cwd: string) => string | undefined;

export const runGit: GitRunner = (args, cwd) => {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 512 * 1024 * 1024 });
  } catch {
    return undefined;
  }
};

const RECORD = '\u001e';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The arguments of the one history walk; output parsed by parseNameLog. */
export const LOG_ARGS = ['-c', 'core.quotePath=false', 'log', '--relative', '--name-only', '--no-renames', `--format=${RECORD}%cs`];

/** `git log --name-only --format=<RS>%cs` output → file (relative, "/"-separated) → date of its newest commit. */
export function parseNameLog(out: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const record of out.split(RECORD)) {
    const [date, ...files] = record.split('\n');
    if (!date || !DATE.test(date.trim())) continue;
    for (const file of files) {
      const f = file.trim();
      if (f && !dates.has(f)) dates.set(f, date.trim());
    }
  }
  return dates;
}

export interface LastUpdated {
  (file: string): string | undefined;
}

/** A lookup over the repository that contains `root` (the project directory); git runs at most twice. */
export function createLastUpdated(root: string, run: GitRunner = runGit): LastUpdated {
  let files: Map<string, string> | undefined;
  let newest: string | null | undefined;
  const newestCommit = () => {
    if (newest === undefined) {
      const d = run(['log', '-1', '--format=%cs'], root)?.trim();
      newest = d && DATE.test(d) ? d : null;
    }
    return newest ?? undefined;
  };
  return (file) => {
    if (!files) {
      const out = run(LOG_ARGS, root);
      files = out === undefined ? new Map() : parseNameLog(out);
    }
    const rel = path.relative(root, path.resolve(root, file)).split(path.sep).join('/');
    return files.get(rel) ?? newestCommit();
  };
}

let shared: LastUpdated | undefined;

/** The build's lookup for the project in the current working directory (where `astro build` runs). */
export function lastUpdated(file: string): string | undefined {
  shared ??= createLastUpdated(process.cwd());
  return shared(file);
}
