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

/* ------------------------------------------------------------------------------------------------------------
 * The content's history, for the changelog (/changes/, the Atom feed) and the ?as-of= section markers.
 * The same single walk as above, with each commit's hash, date, time and subject and each file's status
 * (A added, M modified, D deleted; renames are split into D + A by --no-renames). Section text at each version
 * is read through ONE `git cat-file --batch` process fed every (commit, file) pair, so the cost grows with the
 * number of file versions, not with one process per page or per commit.
 * ---------------------------------------------------------------------------------------------------------- */

const UNIT = '\u001f';

export interface FileChange {
  status: 'A' | 'M' | 'D';
  path: string;
}

export interface Commit {
  hash: string;
  date: string; // committer date, YYYY-MM-DD
  time: string; // committer date, strict ISO 8601 with offset
  subject: string;
  files: FileChange[];
}

/** Arguments of the history walk, restricted to `paths` (relative to the repository's working directory). */
export function historyArgs(paths: string[] = []): string[] {
  return ['-c', 'core.quotePath=false', 'log', '--relative', '--name-status', '--no-renames', `--format=${RECORD}%H${UNIT}%cs${UNIT}%cI${UNIT}%s`, '--', ...paths];
}

/** `git log --name-status` output in historyArgs' format → commits, newest first. Merge commits list no files. */
export function parseHistory(out: string): Commit[] {
  const commits: Commit[] = [];
  for (const record of out.split(RECORD)) {
    const [head, ...lines] = record.split('\n');
    if (!head) continue;
    const [hash, date, time, ...subject] = head.split(UNIT);
    if (!hash || !/^[0-9a-f]{7,64}$/.test(hash) || !date || !DATE.test(date) || !time) continue;
    const files: FileChange[] = [];
    for (const line of lines) {
      const m = /^([AMD])\t(.+)$/.exec(line.trimEnd());
      if (m) files.push({ status: m[1] as FileChange['status'], path: m[2]! });
    }
    commits.push({ hash, date, time, subject: subject.join(UNIT).trim(), files });
  }
  return commits;
}

/** Reads many blobs in one process: `<rev>:<path>` specs → text (undefined when missing). */
export type BlobReader = (specs: string[]) => Map<string, string | undefined>;

/** Parses `git cat-file --batch` output for the given specs, in order. */
export function parseCatFileBatch(out: Buffer, specs: string[]): Map<string, string | undefined> {
  const result = new Map<string, string | undefined>();
  let pos = 0;
  for (const spec of specs) {
    const nl = out.indexOf(10, pos);
    if (nl < 0) break;
    const header = out.subarray(pos, nl).toString('utf8');
    pos = nl + 1;
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) { result.set(spec, undefined); continue; } // "<spec> missing"
    const size = Number(m[2]);
    result.set(spec, m[1] === 'blob' ? out.subarray(pos, pos + size).toString('utf8') : undefined);
    pos += size + 1; // content and its trailing newline
  }
  return result;
}

export function createBlobReader(root: string): BlobReader {
  return (specs) => {
    if (specs.length === 0) return new Map();
    try {
      const out = execFileSync('git', ['cat-file', '--batch'], { cwd: root, input: specs.join('\n') + '\n', stdio: ['pipe', 'pipe', 'ignore'], maxBuffer: 1024 * 1024 * 1024 });
      return parseCatFileBatch(out, specs);
    } catch {
      return new Map();
    }
  };
}

export interface History {
  commits: Commit[];
  /** The checkout is shallow (e.g. a CI clone with fetch-depth 1): older history is missing. */
  shallow: boolean;
  /** Git answered at all (false outside a repository or without git). */
  available: boolean;
  readBlobs: BlobReader;
}

/**
 * The history of `paths` in the repository containing `root`. Two git processes (is-shallow, log); blobs are
 * read later, on demand, by one more. With REQUIRE_HISTORY=1 in `env`, a shallow or missing history throws, so
 * a deploy never publishes an empty or truncated changelog by accident.
 */
export function createHistory(root: string, paths: string[], run: GitRunner = runGit, env: NodeJS.ProcessEnv = process.env, readBlobs: BlobReader = createBlobReader(root)): History {
  const shallowOut = run(['rev-parse', '--is-shallow-repository'], root)?.trim();
  const out = shallowOut === undefined ? undefined : run(historyArgs(paths), root);
  const available = out !== undefined;
  const shallow = shallowOut === 'true';
  if (env.REQUIRE_HISTORY === '1' && (!available || shallow)) {
    throw new Error(
      `REQUIRE_HISTORY=1 but the git history is ${available ? 'shallow' : 'missing'} in ${root}: the changelog (/changes/) and the ?as-of= markers need the full history. ` +
        'Clone with full history (GitHub Actions: actions/checkout with fetch-depth: 0; otherwise `git fetch --unshallow`).',
    );
  }
  return { commits: available ? parseHistory(out) : [], shallow, available, readBlobs };
}

const histories = new Map<string, History>();

/** The build's history of the content directory (one walk per build, shared by every page that asks). */
export function contentHistory(): History {
  const root = process.cwd();
  let h = histories.get(root);
  if (!h) {
    h = createHistory(root, ['content']);
    histories.set(root, h);
  }
  return h;
}
