/**
 * Counts for /about/'s account of the site's own method, derived from the content at build time (never typed in):
 * statement records by what they were verified against, source records by tier, and footnote citations by tier for
 * the whole site (case and note pages) and for each case page.
 */
import { library } from '@/data';
import { citationProblems, citationTiers, emptyCounts, KIND_TIER, sourceIndex, type TierCounts } from '@/lib/sources/tiers';

export interface MethodCounts {
  statements: { total: number; official: number; secondary: number; online: number; removed: number; archivedOnly: number };
  sourceRecords: TierCounts & { unverified: number; total: number };
  citationsSite: TierCounts;
  citationsByCase: { id: string; title: string; counts: TierCounts }[];
  /** Footnote links still pointing to mirrors or unrecorded URLs (only possible in CITATION_PENDING files). */
  citationProblems: number;
}

const add = (a: TierCounts, b: TierCounts): TierCounts => ({
  official: a.official + b.official,
  scholarship: a.scholarship + b.scholarship,
  news: a.news + b.news,
  other: a.other + b.other,
});

export async function methodCounts(): Promise<MethodCounts> {
  const { statements, sources, cases, notes } = await library();
  const index = sourceIndex(sources.map((s) => ({ id: s.id, url: s.data.url, archivedUrl: s.data.archivedUrl, kind: s.data.kind })));
  const records = { ...emptyCounts(), unverified: 0, total: sources.length };
  for (const s of sources) {
    records[KIND_TIER[s.data.kind]] += 1;
    if (s.data.unverified) records.unverified += 1;
  }
  const citationsByCase = cases.map((c) => ({ id: c.id, title: c.data.shortTitle, counts: citationTiers(c.body ?? '', index) }));
  const citationsSite = [...cases, ...notes].reduce((acc, e) => add(acc, citationTiers(e.body ?? '', index)), emptyCounts());
  return {
    statements: {
      total: statements.length,
      official: statements.filter((s) => s.data.verified.against === 'official').length,
      secondary: statements.filter((s) => s.data.verified.against === 'secondary').length,
      online: statements.filter((s) => s.data.sourceStatus === 'online').length,
      removed: statements.filter((s) => s.data.sourceStatus === 'removed').length,
      archivedOnly: statements.filter((s) => s.data.sourceStatus === 'archived-only').length,
    },
    sourceRecords: records,
    citationProblems: [...cases, ...notes].reduce((n, e) => n + citationProblems(e.body ?? '', index).length, 0),
    citationsSite,
    citationsByCase,
  };
}
