/**
 * Which file a page is made from, for its "last updated" date: the content entry for pages generated from a
 * collection (/statements/[id] → content/statements/<id>.md), else the page's own file under src/pages.
 */

const CONTENT_EXTENSIONS = ['.md', '.mdx', '.yaml', '.yml', '.json'];
const PAGE_EXTENSIONS = ['.astro', '.md', '.mdx', '.ts'];

/** Files that may hold a page's source, most specific first (paths relative to the project root). */
export function pageSourceCandidates(routePattern: string, params: Record<string, string | number | undefined>): string[] {
  const route = routePattern.replace(/\/+$/, '');
  const segments = route.split('/').filter(Boolean);
  const out: string[] = [];
  const dynamic = segments.findIndex((s) => s.includes('['));
  if (dynamic > 0) {
    const collection = segments[0];
    const name = /\[\.{0,3}([^\]]+)\]/.exec(segments[dynamic]!)?.[1];
    const value = name === undefined ? undefined : params[name];
    if (collection && value !== undefined && value !== '') {
      for (const ext of CONTENT_EXTENSIONS) out.push(`content/${collection}/${value}${ext}`);
      for (const ext of ['.md', '.mdx']) out.push(`content/${collection}/${value}/index${ext}`);
    }
  }
  const base = `src/pages${route}`;
  if (route === '') out.push(...PAGE_EXTENSIONS.map((ext) => `src/pages/index${ext}`));
  else out.push(...PAGE_EXTENSIONS.map((ext) => `${base}${ext}`), ...PAGE_EXTENSIONS.map((ext) => `${base}/index${ext}`));
  return out;
}

/** The first candidate that exists, or undefined. */
export function resolvePageSource(
  routePattern: string,
  params: Record<string, string | number | undefined>,
  exists: (file: string) => boolean,
): string | undefined {
  return pageSourceCandidates(routePattern, params).find(exists);
}
