/**
 * What changed on the site, from the content's git history (see createHistory in ./git): the changelog at
 * /changes/ and its Atom feed, and the per-section "last changed" dates behind the ?as-of= markers.
 * Plain functions of commits and file texts; no git, no Astro.
 */
import GithubSlugger from 'github-slugger';
import { createHash } from 'node:crypto';
import type { Commit, FileChange } from './git';

export type TargetKind = 'case' | 'statement' | 'note' | 'event' | 'source' | 'data';

export interface Target {
  kind: TargetKind;
  id: string;
  /** The site page that shows it (root-relative, no base), when there is one. */
  url?: string;
}

export const KIND_LABELS: Record<TargetKind, string> = {
  case: 'Case page',
  statement: 'Statement record',
  note: 'Note',
  event: 'Timeline event',
  source: 'Source record',
  data: 'Data file',
};

/** A content file → what it is and where readers see it; null for files outside the content model. */
export function contentTarget(file: string): Target | null {
  const m = /^content\/(cases|statements|notes|events|sources)\/([^/]+)\.(mdx?|ya?ml|json)$/.exec(file);
  if (m) {
    const id = m[2]!;
    switch (m[1]) {
      case 'cases': return { kind: 'case', id, url: `/cases/${id}/` };
      case 'statements': return { kind: 'statement', id, url: `/statements/${id}/` };
      case 'notes': return { kind: 'note', id, url: `/notes/${id}/` };
      case 'events': return { kind: 'event', id, url: '/timeline/' };
      default: return { kind: 'source', id };
    }
  }
  const d = /^content\/data\/(.+)$/.exec(file);
  if (d) return { kind: 'data', id: d[1]!, url: '/data/' };
  return null;
}

export type Action = 'added' | 'corrected' | 're-coded' | 'changed' | 'removed';

/**
 * How a commit changed a file. Added and removed come from git's status; for modifications the commit subject
 * decides: coding work (re-code, codebook, coding, response level) is "re-coded", fixes and corrections are
 * "corrected", anything else "changed". Files under content/data/coding/ are always "re-coded".
 */
