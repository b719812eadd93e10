import { describe, expect, it } from 'vitest';
import { countsFor, layoutStatementsPerYear, peakYears, recordsHref, yearSpan, type YearItem } from './statements-per-year';

const items: YearItem[] = [
  { org: 'nato', cases: ['georgia-2008'], year: 2008, nonResponse: false },
  { org: 'nato', cases: ['georgia-2008', 'ukraine-2014'], year: 2008, nonResponse: false },
  { org: 'csto', cases: ['georgia-2008'], year: 2008, nonResponse: true },
  { org: 'nato', cases: ['ukraine-2014'], year: 2010, nonResponse: false },
];
const specs = [
  { org: 'nato', caseId: 'georgia-2008', label: 'NATO · Georgia 2008' },
  { org: 'csto', caseId: 'georgia-2008', label: 'CSTO · Georgia 2008' },
  { org: 'nato', caseId: 'ukraine-2014', label: 'NATO · Ukraine 2014' },
];

describe('yearSpan', () => {
  it('covers every year between the first and last, gaps included', () => {
    expect(yearSpan(items)).toEqual([2008, 2009, 2010]);
  });
  it('is empty without items', () => {
    expect(yearSpan([])).toEqual([]);
  });
});

describe('countsFor', () => {
  it('counts statements and non-responses apart; a two-case statement counts in both cases', () => {
    expect(countsFor(items, 'nato', 'ukraine-2014', [2008, 2009, 2010])).toEqual([
      { year: 2008, statements: 1, nonResponses: 0 },
      { year: 2009, statements: 0, nonResponses: 0 },
      { year: 2010, statements: 1, nonResponses: 0 },
    ]);
    expect(countsFor(items, 'csto', 'georgia-2008', [2008])).toEqual([{ year: 2008, statements: 0, nonResponses: 1 }]);
  });
});

describe('recordsHref', () => {
  it('links to the filtered statements list for one year', () => {
    expect(recordsHref('nato', 'georgia-2008', 2008)).toBe('/statements/?org=nato&case=georgia-2008&from=2008&to=2008');
  });
});

describe('peakYears', () => {
  it('returns the busiest years in calendar order', () => {
    const rows = [{ counts: [{ year: 2014, statements: 5, nonResponses: 0 }, { year: 2008, statements: 3, nonResponses: 1 }, { year: 2010, statements: 1, nonResponses: 0 }] }];
    expect(peakYears(rows, 2)).toEqual([2008, 2014]);
  });
});

describe('layoutStatementsPerYear', () => {
  const layout = layoutStatementsPerYear(items, specs, { width: 400, rowHeight: 50, plotLeft: 100, top: 20 });
  it('draws one bar per non-empty year, with a link and a label', () => {
    const nato = layout.rows[0]!;
    expect(nato.bars).toHaveLength(1);
    expect(nato.bars[0]!.href).toBe('/statements/?org=nato&case=georgia-2008&from=2008&to=2008');
    expect(nato.bars[0]!.label).toBe('NATO · Georgia 2008, 2008: 2 statements');
    expect(nato.total).toBe(2);
  });
  it('scales bar heights to one shared maximum, so rows compare', () => {
    expect(layout.maxPerYear).toBe(2);
    const [a, b] = [layout.rows[0]!.bars[0]!, layout.rows[1]!.bars[0]!];
    expect(a.statementsHeight).toBeCloseTo(36);
    expect(b.statementsHeight).toBe(0);
    expect(b.nonResponsesHeight).toBeCloseTo(18);
    expect(b.nonResponsesY + b.nonResponsesHeight).toBeCloseTo(layout.rows[1]!.y);
  });
  it('keeps bars inside the plot', () => {
    for (const r of layout.rows) for (const bar of r.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(layout.plotLeft);
      expect(bar.x + bar.width).toBeLessThanOrEqual(layout.plotRight + 0.1);
    }
    expect(layout.height).toBe(20 + 3 * 50 + 4);
  });
});
