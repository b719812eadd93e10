/**
 * The embedded timeline's filter (/embed/timeline/?case=georgia-2008&org=nato): hides the rows and marks of other
 * cases and organisations and closes the gaps. Several values: comma-separated (?case=georgia-2008,ukraine-2014).
 * `org` filters the statement rows; a case's event row stays as context. Unknown values are ignored; without a
 * valid filter (or without JavaScript) the whole timeline shows.
 */
export interface TimelineFilter {
  cases: string[] | null; // null: every case
  orgs: string[] | null; // null: every organisation
}

/** The filter asked for in a query string, limited to the values that exist. */
export function parseFilter(search: string, knownCases: readonly string[], knownOrgs: readonly string[]): TimelineFilter {
  const params = new URLSearchParams(search);
  const pick = (name: string, known: readonly string[]) => {
    const asked = params.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase()).filter((v) => known.includes(v));
    return asked.length > 0 ? [...new Set(asked)] : null;
  };
  return { cases: pick('case', knownCases), orgs: pick('org', knownOrgs) };
}

/** Whether a row (case, lane) shows under the filter. */
export function rowShown(filter: TimelineFilter, caseId: string, lane: string): boolean {
  if (filter.cases && !filter.cases.includes(caseId)) return false;
  if (lane !== 'events' && filter.orgs && !filter.orgs.includes(lane)) return false;
  return true;
}

export function applyTimelineFilter(root: ParentNode, search: string, orgs: readonly string[]): TimelineFilter | null {
  const svg = root.querySelector<SVGSVGElement>('.timeline svg');
  if (!svg) return null;
  const rows = [...svg.querySelectorAll<SVGGElement>('g.lane[data-case]')];
  const cases = [...new Set(rows.map((r) => r.dataset.case ?? ''))];
  const filter = parseFilter(search, cases, orgs);
  if (!filter.cases && !filter.orgs) return filter;
  const y = (row: SVGGElement) => Number(row.querySelector('line')?.getAttribute('y1') ?? 0);
  const step = rows.length > 1 ? y(rows[1]!) - y(rows[0]!) : 22;
  const shift = new Map<string, number | null>(); // "case:lane" → dy, null when hidden
  let next = rows.length > 0 ? y(rows[0]!) : 0;
  let last = next - step;
  let previousCase = '';
  for (const row of rows) {
    const key = `${row.dataset.case}:${row.dataset.lane}`;
    if (!rowShown(filter, row.dataset.case ?? '', row.dataset.lane ?? '')) {
      shift.set(key, null);
      row.setAttribute('display', 'none');
      continue;
    }
    if (previousCase && previousCase !== row.dataset.case) next += step / 2;
    previousCase = row.dataset.case ?? '';
    const dy = next - y(row);
    shift.set(key, dy);
    if (dy !== 0) row.setAttribute('transform', `translate(0 ${dy})`);
    last = next;
    next += step;
  }
  // Marks and the sticky row labels (drawn apart from their rows so they stay in view) follow their row.
  for (const mark of svg.querySelectorAll<SVGElement>('a.mark[data-case], g.row-labels text[data-case]')) {
    const dy = shift.get(`${mark.dataset.case}:${mark.dataset.lane}`);
    if (dy === null || dy === undefined) mark.setAttribute('display', 'none');
    else if (dy !== 0) mark.setAttribute('transform', `translate(0 ${dy})`);
  }
  const [, , width, height] = (svg.getAttribute('viewBox') ?? '0 0 0 0').split(' ').map(Number);
  const lastRow = rows.length > 0 ? Math.max(...rows.map(y)) : 0;
  const newHeight = Math.max(60, Math.round(height! - (lastRow - last)));
  svg.setAttribute('viewBox', `0 0 ${width} ${newHeight}`);
  svg.setAttribute('height', String(newHeight));
  for (const tick of svg.querySelectorAll('g.ticks line')) tick.setAttribute('y2', String(newHeight - 6));
  return filter;
}
