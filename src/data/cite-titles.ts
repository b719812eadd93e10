/**
 * "Cite this page" title-cases each page's title (Chicago and MLA). The statement and note pages are most of the
 * site, so their titles are title-cased together, once per build, before the first page needs one
 * (primeTitleCases in src/lib/cite/page.ts; other titles are done one by one as before).
 */
import { library } from '@/data';
import { primeTitleCases } from '@/lib/cite/page';

let primed: Promise<void> | undefined;

export function primeRecordTitles(): Promise<void> {
  primed ??= library().then(({ statements, notes }) => {
    primeTitleCases([...statements.map((s) => s.data.titleEn), ...notes.map((n) => n.data.title)]);
  });
  return primed;
}
