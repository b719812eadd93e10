/**
 * No glued words around links in the built HTML: a letter or digit directly before `<a …>` or directly after
 * `</a>` usually means a space was lost in a template ("onresponse levels", "·JSON Schema" is caught by the
 * separator rule below). Rules, applied to every HTML file in dist/ (text of <script>/<style>/<svg> ignored):
 * - BEFORE: a letter/digit immediately followed by `<a ` is a failure, except an opening "(" / quote / slash
 *   context is not involved there by definition; tags in between (`word<span><a`) are not followed.
 * - AFTER: `</a>` immediately followed by a letter or digit is a failure, except possessives ("’s", "'s")
 *   and plurals written as "s" right after a linked word are NOT exempt (write them inside the link).
 * - Section anchors (<a class="heading-anchor">, no text) sit right after a heading's text by design.
 * - Footnote references (<sup><a data-footnote-ref>) never touch text directly, so they are not special-cased.
 * - Separators: "·" must have a space or a tag boundary on both sides when it stands next to a link
 *   ("JSON ·JSON" fails on "·J"; " · " passes).
 * - "word:Word" (colon then capital, e.g. "code:MIT"), ",283–304" (comma touching a page range) and a closing
 *   inline element touching a letter or "(" ("Economies(doi:") fail too.
 * - Legit and ignored: punctuation on either side (.,;:!?)]} — … ’ ” "), a digit/letter inside attribute values.
 * Each failure names the file and shows 30 characters either side.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, htmlFiles } from '../support/site';

const strip = (html: string) => html
  .replace(/<script\b[\s\S]*?<\/script>/gi, '')
  .replace(/<style\b[\s\S]*?<\/style>/gi, '')
  .replace(/<svg\b[\s\S]*?<\/svg>/gi, '')
  .replace(/<!--[\s\S]*?-->/g, '');

export function gluedAt(html: string): string[] {
  const text = strip(html);
  const found: string[] = [];
  const show = (i: number) => text.slice(Math.max(0, i - 30), i + 30).replace(/\s+/g, ' ');
  for (const m of text.matchAll(/[\p{L}\p{N}]<a[\s>](?!class="heading-anchor")/gu)) found.push(`before link: …${show(m.index! + 1)}…`);
  for (const m of text.matchAll(/<\/a>(?=[\p{L}\p{N}])/gu)) {
    const next = text.slice(m.index! + 4, m.index! + 6);
    if (/^s\b/.test(next)) continue; // "links" where only the stem is linked: legitimate
    found.push(`after link: …${show(m.index! + 4)}…`);
  }
  for (const m of text.matchAll(/<\/a>·|·<a[\s>]/g)) found.push(`separator without space: …${show(m.index!)}…`);
  // Text-level: once tags are removed, a separator or a colon/semicolon must not touch the next word, and a
  // closing inline element must not touch a letter, digit or "(" ("Economies(doi:", "data:CC BY", "33(2-3),283"; an italic volume followed by its issue, <i>33</i>(2–3), is APA style).
  for (const m of text.matchAll(/(?:<\/(?:a|cite|em|i|strong|b|span)>)(?=[\p{L}(])/gu)) {
    if (/^<\/a>s\b/.test(text.slice(m.index!, m.index! + 6))) continue;
    if (/^<\/i>\(\d/.test(text.slice(m.index!, m.index! + 6))) continue; // APA: <i>33</i>(2–3)
    if (!/^<\/a>/.test(m[0])) found.push(`after inline element: …${show(m.index! + m[0].length)}…`);
  }
  // "data:CC BY", "code:MIT": a lower-case word, a colon, then a capital (a link may open in between).
  for (const m of text.matchAll(/\p{Ll}:(?:<a\s[^>]*>)?(?=\p{Lu})/gu)) found.push(`no space after colon: …${show(m.index! + 2)}…`);
  for (const m of text.matchAll(/\),(?=\d{3}[–-]\d)/g)) found.push(`no space after comma before a page range: …${show(m.index! + 1)}…`);
  return found;
}

describe('glued words around links', () => {
  it('no letter or digit touches a link where a space was meant, in any page of dist/', async () => {
    const failures: string[] = [];
    for (const file of await htmlFiles()) {
      const html = await readFile(path.join(dist(), file), 'utf8');
      for (const f of gluedAt(html)) failures.push(`${file}: ${f}`);
    }
    expect(failures).toEqual([]);
  });
});
