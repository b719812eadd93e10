/** /compare/'s visuals, computed once for the page, its embeds and their SVG/PNG downloads. */
import { library } from './index';
import { layoutStatementsPerYear, peakYears, type ChartLayout } from '@/lib/charts/statements-per-year';
import { describeLevels } from '@/lib/response-matrix';
import { ORG_LABELS, ORGS, RESPONSE_LEVELS, type Org, type ResponseLevel } from '@/lib/vocab';

const yearOf = (iso: string) => Number(iso.slice(0, 4));

/** Statements per year for each organisation × case, and a title that states what the chart shows. */
export async function perYearChart(): Promise<{ layout: ChartLayout; title: string }> {
  const { cases, statements } = await library();
  const layout = layoutStatementsPerYear(
    statements.map((s) => ({ org: s.data.org, cases: s.data.cases.map((c) => c.id), year: yearOf(s.data.date), nonResponse: s.data.kind === 'non-response' })),
    ORGS.flatMap((org) => cases.map((c) => ({ org, caseId: c.id, label: `${ORG_LABELS[org]} · ${c.data.shortTitle}` }))),
  );
  const peaks = peakYears(layout.rows, 3);
  const orgTotal = (org: string) => statements.filter((s) => s.data.org === org).length;
  const title = `The records cluster in ${peaks.slice(0, -1).join(', ')} and ${peaks.at(-1)}; NATO has ${orgTotal('nato')} records across the three cases, the CSTO ${orgTotal('csto')}`;
  return { layout, title };
}

export interface MatrixRow {
  org: Org;
  cells: Array<{ caseLabel: string; level: ResponseLevel; levelLabel: string; text: string }>;
}

/** The 2 × 3 response matrix as data (the component renders the same rows with links), and its caption. */
export async function responseMatrix(): Promise<{ rows: MatrixRow[]; caption: string }> {
  const { cases } = await library();
  const rows = ORGS.map((org) => ({
    org,
    cells: cases.map((c) => {
      const level = org === 'nato' ? c.data.natoLevel : c.data.cstoLevel;
      return { caseLabel: c.data.shortTitle, level, levelLabel: RESPONSE_LEVELS[level], text: org === 'nato' ? c.data.natoResponse : c.data.cstoResponse };
    }),
  }));
  const caption = rows.map((r) => `${ORG_LABELS[r.org]}: ${describeLevels(r.cells)}`).join('. ');
  return { rows, caption };
}
