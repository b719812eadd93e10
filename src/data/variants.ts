/** Name-variant groups from content/data/variants.yaml (the one file the search uses for spellings). */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { caseNames, variantsFor, type VariantGroup } from '@/lib/search/variants';

let cached: Promise<VariantGroup[]> | undefined;

export function variantGroups(): Promise<VariantGroup[]> {
  cached ??= readFile('content/data/variants.yaml', 'utf8').then((text) => {
    const groups = parse(text) as VariantGroup[];
    for (const [i, g] of groups.entries()) {
      if (typeof g.canonical !== 'string' || !Array.isArray(g.variants)) {
        throw new Error(`content/data/variants.yaml: entry ${i}: field "canonical" (string) and "variants" (list) are required`);
      }
    }
    return groups;
  });
  return cached;
}

/** Extra spellings to index with a page whose text is `text`. */
export async function searchVariants(text: string): Promise<string[]> {
  return variantsFor(text, await variantGroups());
}

/** Every spelling of the places that belong to a case (its own names), for the case page's search metadata. */
export async function namesOfCase(caseId: string): Promise<string[]> {
  return caseNames(caseId, await variantGroups());
}
