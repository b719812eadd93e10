/**
 * The organisation × case response matrix (home page, /compare/): one cell per organisation and case, and a
 * caption sentence derived from the levels so that the caption cannot drift from the data.
 */
import { RESPONSE_LEVEL_IDS, RESPONSE_LEVELS, type ResponseLevel } from './vocab';

export interface MatrixCell {
  caseLabel: string;
  level: ResponseLevel;
}

const listJoin = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** "active in Georgia 2008 and Ukraine 2014, minimal in Nagorno-Karabakh" — strongest level first. */
export function describeLevels(cells: MatrixCell[]): string {
  return RESPONSE_LEVEL_IDS.map((level) => {
    const cases = cells.filter((c) => c.level === level).map((c) => c.caseLabel);
    return cases.length ? `${RESPONSE_LEVELS[level].toLowerCase()} in ${listJoin(cases)}` : '';
  })
    .filter(Boolean)
    .join(', ');
}

/** How far a row varies: the number of distinct levels it uses. */
export function distinctLevels(cells: MatrixCell[]): number {
  return new Set(cells.map((c) => c.level)).size;
}
