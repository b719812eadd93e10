import { describe, expect, it } from 'vitest';
import { facetInputId, facetValues, pagefindAttributes } from './facets';

describe('pagefindAttributes', () => {
  it('gives a statement every facet, a sort key and result metadata', () => {
    const attrs = pagefindAttributes({
      type: 'statement', title: 'Bucharest Summit Declaration', org: 'NATO', cases: ['Georgia 2008', 'Ukraine 2014'],
      body: 'Heads of State and Government (summit)', kind: 'Declaration', date: '2008-04-03',
      stances: ['Membership perspective', 'Supports territorial integrity'],
    });
    const filters = attrs.filter((a) => a.attr === 'filter').map((a) => `${a.key}=${a.value}`);
    expect(filters).toEqual([
      'type=Statement', 'org=NATO', 'case=Georgia 2008', 'case=Ukraine 2014',
      'body=Heads of State and Government (summit)', 'kind=Declaration', 'stance=Membership perspective', 'stance=Supports territorial integrity', 'year=2008',
    ]);
    expect(attrs).toContainEqual({ attr: 'sort', key: 'date', value: '2008-04-03' });
    expect(attrs).toContainEqual({ attr: 'meta', key: 'cases', value: 'Georgia 2008, Ukraine 2014' });
  });

  it('gives a glossary note only its type and title', () => {
    const attrs = pagefindAttributes({ type: 'glossary', title: 'CIS' });
    expect(attrs.filter((a) => a.attr === 'filter')).toEqual([{ attr: 'filter', key: 'type', value: 'Glossary' }]);
    expect(attrs.some((a) => a.attr === 'sort')).toBe(false);
  });
});

describe('facetValues', () => {
  it('collects every filter value per key, years newest first and the rest alphabetically', () => {
    const values = facetValues([
      { type: 'statement', title: 'a', org: 'NATO', cases: ['Ukraine 2014'], body: 'NAC', kind: 'Statement', stances: ['Silence'], date: '2014-03-02' },
      { type: 'statement', title: 'b', org: 'CSTO', cases: ['Georgia 2008', 'Ukraine 2014'], body: 'CSC', kind: 'Declaration', date: '2008-09-05' },
      { type: 'glossary', title: 'c' },
    ]);
    expect(values).toEqual({
      type: ['Glossary', 'Statement'], org: ['CSTO', 'NATO'], case: ['Georgia 2008', 'Ukraine 2014'], body: ['CSC', 'NAC'],
      kind: ['Declaration', 'Statement'], stance: ['Silence'], year: ['2014', '2008'],
    });
  });
  it('leaves out keys no page uses', () => {
    expect(Object.keys(facetValues([{ type: 'note', title: 'n' }]))).toEqual(['type']);
  });
});

describe('facetInputId', () => {
  it('makes ids from the parameter and value', () => {
    expect(facetInputId('case', 'Georgia 2008')).toBe('f-case-Georgia-2008');
    expect(facetInputId('body', 'Heads of State and Government (summit)')).toBe('f-body-Heads-of-State-and-Government-summit-');
  });
});
