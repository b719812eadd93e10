/**
 * Marks the search words on a page opened from a search result (?pagefind-highlight=word, Pagefind's default
 * parameter). Pagefind's highlighter (mark.js, ≈14 KB gzip) is added from the site's own /pagefind/ folder only
 * then, as a script element (no loader code on every page); its <style> injection is off (style-src).
 */
export function highlightSearchWords(base: string): void {
  if (!location.search.includes('pagefind-highlight=')) return;
  const script = Object.assign(document.createElement('script'), { type: 'module', src: `${base}pagefind/pagefind-highlight.js` });
  script.onload = () => new (window as unknown as { PagefindHighlight: new (o: object) => unknown }).PagefindHighlight({ markContext: 'main', addStyles: false });
  document.head.append(script);
}
