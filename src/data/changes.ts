/**
 * The site's changelog and per-section change dates, from the content's git history (one walk per build;
 * see src/lib/git.ts createHistory and src/lib/changes.ts). Titles come from the current content.
 */
import { changelog, sectionHistory, type ChangeDay, type TargetKind } from '@/lib/changes';
import { contentHistory } from '@/lib/git';
import { library } from './index';

export interface SiteChanges {
  days: ChangeDay[];
  /** The build had no history (no git) or a shallow one: the changelog is incomplete and says so. */
  incomplete: boolean;
}

let cached: Promise<SiteChanges> | undefined;

export function siteChanges(): Promise<SiteChanges> {
  cached ??= (async () => {
    const { cases, statements, notes, events, sources } = await library();
    const titles = new Map<string, string>([
      ...cases.map((e) => [`case:${e.id}`, e.data.shortTitle] as const),
      ...statements.map((e) => [`statement:${e.id}`, e.data.titleEn] as const),
      ...notes.map((e) => [`note:${e.id}`, e.data.title] as const),
      ...events.map((e) => [`event:${e.id}`, e.data.title] as const),
      ...sources.map((e) => [`source:${e.id}`, e.data.titleEn ?? e.data.title] as const),
    ]);
    const h = contentHistory();
    const days = changelog(h.commits, (kind: TargetKind, id: string) => titles.get(`${kind}:${id}`) ?? (kind === 'data' ? id : undefined));
    return { days, incomplete: !h.available || h.shallow };
  })();
  return cached;
}

let sections: Record<string, Record<string, string>> | undefined;

/** Page path (root-relative, no base) → h2 id ('' for the page's opening) → date its text last changed. */
export function sectionChanges(): Record<string, Record<string, string>> {
  if (!sections) {
    const h = contentHistory();
    sections = sectionHistory(h.commits, h.readBlobs);
  }
  return sections;
}
