/**
 * The search facets of a statement page, in one place: the page emits them as Pagefind filters and the search
 * page lists their values at build time (facetValues), so both always agree.
 */
import type { FacetInput } from './facets';
import { BODY_LABELS, KINDS, ORG_LABELS, STANCES, type Body, type Kind, type Org, type Stance } from '../vocab';

export interface StatementFacetData {
  titleEn: string;
  org: Org;
  body: Body;
  kind: Kind;
  stance: readonly Stance[];
  date: string;
  cases: ReadonlyArray<{ id: string }>;
}

export function statementFacets(d: StatementFacetData, caseTitle: (id: string) => string | undefined): FacetInput {
  return {
    type: 'statement',
    title: d.titleEn,
    org: ORG_LABELS[d.org],
    cases: d.cases.map((c) => caseTitle(c.id) ?? c.id),
    body: BODY_LABELS[d.body],
    kind: KINDS[d.kind],
    stances: d.stance.map((t) => STANCES[t]),
    date: d.date,
  };
}
