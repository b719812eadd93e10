/** Text utilities for content checks: HTML → text, word tokens, shared n-grams. */

/** Visible text of an HTML document (scripts, styles and tags removed, entities decoded for the common ones). */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower-case word tokens; apostrophes are folded so "NATO’s" and "NATO's" match. */
export function words(text: string): string[] {
  return (text.replace(/[’‘]/g, "'").toLowerCase().match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? []);
}

/** Every run of `n` consecutive words, joined by spaces. */
export function ngrams(tokens: readonly string[], n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= tokens.length; i++) out.add(tokens.slice(i, i + n).join(' '));
  return out;
}

/** Runs of `n` words that `text` shares with the reference n-grams. */
export function sharedRuns(text: string, reference: ReadonlySet<string>, n: number): string[] {
  return [...ngrams(words(text), n)].filter((g) => reference.has(g));
}

/** Number of words in a text. */
export function wordCount(text: string): number {
  return words(text).length;
}
