/**
 * The query layer: the only module that calls getCollection(). It loads every collection once, checks the
 * links between entries (failing the build with file + field), and derives the views pages need.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFile } from 'node:fs/promises';
import { assertNoProblems, checkIds, checkRawDates, checkRefs } from '@/lib/integrity';
import { isIsoDate } from '@/lib/dates';
import { byDate, relatedFromIndex, relatedIndex, type RelatedIndex, type StatementLike } from '@/lib/statements';
import type { CaseId } from '@/lib/vocab';

export type CaseEntry = CollectionEntry<'cases'>;
export type StatementEntry = CollectionEntry<'statements'>;
export type NoteEntry = CollectionEntry<'notes'>;
export type EventEntry = CollectionEntry<'events'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type MembershipEntry = CollectionEntry<'membership'>;

export interface Library {
  cases: CaseEntry[];
  statements: StatementEntry[];
  notes: NoteEntry[];
  events: EventEntry[];
  sources: SourceEntry[];
  membership: MembershipEntry[];
}

const fileOf = (e: { id: string; filePath?: string | undefined }, dir: string, ext: string): string =>
  e.filePath ?? `content/${dir}/${e.id}${ext}`;

async function load(): Promise<Library> {
  const [cases, statements, notes, events, sources, membership] = await Promise.all([
    getCollection('cases'),
    getCollection('statements'),
    getCollection('notes'),
    getCollection('events'),
    getCollection('sources'),
    getCollection('membership'),
  ]);
  const caseIds = new Set(cases.map((c) => c.id));
  const citable = new Set([...statements.map((s) => s.id), ...sources.map((s) => s.id)]);
  const noteIds = new Set(notes.map((n) => n.id));
  const statementIds = new Set(statements.map((s) => s.id));
  const withIds = <T extends { id: string; filePath?: string | undefined; data: { id: string } }>(list: T[], dir: string, ext: string) =>
    list.map((e) => ({ id: e.id, dataId: e.data.id, filePath: fileOf(e, dir, ext) }));

  const files = [...new Set([...cases, ...statements, ...events, ...sources, ...membership].map((e) => e.filePath).filter((f): f is string => Boolean(f)))];
  const rawDates = (await Promise.all(files.map(async (f) => checkRawDates(await readFile(f, 'utf8'), f, isIsoDate)))).flat();

  assertNoProblems([
    ...rawDates,
    ...checkIds(withIds(statements, 'statements', '.md')),
    ...checkIds(withIds(events, 'events', '.yaml')),
    ...checkIds(withIds(sources, 'sources', '.yaml')),
    ...checkRefs(statements.map((s) => ({ id: s.id, filePath: fileOf(s, 'statements', '.md'), refs: s.data.cases.map((c) => c.id) })), 'cases', caseIds, 'case'),
    ...checkRefs(notes.map((n) => ({ id: n.id, filePath: fileOf(n, 'notes', '.mdx'), refs: n.data.cases.map((c) => c.id) })), 'cases', caseIds, 'case'),
    ...checkRefs(events.map((e) => ({ id: e.id, filePath: fileOf(e, 'events', '.yaml'), refs: e.data.cases.map((c) => c.id) })), 'cases', caseIds, 'case'),
    ...checkRefs(notes.map((n) => ({ id: n.id, filePath: fileOf(n, 'notes', '.mdx'), refs: n.data.sources })), 'sources', citable, 'statement or source'),
    ...checkRefs(notes.map((n) => ({ id: n.id, filePath: fileOf(n, 'notes', '.mdx'), refs: n.data.related })), 'related', noteIds, 'note'),
    ...checkRefs(events.map((e) => ({ id: e.id, filePath: fileOf(e, 'events', '.yaml'), refs: e.data.sources })), 'sources', citable, 'statement or source'),
    ...checkRefs(cases.map((c) => ({ id: c.id, filePath: fileOf(c, 'cases', '.mdx'), refs: c.data.sources })), 'sources', citable, 'statement or source'),
    ...checkRefs(cases.map((c) => ({ id: c.id, filePath: fileOf(c, 'cases', '.mdx'), refs: c.data.natoEvidence })), 'natoEvidence', statementIds, 'statement'),
    ...checkRefs(cases.map((c) => ({ id: c.id, filePath: fileOf(c, 'cases', '.mdx'), refs: c.data.cstoEvidence })), 'cstoEvidence', statementIds, 'statement'),
  ]);

  return {
    cases: cases.sort((a, b) => a.data.order - b.data.order),
    statements: statements.sort((a, b) => byDate(a.data, b.data)),
    notes: notes.sort((a, b) => (a.data.order ?? 0) - (b.data.order ?? 0) || a.data.title.localeCompare(b.data.title)),
    events: events.sort((a, b) => byDate(a.data, b.data)),
    sources: sources.sort((a, b) => a.id.localeCompare(b.id)),
    membership: membership.sort((a, b) => a.id.localeCompare(b.id)),
  };
}

let cached: Promise<Library> | undefined;

/** Everything, loaded and checked once per build. */
export function library(): Promise<Library> {
  cached ??= load();
  return cached;
}

export async function statementsByCase(caseId: CaseId): Promise<StatementEntry[]> {
  return (await library()).statements.filter((s) => s.data.cases.some((c) => c.id === caseId));
}

/** A statement or source by id, for citations. */
export async function citable(id: string): Promise<{ kind: 'statement'; entry: StatementEntry } | { kind: 'source'; entry: SourceEntry }> {
  const lib = await library();
  const statement = lib.statements.find((s) => s.id === id);
  if (statement) return { kind: 'statement', entry: statement };
  const source = lib.sources.find((s) => s.id === id);
  if (source) return { kind: 'source', entry: source };
  throw new Error(`Unknown statement or source id "${id}"`);
}

type Related = StatementLike & { entry: StatementEntry };
const relatedView = (s: StatementEntry): Related => ({
  id: s.id, date: s.data.date, org: s.data.org, titleEn: s.data.titleEn, cases: s.data.cases.map((c) => c.id as CaseId), entry: s,
});
let relatedCache: Promise<RelatedIndex<Related>> | undefined;

/** Statements related to `entry` (sharing a case, nearest in time), from an index built once per build. */
export async function relatedTo(entry: StatementEntry, limit = 5): Promise<StatementEntry[]> {
  relatedCache ??= library().then(({ statements }) => relatedIndex(statements.map(relatedView)));
  return relatedFromIndex(await relatedCache, relatedView(entry), limit).map((s) => s.entry);
}

/** getStaticPaths for every per-record route (page, .bib, .ris): one entry per statement, passed as `entry`. */
export async function statementPaths(): Promise<Array<{ params: { id: string }; props: { entry: StatementEntry } }>> {
  const { statements } = await library();
  return statements.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
