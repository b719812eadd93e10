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

// One compiled pattern per spelling, reused across pages (flags `iu`, no `g`: `test` keeps no state).
const patterns = new Map<string, RegExp>();

/** The whole-word, case-insensitive pattern for a name (compiled once per spelling). */
export function namePattern(name: string): RegExp {
  let re = patterns.get(name);
  if (!re) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    re = new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'iu');
    patterns.set(name, re);
  }
  return re;
}

/**
 * A cheap, never-wrong prefilter: lower-cased, and with the letters whose lower case differs from their case
 * folding mapped to one form, a text that mentions a name (in the `iu` pattern's sense) contains the name's
 * folded form as a substring. Most pages mention few names, so `includes` rules most out before any regex runs.
 */
export function fold(text: string): string {
  return text.toLowerCase().replace(/ς/g, 'σ').replace(/ſ/g, 's').replace(/ı/g, 'i').replace(/i̇/g, 'i');
}

const foldedNames = new Map<string, string>();

function mentions(text: string, name: string, folded?: string): boolean {
  let key = foldedNames.get(name);
  if (key === undefined) foldedNames.set(name, (key = fold(name)));
  if (folded !== undefined && !folded.includes(key)) return false;
  return namePattern(name).test(text);
}

/**
 * The extra spellings to index with a page: for every group the page's text mentions (in any spelling),
 * the spellings it does not already contain. Sorted and de-duplicated for reproducible output.
 */
export function variantsFor(text: string, groups: readonly VariantGroup[]): string[] {
  const extra = new Set<string>();
  const folded = fold(text);
  for (const group of groups) {
    const all = spellings(group);
    if (!all.some((name) => mentions(text, name, folded))) continue;
    for (const name of all) if (!mentions(text, name, folded)) extra.add(name);
  }
  return [...extra].sort((a, b) => a.localeCompare(b, 'en'));
}

/** All spellings of the groups tied to `caseId` (variants.yaml `cases`), de-duplicated and sorted. */
export function caseNames(caseId: string, groups: readonly VariantGroup[]): string[] {
  const names = new Set(groups.filter((g) => g.cases?.includes(caseId)).flatMap(spellings));
  return [...names].sort((a, b) => a.localeCompare(b, 'en'));
}
