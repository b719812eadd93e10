/**
 * Views for instructors: each case's discussion questions (read from the case page's "Discussion questions"
 * section), a suggested reading path through the site, and the facts a one-page handout prints.
 */
import GithubSlugger from 'github-slugger';
import { extractSection } from '@/lib/sections';
import { keyDates } from '@/lib/key-dates';
import { FIRST_YEAR } from './geo';
import { library, type CaseEntry, type EventEntry, type NoteEntry, type StatementEntry } from './index';

/** The heading every case page carries; its list items are the questions. */
export const QUESTIONS_HEADING = 'Discussion questions';
/** Its anchor on the case page (the same GitHub-style slug the Markdown pipeline gives it). */
export const QUESTIONS_ANCHOR = new GithubSlugger().slug(QUESTIONS_HEADING);

export interface CaseQuestions {
  entry: CaseEntry;
  questions: string[]; // inline Markdown, one per question
}

export interface ReadingPath {
  entry: CaseEntry;
  statements: StatementEntry[]; // the statements the case's at-a-glance box names, oldest first
  research: NoteEntry[]; // research notes on this case
  terms: NoteEntry[]; // glossary entries the case page links to
  mapYear: number; // the year the crisis began (or the map's first year), for the map explorer's ?year=
}

export interface Handout extends CaseQuestions {
  dates: EventEntry[]; // 4–6 key dates
}

function questionsOf(entry: CaseEntry): string[] {
  const file = entry.filePath ?? `content/cases/${entry.id}.mdx`;
  const items = extractSection(entry.body ?? '', QUESTIONS_HEADING);
  if (items === null) throw new Error(`${file}: no "## ${QUESTIONS_HEADING}" section (the /teach/ page and the handout need one)`);
  if (items.length === 0) throw new Error(`${file}: the "## ${QUESTIONS_HEADING}" section has no list items`);
  return items;
}

/** Every case with its discussion questions, in case order. Fails the build when a case has none. */
export async function discussionQuestions(): Promise<CaseQuestions[]> {
  const { cases } = await library();
  return cases.map((entry) => ({ entry, questions: questionsOf(entry) }));
}

/** Case page → named statements → notes → map → timeline, for each case. */
export async function readingPaths(): Promise<ReadingPath[]> {
  const { cases, statements, notes } = await library();
  return cases.map((entry) => {
    const named = new Set(entry.data.sources);
    const body = entry.body ?? '';
    return {
      entry,
      statements: statements.filter((s) => named.has(s.id)),
      research: notes.filter((n) => n.data.type === 'research' && n.data.cases.some((c) => c.id === entry.id)),
      terms: notes.filter((n) => n.data.type === 'glossary' && body.includes(`/notes/${n.id}/`)),
      mapYear: Math.max(FIRST_YEAR, Number(entry.data.start.slice(0, 4))),
    };
  });
}

/** What the printable handout of one case shows. */
export async function handout(entry: CaseEntry): Promise<Handout> {
  const { events } = await library();
  const own = events.filter((e) => e.data.cases.some((c) => c.id === entry.id));
  const picked = new Set(keyDates(own.map((e) => ({ id: e.id, date: e.data.date, kind: e.data.kind })), entry.data.start).map((e) => e.id));
  return { entry, questions: questionsOf(entry), dates: own.filter((e) => picked.has(e.id)) };
}
