/**
 * First-published and last-changed dates of content files, from git history, for the statements dataset.
 *
 * One `git log --name-only` walk (the same one src/lib/git.ts makes) gives, per file, the committer date of the
 * newest commit that touched it (last changed) and of the oldest (first published). Dates depend only on the
 * commits, so two builds of one commit agree. Fallbacks, always visible (status + reason, never a guessed date):
 * - no git or no repository: every date is null, status "no-git";
 * - a shallow clone: the oldest commit it holds is not the first one, so firstPublished is null for every file
 *   and status is "shallow" (lastChanged is still the newest commit that touched the file);
 * - a file git does not know yet (not committed): both null for that file.
 */
import path from 'node:path';
import { LOG_ARGS, runGit, type GitRunner } from './git';

const RECORD = '\u001e';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface FileDates {
  first: string;
  last: string;
}

/** `git log --name-only --format=<RS>%cs` output (newest first) → file → { first, last }. */
export function parseHistory(out: string): Map<string, FileDates> {
  const dates = new Map<string, FileDates>();
  for (const record of out.split(RECORD)) {
    const [date, ...files] = record.split('\n');
    const d = date?.trim();
    if (!d || !DATE.test(d)) continue;
    for (const file of files) {
      const f = file.trim();
      if (!f) continue;
      const known = dates.get(f);
      if (known) known.first = d; // older commits come later in the walk
      else dates.set(f, { first: d, last: d });
    }
  }
  return dates;
}

export type HistoryStatus = 'full' | 'shallow' | 'no-git';

export interface History {
  status: HistoryStatus;
  reason: string; // one sentence for pages and docs
  dates(file: string): { firstPublished: string | null; lastChanged: string | null };
}

export function createHistory(root: string, run: GitRunner = runGit): History {
  const out = run(LOG_ARGS, root);
  const shallowAnswer = run(['rev-parse', '--is-shallow-repository'], root)?.trim();
  const status: HistoryStatus = out === undefined ? 'no-git' : shallowAnswer === 'true' ? 'shallow' : 'full';
  const files = out === undefined ? new Map<string, FileDates>() : parseHistory(out);
  const reason = {
    full: 'Dates come from the git history of each record’s file (committer dates of its first and latest commits).',
    shallow: 'This build was made from a shallow git clone, which lacks the early history: first-published dates are unavailable (null) and last-changed dates come from the commits the clone holds.',
    'no-git': 'This build was made without git history (no repository): first-published and last-changed dates are unavailable (null).',
  }[status];
  return {
    status,
    reason,
    dates(file) {
      const rel = path.relative(root, path.resolve(root, file)).split(path.sep).join('/');
      const d = files.get(rel);
      return { firstPublished: d && status === 'full' ? d.first : null, lastChanged: d ? d.last : null };
    },
  };
}

let shared: History | undefined;

/** The build's history for the project in the current working directory. */
export function history(): History {
  shared ??= createHistory(process.cwd());
  return shared;
}