export function classify(change: FileChange, subject: string): Action {
  if (change.status === 'A') return 'added';
  if (change.status === 'D') return 'removed';
  if (/^content\/data\/coding\//.test(change.path) || /\bre-?cod|\bcodebook\b|\bcoding\b|response level/i.test(subject)) return 're-coded';
  if (/\bfix|\bcorrect|\berrat/i.test(subject)) return 'corrected';
  return 'changed';
}

export interface ChangeItem extends Target {
  action: Action;
  /** "Statement record nato-2008-08-19-nac-georgia" or the record's title when known. */
  label: string;
}

export interface ChangeCommit {
  hash: string;
  time: string;
  subject: string;
  items: ChangeItem[];
}

export interface ChangeDay {
  date: string;
  commits: ChangeCommit[];
}

/**
 * Commits (newest first, as git lists them) → days, newest first, each with the commits that touched content
 * and what each did to which record. `title(kind, id)` supplies a readable name for records that still exist.
 */
export function changelog(commits: Commit[], title: (kind: TargetKind, id: string) => string | undefined = () => undefined): ChangeDay[] {
  const days: ChangeDay[] = [];
  for (const c of commits) {
    const items: ChangeItem[] = [];
    const seen = new Set<string>();
    for (const f of c.files) {
      const t = contentTarget(f.path);
      if (!t || seen.has(`${t.kind}:${t.id}`)) continue;
      seen.add(`${t.kind}:${t.id}`);
      const action = classify(f, c.subject);
      const name = title(t.kind, t.id);
      const item: ChangeItem = { ...t, action, label: `${KIND_LABELS[t.kind]} ${name ?? t.id}` };
      if (action === 'removed' || (t.kind !== 'data' && t.kind !== 'event' && name === undefined)) delete item.url; // no page to link
      items.push(item);
    }
    if (items.length === 0) continue;
    let day = days.at(-1);
    if (!day || day.date !== c.date) {
      day = { date: c.date, commits: [] };
      days.push(day);
    }
    day.commits.push({ hash: c.hash, time: c.time, subject: c.subject, items });
  }
  return days;
}

/** Counts of actions in a list of items, in a fixed order, for one-line summaries ("3 added, 1 corrected"). */
export function summarise(items: ChangeItem[]): string {
  const order: Action[] = ['added', 'corrected', 're-coded', 'changed', 'removed'];
  return order
    .map((a) => [a, items.filter((i) => i.action === a).length] as const)
    .filter(([, n]) => n > 0)
    .map(([a, n]) => `${n} ${a}`)
    .join(', ');
}

/* ---------------------------------------------------------------------------------------------------------- */
/* Sections and their last change                                                                              */
/* ---------------------------------------------------------------------------------------------------------- */

/** The id used for a page's opening (front matter and text before the first h2): its h1. */
export const TOP = '';

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const HEADING = /^\s{0,3}(#{2,3})\s+(.*?)\s*#*\s*$/;

/** Inline Markdown → the text a heading shows (what the site's slugger sees). */
export function headingText(md: string): string {
  return md
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`]/g, '')
    .trim();
}

const hash = (text: string) => createHash('sha1').update(text.replace(/\s+/g, ' ').trim()).digest('base64url').slice(0, 12);

/**
 * A Markdown/MDX file's text → its sections: TOP (front matter and anything before the first h2), then each h2
 * with its id (GitHub-style slug, counted over h2 and h3 like the site's rehype plugin) → a hash of its
 * whitespace-normalised text, h3 subsections included.
 */
export function sectionHashes(text: string): Map<string, string> {
  const lines = text.split(/\r?\n/);
  const slugger = new GithubSlugger();
  const sections = new Map<string, string[]>([[TOP, []]]);
  let current = TOP;
  let fence: string | null = null;
  for (const line of lines) {
    const f = FENCE.exec(line);
    if (f) fence = fence === null ? f[1]![0]! : f[1]![0] === fence ? null : fence;
    const h = fence === null && !f ? HEADING.exec(line) : null;
    if (h) {
      const id = slugger.slug(headingText(h[2]!));
      if (h[1] === '##') {
        current = id;
        sections.set(id, []);
      }
    }
    sections.get(current)!.push(line);
  }
  return new Map([...sections].map(([id, body]) => [id, hash(body.join('\n'))]));
}

/**
 * Versions of one file, oldest first → each current section's id → the date its text last changed (the date
 * it first appeared, if it never changed since). Sections that no longer exist are dropped.
 */
export function lastSectionChanges(versions: Array<{ date: string; text: string }>): Record<string, string> {
  const last = new Map<string, { hash: string; date: string }>();
  let current = new Map<string, string>();
  for (const v of versions) {
    current = sectionHashes(v.text);
    for (const [id, h] of current) {
      const prev = last.get(id);
      if (!prev || prev.hash !== h) last.set(id, { hash: h, date: v.date });
    }
  }
  const out: Record<string, string> = {};
  for (const id of current.keys()) out[id] = last.get(id)!.date;
  return out;
}

/** The page files whose sections are tracked: case pages, statement records and notes. */
const TRACKED = /^content\/(?:cases|statements|notes)\/[^/]+\.mdx?$/;

/**
 * Every tracked page → its sections' last-change dates. `read` gets the text of many `<hash>:<path>` blobs at
 * once (one `git cat-file --batch`). Files deleted since are left out.
 */
export function sectionHistory(commits: Commit[], read: (specs: string[]) => Map<string, string | undefined>): Record<string, Record<string, string>> {
  const versions = new Map<string, Array<{ date: string; spec: string }>>();
  const deleted = new Set<string>();
  for (const c of [...commits].reverse()) {
    for (const f of c.files) {
      if (!TRACKED.test(f.path)) continue;
      if (f.status === 'D') {
        deleted.add(f.path);
        versions.delete(f.path);
        continue;
      }
      deleted.delete(f.path);
      const list = versions.get(f.path) ?? [];
      list.push({ date: c.date, spec: `${c.hash}:${f.path}` });
      versions.set(f.path, list);
    }
  }
  const texts = read([...versions.values()].flat().map((v) => v.spec));
  const pages: Record<string, Record<string, string>> = {};
  for (const [file, list] of [...versions].sort(([a], [b]) => a.localeCompare(b))) {
    const url = contentTarget(file)?.url;
    if (!url) continue;
    const vs = list.flatMap((v) => {
      const text = texts.get(v.spec);
      return text === undefined ? [] : [{ date: v.date, text }];
    });
    if (vs.length > 0) pages[url] = lastSectionChanges(vs);
  }
  return pages;
}
