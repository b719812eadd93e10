import { describe, expect, it } from 'vitest';
import { statementFacets } from './statement-facets';

describe('statementFacets', () => {
  it('labels organisation, body, kind, stances and cases as the search page shows them', () => {
    const f = statementFacets(
      { titleEn: 'Bucharest Summit Declaration', org: 'nato', body: 'summit', kind: 'declaration', stance: ['membership-perspective'], date: '2008-04-03', cases: [{ id: 'georgia-2008' }, { id: 'unknown' }] },
      (id) => (id === 'georgia-2008' ? 'Georgia 2008' : undefined),
    );
    expect(f).toMatchObject({ type: 'statement', org: 'NATO', body: 'Heads of State and Government (summit)', cases: ['Georgia 2008', 'unknown'], date: '2008-04-03' });
    expect(f.kind).toBeTruthy();
    expect(f.stances).toHaveLength(1);
  });
});
