/**
 * Marks the search words on a page opened from a search result (?pagefind-highlight=word). Pagefind's
 * highlighter (mark.js, ≈14 KB gzip) is fetched from the site's own /pagefind/ folder only when that parameter
 * is present, so other visits pay nothing. Its own <style> is off (style-src); <mark> keeps the UA style.
 */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

export function highlightSearchWords(base: string, search: string = location.search): void {
  if (!new URLSearchParams(search).has(HIGHLIGHT_PARAM)) return;
  void import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`).then(
    ({ default: Highlight }: { default: new (o: Record<string, unknown>) => unknown }) =>
      new Highlight({ highlightParam: HIGHLIGHT_PARAM, markContext: 'main', addStyles: false }),
    () => undefined,
  );
}
