import { describe, expect, it } from 'vitest';
import { ContentError, assertNoProblems, checkIds, checkRefs } from './integrity';

describe('checkIds', () => {
  it('accepts ids that match their file names', () => {
    expect(checkIds([{ id: 'a', dataId: 'a', filePath: 'content/statements/a.md' }])).toEqual([]);
  });
  it('names the file and the field for a mismatch', () => {
    const [p] = checkIds([{ id: 'a', dataId: 'b', filePath: 'content/statements/a.md' }]);
    expect(p).toContain('content/statements/a.md');
    expect(p).toContain('field "id"');
  });
  it('reports duplicates with both files', () => {
    const problems = checkIds([
      { id: 'a', dataId: 'a', filePath: 'content/statements/a.md' },
      { id: 'a-copy', dataId: 'a', filePath: 'content/statements/a-copy.md' },
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/duplicate id "a".*a\.md/);
  });
});

describe('checkRefs', () => {
  it('reports unknown references with their index', () => {
    const problems = checkRefs(
      [{ id: 'n', filePath: 'content/notes/n.mdx', refs: ['known', 'nope'] }],
      'sources',
      new Set(['known']),
      'source',
    );
    expect(problems).toEqual(['content/notes/n.mdx: field "sources[1]": unknown source "nope"']);
  });
});

describe('assertNoProblems', () => {
  it('throws a ContentError listing all problems', () => {
    expect(() => assertNoProblems(['x', 'y'])).toThrow(ContentError);
    expect(() => assertNoProblems([])).not.toThrow();
  });
});

import { checkRawDates } from './integrity';
import { isIsoDate } from './dates';

describe('checkRawDates', () => {
  it('flags impossible dates that YAML would roll over', () => {
    const text = 'date: 2008-02-30\nverified:\n  checked: 2026-11-27\n';
    expect(checkRawDates(text, 'content/statements/x.md', isIsoDate)).toEqual([
      'content/statements/x.md: field "date": "2008-02-30" is not a valid calendar date (YYYY-MM-DD)',
    ]);
  });
  it('accepts valid, quoted, null and year-only values, and list items', () => {
    const text = 'date: "2008-08-19"\nendDate: 2008-08-12\nto: null\ndate: 1993\n  - date: 2004-03-29\n';
    expect(checkRawDates(text, 'f', isIsoDate)).toEqual([]);
  });
});
