import { describe, expect, it } from 'vitest';
import { cohenKappa, fmtKappa, fmtPercent, kappa2x2, reliability, reliabilityTable } from './reliability';

describe('cohenKappa', () => {
  it('matches the textbook 2×2 example (20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no → po 0.7, pe 0.5, κ 0.4)', () => {
    // Hand computation: po = (20+15)/50 = 0.7; first says yes 25/50, second 30/50;
    // pe = 0.5·0.6 + 0.5·0.4 = 0.5; κ = (0.7 − 0.5)/(1 − 0.5) = 0.4.
    const a = kappa2x2(20, 5, 10, 15);
    expect(a.n).toBe(50);
    expect(a.agree).toBe(35);
    expect(a.percent).toBeCloseTo(0.7, 12);
    expect(a.expected).toBeCloseTo(0.5, 12);
    expect(a.kappa).toBeCloseTo(0.4, 12);
  });

  it('handles a second 2×2 table (45/15/25/15 → po 0.6, pe 0.54, κ ≈ 0.1304)', () => {
    // po = 60/100; first yes 60/100, second yes 70/100; pe = 0.6·0.7 + 0.4·0.3 = 0.54; κ = 0.06/0.46.
    const a = kappa2x2(45, 15, 25, 15);
    expect(a.percent).toBeCloseTo(0.6, 12);
    expect(a.expected).toBeCloseTo(0.54, 12);
    expect(a.kappa).toBeCloseTo(0.06 / 0.46, 12);
  });

  it('computes multi-category kappa (3 categories, hand-computed)', () => {
    // 10 items. Pairs: aa×3, bb×3, cc×1, ab×1, bc×1, ca×1 → po = 7/10.
    // first: a 4, b 4, c 2; second: a 4, b 4, c 2 → pe = .16 + .16 + .04 = .36; κ = (.7 − .36)/.64 = .53125.
    const pairs: Array<[string, string]> = [
      ['a', 'a'], ['a', 'a'], ['a', 'a'], ['b', 'b'], ['b', 'b'], ['b', 'b'], ['c', 'c'], ['a', 'b'], ['b', 'c'], ['c', 'a'],
    ];
    const k = cohenKappa(pairs);
    expect(k.percent).toBeCloseTo(0.7, 12);
    expect(k.expected).toBeCloseTo(0.36, 12);
    expect(k.kappa).toBeCloseTo(0.53125, 12);
  });

  it('is 1 for perfect agreement over two or more categories, and negative below chance', () => {
    expect(kappa2x2(3, 0, 0, 7).kappa).toBeCloseTo(1, 12);
    expect(kappa2x2(0, 5, 5, 0).kappa).toBeCloseTo(-1, 12);
  });

  it('is undefined (null, with a reason) when expected agreement is 1', () => {
    const k = kappa2x2(0, 0, 0, 12); // nobody ever used the tag
    expect(k.percent).toBe(1);
    expect(k.kappa).toBeNull();
    expect(k.reason).toMatch(/expected agreement is 1/);
    expect(fmtKappa(k.kappa)).toBe('n/a');
  });

  it('is undefined with no items', () => {
    const k = cohenKappa([]);
    expect(k.kappa).toBeNull();
    expect(k.percent).toBeNull();
    expect(k.reason).toMatch(/no records/);
    expect(fmtPercent(k.percent)).toBe('n/a');
  });
});

describe('reliability', () => {
  const first = [
    { id: 'r1', kind: 'statement', body: 'summit', stance: ['x', 'y'] },
    { id: 'r2', kind: 'statement', body: 'summit', stance: ['x'] },
    { id: 'r3', kind: 'speech', body: 'secretary-general', stance: ['y'] },
    { id: 'r4', kind: 'statement', body: 'summit', stance: ['x'] }, // not yet coded by the second coder
  ];
  const second = [
    { id: 'r1', kind: 'statement', body: 'summit', stance: ['x'] },
    { id: 'r2', kind: 'declaration', body: 'summit', stance: ['x'] },
    { id: 'r3', kind: 'speech', body: 'secretary-general', stance: ['y'] },
  ];
  const r = reliability(first, second, ['x', 'y', 'z']);

  it('counts only records coded by both', () => {
    expect(r.n).toBe(3);
    expect(r.firstCount).toBe(4);
    expect(r.secondCount).toBe(3);
  });

  it('computes kind and body agreement', () => {
    expect(r.kind.agree).toBe(2);
    // kind: first statement 2, speech 1; second statement 1, declaration 1, speech 1 → pe = 2/9 + 1/9 = 1/3; po = 2/3 → κ = 0.5
    expect(r.kind.kappa).toBeCloseTo(0.5, 12);
    expect(r.body.kappa).toBeCloseTo(1, 12);
  });

  it('computes per-tag, mean and pooled agreement; a tag nobody used is n/a and left out of the mean', () => {
    const [x, y, z] = r.stances;
    expect(x).toMatchObject({ tag: 'x', first: 2, second: 2, agree: 3, kappa: 1 });
    // y: first yes on r1, r3; second yes on r3 → 2×2 = (1,1,0,1): po 2/3, pe = 2/3·1/3 + 1/3·2/3 = 4/9 → κ = (2/9)/(5/9) = 0.4
    expect(y!.kappa).toBeCloseTo(0.4, 12);
    expect(z!.kappa).toBeNull();
    expect(r.meanKappaOver).toBe(2);
    expect(r.meanKappa).toBeCloseTo(0.7, 12);
    expect(r.meanPercent).toBeCloseTo((1 + 2 / 3 + 1) / 3, 12);
    // pooled over 9 decisions: yes/yes 3, yes/no 1, no/yes 0, no/no 5 → po 8/9, pe = 4/9·3/9 + 5/9·6/9 = 42/81
    expect(r.pooled.n).toBe(9);
    expect(r.pooled.kappa).toBeCloseTo((8 / 9 - 42 / 81) / (1 - 42 / 81), 12);
  });

  it('lists the disagreements', () => {
    expect(r.disagreements).toEqual([
      { id: 'r1', stanceOnlyFirst: ['y'], stanceOnlySecond: [] },
      { id: 'r2', kind: ['statement', 'declaration'], stanceOnlyFirst: [], stanceOnlySecond: [] },
    ]);
  });

  it('prints a table', () => {
    const t = reliabilityTable(r);
    expect(t).toMatch(/^variable\s+n\s+agree/);
    expect(t).toMatch(/stance: z\s+3\s+3\s+100\.0%\s+n\/a/);
    expect(t).toMatch(/stance: pooled/);
  });

  it('works with no second coding at all', () => {
    const empty = reliability(first, [], ['x']);
    expect(empty.n).toBe(0);
    expect(empty.kind.kappa).toBeNull();
    expect(empty.meanKappa).toBeNull();
    expect(empty.disagreements).toEqual([]);
  });
});
