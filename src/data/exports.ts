/** Download views derived from the statements collection (one source of truth for JSON, CSV, schema). */
import { plainText, type StatementRecord } from '@/lib/export';
import { library } from './index';
import { research } from './research';

export async function statementRecords(): Promise<StatementRecord[]> {
  const { statements } = await library();
  const { dates } = await research();
  return statements.map((s) => ({
    id: s.id,
    date: s.data.date,
    org: s.data.org,
    body: s.data.body,
    kind: s.data.kind,
    cases: s.data.cases.map((c) => c.id),
    title: s.data.title,
    titleEn: s.data.titleEn,
    documentNumber: s.data.documentNumber ?? null,
    language: s.data.language,
    url: s.data.url,
    archivedUrl: s.data.archivedUrl ?? null,
    sourceStatus: s.data.sourceStatus,
    stance: s.data.stance,
    quote: s.data.quote ?? null,
    verified: s.data.verified,
    summary: plainText(s.body ?? ''),
    path: `/statements/${s.id}/`,
    codingNote: s.data.codingNote ?? null,
    firstPublished: dates.get(s.id)?.firstPublished ?? null,
    lastChanged: dates.get(s.id)?.lastChanged ?? null,
  }));
}
