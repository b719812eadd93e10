/**
 * The dataset as a research instrument: the codebook, the two codings and their reliability, the releases,
 * official-copy verification and each record's git dates. Loaded and checked once per build; a bad file fails
 * the build naming the file and the field (src/lib/codebook.ts, src/lib/releases.ts).
 * second.yaml may be missing or partial while the second coding is in progress.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { assertNoProblems } from '@/lib/integrity';
import { checkCodebook, checkCoding, type CodebookEntry, type CodebookField, type Coding } from '@/lib/codebook';
import { checkDataset, type Dataset } from '@/lib/releases';
import { history, type HistoryStatus } from '@/lib/history';
import { reliability, type ReliabilityReport } from '@/lib/reliability';
import { STANCE_IDS } from '@/lib/vocab';
import { library, type StatementEntry } from './index';

export const FILES = {
  codebook: 'content/data/codebook.yaml',
  first: 'content/data/coding/first.yaml',
  second: 'content/data/coding/second.yaml',
  dataset: 'content/data/dataset.yaml',
} as const;

export interface Research {
  codebook: Array<CodebookEntry & { count: number }>;
  codebookWarnings: string[]; // examples whose record does not carry the value they illustrate
  first: Coding[];
  second: Coding[];
  secondExists: boolean;
  total: number; // records in the dataset
  reliability: ReliabilityReport;
  dataset: Dataset;
  official: StatementEntry[]; // verified.against == official
  notOfficial: StatementEntry[];
  dates: Map<string, { firstPublished: string | null; lastChanged: string | null }>;
  historyStatus: HistoryStatus;
  historyReason: string;
}

async function yamlOf(file: string): Promise<unknown> {
  try {
    return parseYaml(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}

export const valuesOf = (s: StatementEntry, field: CodebookField): readonly string[] =>
  field === 'stance' ? s.data.stance : [s.data[field]];

async function load(): Promise<Research> {
  const { statements } = await library();
  const ids = new Set(statements.map((s) => s.id));
  const byId = new Map(statements.map((s) => [s.id, s]));
  const secondExists = existsSync(FILES.second);
  const [cbRaw, firstRaw, secondRaw, dsRaw] = await Promise.all([
    yamlOf(FILES.codebook), yamlOf(FILES.first), secondExists ? yamlOf(FILES.second) : Promise.resolve(null), yamlOf(FILES.dataset),
  ]);
  const cb = checkCodebook(cbRaw, FILES.codebook, ids, (id, field) => { const s = byId.get(id); return s ? valuesOf(s, field) : undefined; });
  const first = checkCoding(firstRaw, FILES.first, ids);
  const second = checkCoding(secondRaw, FILES.second, ids);
  const ds = checkDataset(dsRaw, FILES.dataset, ids);
  for (const w of cb.warnings) console.warn(`[codebook] ${w}`);
  assertNoProblems([...cb.problems, ...first.problems, ...second.problems, ...ds.problems]);

  const h = history();
  const dates = new Map(statements.map((s) => [s.id, h.dates(s.filePath ?? `content/statements/${s.id}.md`)]));
  return {
    codebook: cb.entries.map((e) => ({ ...e, count: statements.filter((s) => valuesOf(s, e.field).includes(e.value)).length })),
    codebookWarnings: cb.warnings,
    first: first.codings,
    second: second.codings,
    secondExists,
    total: statements.length,
    reliability: reliability(first.codings, second.codings, STANCE_IDS),
    dataset: ds.dataset!,
    official: statements.filter((s) => s.data.verified.against === 'official'),
    notOfficial: statements.filter((s) => s.data.verified.against !== 'official'),
    dates,
    historyStatus: h.status,
    historyReason: h.reason,
  };
}

let cached: Promise<Research> | undefined;

export function research(): Promise<Research> {
  cached ??= load();
  return cached;
}

/** A record's first-published and last-changed dates (null when unavailable; see historyReason). */
export async function recordDates(id: string): Promise<{ firstPublished: string | null; lastChanged: string | null }> {
  return (await research()).dates.get(id) ?? { firstPublished: null, lastChanged: null };
}
