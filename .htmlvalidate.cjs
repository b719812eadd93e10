/**
 * html-validate configuration for the built site (every dist/**.html; see tests/e2e/html-validate.test.ts).
 * CommonJS (.cjs) rather than .htmlvalidate.json so that each departure from the preset can carry its reason.
 *
 * Base: html-validate:recommended, unchanged except for the five rules below. Nothing else is switched off:
 * Astro's CSP <meta http-equiv="content-security-policy">, inline SVG (maps, timeline, legends) and the
 * Pagefind <meta> tags all validate under the preset.
 */
module.exports = {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // Off: a length heuristic for search-result snippets, not an HTML conformance rule. A statement page's
    // <title> is the official document's own name (e.g. a summit declaration's full title) followed by the
    // site name; shortening it would misname the source that researchers cite. Titles stay required and
    // non-empty (`empty-title` remains on; tests/e2e/pages.test.ts also checks them).
    'long-title': 'off',

    // Relaxed, not off: HTML allows any id without whitespace; the strict mode additionally demands a leading
    // letter (for CSS selectors). Heading ids in notes come from their text via github-slugger, and headings
    // that start with a year ("2008: the forum on hold") give ids like "2008-the-forum-on-hold". Those
    // anchors are public URLs that instructors cite and must keep working, and no script selects these
    // heading ids with a CSS selector, so the ids stay as they are. Relaxed mode still rejects empty ids and
    // ids containing whitespace.
    'valid-id': ['error', { relaxed: true }],

    // Off: a style rule for hand-written source, and we validate generated output. Inside <pre> trailing
    // spaces are content: the RIS citation a page offers to copy ends every record with "ER  - " (the format
    // requires the space after the dash). Outside <pre>, Astro's compressed output has almost no line breaks.
    'no-trailing-whitespace': 'off',

    // Off: case is insignificant in <!DOCTYPE html>. Astro writes it in upper case on our pages but in lower
    // case on the redirect pages it generates itself (e.g. /glossary/ → /notes/#glossary), which we cannot
    // template. Every other rule still runs on those redirect pages.
    'doctype-style': 'off',

    // Relaxed, not off: a group of checkboxes sharing one name is how HTML submits several values for one
    // field: the search page's facets (rendered at build time) and the syllabus pack's plain GET form
    // (/teach/pack/) produce ?case=a&case=b this way. Duplicate names on any other control are still errors.
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
  },
};
