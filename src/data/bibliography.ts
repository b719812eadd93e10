/** The site's bibliography (every source and statement record), formatted once per build. */
import { bibliographyFiles, sourceCsl, statementCsl, type BibliographyFiles } from '@/lib/cite/bibliography';
import { BODY_LABELS, ORG_LABELS } from '@/lib/vocab';
import { library } from './index';

let cached: Promise<BibliographyFiles & { sources: number; statements: number }> | undefined;

export function bibliography(): Promise<BibliographyFiles & { sources: number; statements: number }> {
  cached ??= library().then(({ sources, statements }) => {
    const items = [
      ...sources.map((s) => sourceCsl({ ...s.data, id: s.id })),
      ...statements.map((s) => statementCsl({
        id: s.id, title: s.data.title, titleEn: s.data.titleEn, date: s.data.date, issuer: BODY_LABELS[s.data.body],
        org: ORG_LABELS[s.data.org], url: s.data.url, documentNumber: s.data.documentNumber, language: s.data.language,
      })),
    ];
    return { ...bibliographyFiles(items), sources: sources.length, statements: statements.length };
  });
  return cached;
}
