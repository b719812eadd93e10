/**
 * Dataset releases (content/data/dataset.yaml): the current version, and per version the records added,
 * corrected and re-coded, each with an optional one-line note. Pure checks; problems name file and field.
 */
import { toIsoDate } from './dates';

export interface ReleaseChange {
  id: string;
  note?: string | undefined;
}

export interface Release {
  version: string;
  released: string; // ISO date
  summary: string;
  added: ReleaseChange[];
  corrected: ReleaseChange[];
  recoded: ReleaseChange[];
}

export interface Dataset {
  version: string; // the current version = the newest release
  released: string;
  releases: Release[]; // newest first
}

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;
export const CHANGE_KINDS = ['added', 'corrected', 'recoded'] as const;

const cmp = (a: string, b: string): number => {
  const x = SEMVER.exec(a)!.slice(1).map(Number);
  const y = SEMVER.exec(b)!.slice(1).map(Number);
  return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
};

export function checkDataset(raw: unknown, file: string, statementIds: ReadonlySet<string>): { dataset: Dataset | null; problems: string[] } {
  const problems: string[] = [];
  const rec = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!rec(raw)) return { dataset: null, problems: [`${file}: expected a mapping with version and releases`] };
  for (const k of Object.keys(raw)) if (!['version', 'releases'].includes(k)) problems.push(`${file}: field "${k}": unknown field`);
  const version = raw.version;
  if (typeof version !== 'string' || !SEMVER.test(version)) problems.push(`${file}: field "version": expected a version like 1.0.0, got ${JSON.stringify(version)}`);
  if (!Array.isArray(raw.releases) || raw.releases.length === 0) return { dataset: null, problems: [...problems, `${file}: field "releases": expected a non-empty list`] };
  const releases: Release[] = [];
  const seen = new Set<string>();
  raw.releases.forEach((r: unknown, i) => {
    const at = (f: string) => `${file}: field "releases[${i}].${f}"`;
    if (!rec(r)) { problems.push(`${file}: field "releases[${i}]": expected a mapping`); return; }
    for (const k of Object.keys(r)) if (!['version', 'released', 'summary', ...CHANGE_KINDS].includes(k)) problems.push(`${at(k)}: unknown field`);
    const v = r.version;
    if (typeof v !== 'string' || !SEMVER.test(v)) { problems.push(`${at('version')}: expected a version like 1.0.0`); return; }
    if (seen.has(v)) problems.push(`${at('version')}: duplicate version ${v}`);
    seen.add(v);
    const released = toIsoDate(r.released);
    if (released === null) problems.push(`${at('released')}: expected an ISO date YYYY-MM-DD`);
    if (typeof r.summary !== 'string' || r.summary.trim() === '') problems.push(`${at('summary')}: expected a one-line summary`);
    const lists = {} as Record<(typeof CHANGE_KINDS)[number], ReleaseChange[]>;
    for (const kind of CHANGE_KINDS) {
      lists[kind] = [];
      const list = r[kind] ?? [];
      if (!Array.isArray(list)) { problems.push(`${at(kind)}: expected a list`); continue; }
      list.forEach((c: unknown, j) => {
        const change = typeof c === 'string' ? { id: c } : rec(c) ? { id: c.id, note: c.note } : { id: undefined };
        if (typeof change.id !== 'string' || !statementIds.has(change.id)) problems.push(`${at(`${kind}[${j}]`)}: unknown statement "${String(change.id)}"`);
        else if (change.note !== undefined && typeof change.note !== 'string') problems.push(`${at(`${kind}[${j}].note`)}: expected a string`);
        else lists[kind].push(change.note ? { id: change.id, note: change.note as string } : { id: change.id });
      });
    }
    releases.push({ version: v, released: released ?? '', summary: String(r.summary ?? ''), ...lists });
  });
  releases.sort((a, b) => cmp(b.version, a.version));
  const newest = releases[0];
  if (newest && typeof version === 'string' && SEMVER.test(version) && newest.version !== version) {
    problems.push(`${file}: field "version": ${version} is not the newest release (${newest.version})`);
  }
  for (let i = 1; i < releases.length; i++) {
    if (releases[i - 1]!.released < releases[i]!.released) problems.push(`${file}: field "releases": ${releases[i - 1]!.version} is dated before ${releases[i]!.version}`);
  }
  return { dataset: newest ? { version: newest.version, released: newest.released, releases } : null, problems };
}
