/**
 * What the search page shows of each filter group: values with no results are dropped (unless checked), and
 * long groups show their first few values with the rest behind "Show all". Pure, tested; render.ts draws it.
 */

/** Groups that collapse to their first few values. */
export const LONG_GROUPS: ReadonlySet<string> = new Set(['body', 'stance', 'year']);
export const FIRST_FEW = 5;

export interface FacetValue {
  value: string;
  count: number;
  checked: boolean;
}

export function facetView(key: string, values: FacetValue[], firstFew = FIRST_FEW): { shown: FacetValue[]; more: FacetValue[] } {
  const live = values.filter((v) => v.count > 0 || v.checked);
  if (!LONG_GROUPS.has(key) || live.length <= firstFew + 1) return { shown: live, more: [] };
  return { shown: live.slice(0, firstFew), more: live.slice(firstFew) };
}
