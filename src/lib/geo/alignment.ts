/** The article's note 2 grouping of the post-Soviet states (content/data/alignment.yaml), parsed and checked. */
import { parse } from 'yaml';

export interface AlignmentGroup {
  id: string;
  label: string;
  description: string;
  countries: string[]; // alpha-3
}

/** Parse and check the alignment file; `file` names it in errors. A country may sit in one group only. */
export function parseAlignment(text: string, file: string): AlignmentGroup[] {
  const data = parse(text) as { groups?: unknown };
  if (!data || !Array.isArray(data.groups)) throw new Error(`${file}: expected a top-level "groups" list`);
  const seen = new Map<string, string>();
  return data.groups.map((g: Record<string, unknown>, i: number) => {
    const where = `${file}: group ${i} (${String(g?.id ?? 'no id')})`;
    for (const field of ['id', 'label', 'description']) {
      if (typeof g?.[field] !== 'string' || !(g[field] as string).trim()) throw new Error(`${where}: field "${field}" must be a non-empty string`);
    }
    const countries = g.countries;
    if (!Array.isArray(countries) || countries.length === 0 || countries.some((c) => typeof c !== 'string' || !/^[A-Z]{3}$/.test(c))) {
      throw new Error(`${where}: field "countries" must be a list of ISO 3166-1 alpha-3 codes`);
    }
    for (const c of countries as string[]) {
      if (seen.has(c)) throw new Error(`${where}: field "countries": ${c} is already in group ${seen.get(c)}`);
      seen.set(c, g.id as string);
    }
    return { id: g.id as string, label: g.label as string, description: g.description as string, countries: countries as string[] };
  });
}

/** The group of each country. */
export function groupOf(groups: readonly AlignmentGroup[]): Record<string, string> {
  return Object.fromEntries(groups.flatMap((g) => g.countries.map((c) => [c, g.id])));
}
