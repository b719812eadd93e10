/**
 * Inter-coder reliability of the statements dataset: percent agreement and Cohen's kappa between two codings.
 *
 * - kind and body: one nominal category per record → multi-category Cohen's kappa.
 * - each stance tag: present/absent per record (a 2×2 table) → binary kappa; overall as the mean over tags and
 *   as one pooled 2×2 table over every (record, tag) decision.
 * kappa = (po − pe) / (1 − pe), with po the observed agreement and pe the agreement expected from each coder's
 * marginal proportions. When pe = 1 (both coders put every record in the same single category) kappa is
 * undefined; it is reported as null with the reason. Pure; used by the /data/codebook/ page and scripts/reliability.mjs.
 */

export interface Agreement {
  n: number; // items coded by both
  agree: number; // items on which they agree
  percent: number | null; // agree / n (0..1), null when n = 0
  expected: number | null; // pe
  kappa: number | null; // null when undefined
  reason?: string; // why kappa is null
}

/** Cohen's kappa over paired nominal codes (first coder, second coder). */
export function cohenKappa(pairs: ReadonlyArray<readonly [string, string]>): Agreement {
  const n = pairs.length;
  if (n === 0) return { n, agree: 0, percent: null, expected: null, kappa: null, reason: 'no records coded by both coders' };
  const a = new Map<string, number>();
  const b = new Map<string, number>();
  let agree = 0;
  for (const [x, y] of pairs) {
    if (x === y) agree++;
    a.set(x, (a.get(x) ?? 0) + 1);
    b.set(y, (b.get(y) ?? 0) + 1);
  }
  const po = agree / n;
  let pe = 0;
  for (const [cat, ca] of a) pe += (ca / n) * ((b.get(cat) ?? 0) / n);
  if (Math.abs(1 - pe) < 1e-12) {
    return { n, agree, percent: po, expected: 1, kappa: null, reason: `expected agreement is 1: both coders put every record in one category ("${[...a.keys()][0]}")` };
  }
  return { n, agree, percent: po, expected: pe, kappa: (po - pe) / (1 - pe) };
}

/** Cohen's kappa from a 2×2 table: both yes, first yes only, second yes only, both no. */
export function kappa2x2(yesYes: number, yesNo: number, noYes: number, noNo: number): Agreement {
  const pairs: Array<[string, string]> = [];
  const push = (k: number, x: string, y: string) => { for (let i = 0; i < k; i++) pairs.push([x, y]); };
  push(yesYes, 'yes', 'yes'); push(yesNo, 'yes', 'no'); push(noYes, 'no', 'yes'); push(noNo, 'no', 'no');
  return cohenKappa(pairs);
}

export interface CodingLike {
  id: string;
  kind: string;
  body: string;
  stance: readonly string[];
}

export interface Disagreement {
  id: string;
  kind?: [string, string];
  body?: [string, string];
  stanceOnlyFirst: string[];
  stanceOnlySecond: string[];
}

export interface ReliabilityReport {
  n: number; // records coded by both
  firstCount: number;
  secondCount: number;
  kind: Agreement;
  body: Agreement;
  stances: Array<{ tag: string; first: number; second: number } & Agreement>; // first/second: records each coder tagged
  meanKappa: number | null; // mean over tags whose kappa is defined
  meanKappaOver: number; // how many tags that mean covers
  meanPercent: number | null; // mean percent agreement over all tags
  pooled: Agreement; // one 2×2 table over every (record, tag) decision
  disagreements: Disagreement[];
}

/** Compare two codings over the records both coded, for the given stance tags (the whole vocabulary). */
export function reliability(first: readonly CodingLike[], second: readonly CodingLike[], tags: readonly string[]): ReliabilityReport {
  const byId = new Map(second.map((c) => [c.id, c]));
  const both = first.filter((c) => byId.has(c.id)).map((c) => [c, byId.get(c.id)!] as const);
  const kind = cohenKappa(both.map(([a, b]) => [a.kind, b.kind]));
  const body = cohenKappa(both.map(([a, b]) => [a.body, b.body]));
  const pooledPairs: Array<[string, string]> = [];
  const stances = tags.map((tag) => {
    const pairs = both.map(([a, b]) => [a.stance.includes(tag) ? 'yes' : 'no', b.stance.includes(tag) ? 'yes' : 'no'] as [string, string]);
    pooledPairs.push(...pairs);
    return { tag, first: pairs.filter(([x]) => x === 'yes').length, second: pairs.filter(([, y]) => y === 'yes').length, ...cohenKappa(pairs) };
  });
  const defined = stances.filter((s) => s.kappa !== null);
  const withPercent = stances.filter((s) => s.percent !== null);
  const disagreements: Disagreement[] = [];
  for (const [a, b] of both) {
    const d: Disagreement = {
      id: a.id,
      stanceOnlyFirst: a.stance.filter((s) => !b.stance.includes(s)),
      stanceOnlySecond: b.stance.filter((s) => !a.stance.includes(s)),
    };
    if (a.kind !== b.kind) d.kind = [a.kind, b.kind];
    if (a.body !== b.body) d.body = [a.body, b.body];
    if (d.kind || d.body || d.stanceOnlyFirst.length || d.stanceOnlySecond.length) disagreements.push(d);
  }
  return {
    n: both.length,
    firstCount: first.length,
    secondCount: second.length,
    kind,
    body,
    stances,
    meanKappa: defined.length ? defined.reduce((s, t) => s + t.kappa!, 0) / defined.length : null,
    meanKappaOver: defined.length,
    meanPercent: withPercent.length ? withPercent.reduce((s, t) => s + t.percent!, 0) / withPercent.length : null,
    pooled: cohenKappa(pooledPairs),
    disagreements,
  };
}

/** 0.8123 → "0.81"; null → "n/a". */
export const fmtKappa = (k: number | null): string => (k === null ? 'n/a' : k.toFixed(2));
/** 0.8123 → "81.2%"; null → "n/a". */
export const fmtPercent = (p: number | null): string => (p === null ? 'n/a' : `${(p * 100).toFixed(1)}%`);

/** The report as a plain-text table (for `npm run reliability`). */
export function reliabilityTable(r: ReliabilityReport): string {
  const rows: string[][] = [['variable', 'n', 'agree', '% agreement', 'kappa', 'note']];
  const row = (name: string, a: Agreement) => rows.push([name, String(a.n), String(a.agree), fmtPercent(a.percent), fmtKappa(a.kappa), a.reason ?? '']);
  row('kind', r.kind);
  row('body', r.body);
  for (const s of r.stances) row(`stance: ${s.tag}`, s);
  rows.push(['stance: mean over tags', String(r.n), '', fmtPercent(r.meanPercent), fmtKappa(r.meanKappa), `kappa mean over ${r.meanKappaOver} of ${r.stances.length} tags with a defined kappa`]);
  row('stance: pooled', r.pooled);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((x) => x[i]!.length)));
  return rows.map((x) => x.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}
