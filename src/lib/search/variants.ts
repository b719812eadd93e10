/**
 * Name variants for search. Pagefind has no typo tolerance or synonyms, so each page is indexed together with
 * the other spellings of the names it mentions (Tskhinvali → Tskhinval, Samachablo …). Driven by
 * content/data/variants.yaml.
 */

export interface VariantGroup {
  canonical: string;
  variants: readonly string[];
  cases?: readonly string[];
}

/** All spellings of a group, canonical first. */
export function spellings(group: VariantGroup): string[] {
  return [group.canonical, ...group.variants];
}

function mentions(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'iu').test(text);
}

/**
 * The extra spellings to index with a page: for every group the page's text mentions (in any spelling),
 * the spellings it does not already contain. Sorted and de-duplicated for reproducible output.
 */
export function variantsFor(text: string, groups: readonly VariantGroup[]): string[] {
  const extra = new Set<string>();
  for (const group of groups) {
    const all = spellings(group);
    if (!all.some((name) => mentions(text, name))) continue;
    for (const name of all) if (!mentions(text, name)) extra.add(name);
  }
  return [...extra].sort((a, b) => a.localeCompare(b, 'en'));
}

/** All spellings of the groups tied to `caseId` (variants.yaml `cases`), de-duplicated and sorted. */
export function caseNames(caseId: string, groups: readonly VariantGroup[]): string[] {
  const names = new Set(groups.filter((g) => g.cases?.includes(caseId)).flatMap(spellings));
  return [...names].sort((a, b) => a.localeCompare(b, 'en'));
}
