/**
 * The factor exercise (/teach/exercise/): per case, a student rates the article's three factors (low, medium,
 * high) and predicts NATO's and the CSTO's response level; the answers live in the URL
 * (?georgia-2008.institutionalisation=high&georgia-2008.nato=active…), which is exactly what the page's plain
 * GET form submits, so a link to the answers can be handed in. Pure functions, browser-safe.
 */
import { FACTORS, ORGS, RESPONSE_LEVEL_IDS, type FactorId, type Org, type ResponseLevel } from '../vocab';

export const RATINGS = ['low', 'medium', 'high'] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_LABELS: Record<Rating, string> = { low: 'Low', medium: 'Medium', high: 'High' };

export const FACTOR_IDS = Object.keys(FACTORS) as FactorId[];

export interface CaseAnswers {
  factors: Partial<Record<FactorId, Rating>>;
  predictions: Partial<Record<Org, ResponseLevel>>;
}
export type Answers = Record<string, CaseAnswers>;

/** The form field (and URL parameter) name of one answer. */
export const fieldName = (caseId: string, key: FactorId | Org) => `${caseId}.${key}`;

const isRating = (v: string | null): v is Rating => v !== null && (RATINGS as readonly string[]).includes(v);
const isLevel = (v: string | null): v is ResponseLevel => v !== null && (RESPONSE_LEVEL_IDS as readonly string[]).includes(v);

/** A query string → the answers for `caseIds`; unknown parameters and invalid values are ignored. */
export function parseAnswers(search: string | URLSearchParams, caseIds: readonly string[]): Answers {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const answers: Answers = {};
  for (const c of caseIds) {
    const a: CaseAnswers = { factors: {}, predictions: {} };
    for (const f of FACTOR_IDS) {
      const v = params.get(fieldName(c, f));
      if (isRating(v)) a.factors[f] = v;
    }
    for (const o of ORGS) {
      const v = params.get(fieldName(c, o));
      if (isLevel(v)) a.predictions[o] = v;
    }
    answers[c] = a;
  }
  return answers;
}

/** The answers → a canonical query string (cases in the given order, factors then organisations). */
export function answersQuery(answers: Answers, caseIds: readonly string[]): string {
  const params = new URLSearchParams();
  for (const c of caseIds) {
    const a = answers[c];
    if (!a) continue;
    for (const f of FACTOR_IDS) if (a.factors[f]) params.set(fieldName(c, f), a.factors[f]!);
    for (const o of ORGS) if (a.predictions[o]) params.set(fieldName(c, o), a.predictions[o]!);
  }
  return params.toString();
}

export type Verdict = 'match' | 'differs' | 'unanswered';

/** A prediction against the recorded level. */
export function verdict(predicted: ResponseLevel | undefined, recorded: ResponseLevel): Verdict {
  if (!predicted) return 'unanswered';
  return predicted === recorded ? 'match' : 'differs';
}

/** How many of the predictions match the recorded levels, out of how many were made. */
export function score(answers: Answers, recorded: Record<string, Record<Org, ResponseLevel>>): { matched: number; answered: number; total: number } {
  let matched = 0;
  let answered = 0;
  let total = 0;
  for (const [c, levels] of Object.entries(recorded)) {
    for (const o of ORGS) {
      total++;
      const v = verdict(answers[c]?.predictions[o], levels[o]);
      if (v !== 'unanswered') answered++;
      if (v === 'match') matched++;
    }
  }
  return { matched, answered, total };
}
