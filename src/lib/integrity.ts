/**
 * Cross-entry checks that a schema cannot express. Each problem names the file and the field, so a bad
 * entry fails the build with a message an author can act on.
 */

export interface Located {
  id: string;
  filePath: string;
}

export class ContentError extends Error {
  constructor(problems: string[]) {
    super(`Invalid content:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

/** The front-matter `id` must equal the file name; two files must not share an id. */
export function checkIds(entries: Array<Located & { dataId: string }>): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const e of entries) {
    const prior = seen.get(e.dataId);
    if (prior) problems.push(`${e.filePath}: field "id": duplicate id "${e.dataId}" (also in ${prior})`);
    else seen.set(e.dataId, e.filePath);
    if (e.dataId !== e.id && !prior) {
      problems.push(`${e.filePath}: field "id": "${e.dataId}" does not match the file name "${e.id}"`);
    }
  }
  return problems;
}

/** Every id listed in `field` must be one of `known`. */
export function checkRefs(
  entries: Array<Located & { refs: readonly string[] }>,
  field: string,
  known: ReadonlySet<string>,
  what: string,
): string[] {
  const problems: string[] = [];
  for (const e of entries) {
    e.refs.forEach((ref, i) => {
      if (!known.has(ref)) problems.push(`${e.filePath}: field "${field}[${i}]": unknown ${what} "${ref}"`);
    });
  }
  return problems;
}

/** Throw one error listing every problem, or do nothing. */
export function assertNoProblems(problems: string[]): void {
  if (problems.length > 0) throw new ContentError(problems);
}

const DATE_LINE = /^\s*-?\s*(date|endDate|start|checked|from|to):\s*["']?([^"'\s#]+)["']?\s*(?:#.*)?$/gm;

/**
 * YAML parsers silently roll impossible dates over (2008-02-30 becomes 1 March), so the raw text is checked
 * too: every date-like field written in a file must be a real calendar date.
 */
export function checkRawDates(text: string, filePath: string, isIsoDate: (s: string) => boolean): string[] {
  const problems: string[] = [];
  for (const m of text.matchAll(DATE_LINE)) {
    const [, field, value] = m;
    if (value === 'null' || /^\d{4}$/.test(value!)) continue;
    if (/^\d{4}-\d{1,2}-\d{1,2}/.test(value!) && !isIsoDate(value!)) {
      problems.push(`${filePath}: field "${field}": "${value}" is not a valid calendar date (YYYY-MM-DD)`);
    }
  }
  return problems;
}
