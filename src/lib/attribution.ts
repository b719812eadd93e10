/**
 * Attribution by construction: a sentence that credits the article (or its authors) with a claim must sit inside
 * an element carrying data-article-ref="abstract-N" / "endnote-N" (the ArticleRef component), so that every such
 * claim links to the abstract point or endnote it rests on.
 *
 * Pure functions over built HTML, with no imports, so that scripts/postbuild can load this file directly (Node
 * strips the types) and the unit test beside it can exercise it. The scanner is deliberately small: it reads the
 * <main> element, skips headings, navigation, scripts, styles and SVG, splits block text into sentences and keeps,
 * for every character, the reference (if any) of the innermost data-article-ref element around it.
 */

/** The anchors a data-article-ref may point to: the numbered abstract points and the four endnotes on /article/. */
export const ARTICLE_REF_IDS = [
  'abstract-1',
  'abstract-2',
  'abstract-3',
  'abstract-4',
  'abstract-5',
  'endnote-1',
  'endnote-2',
  'endnote-3',
  'endnote-4',
] as const;

const VERBS_3SG = [
  'argues', 'finds', 'shows', 'explains', 'asks', 'notes', 'classes', 'classifies', 'reports', 'concludes',
  'demonstrates', 'suggests', 'compares', 'examines', 'explores', 'contends', 'claims', 'identifies', 'observes',
  'describes', 'says', 'states', 'lists', 'names', 'attributes', 'contrasts', 'takes', 'studies', 'treats',
  'emphasises', 'emphasizes', 'stresses', 'highlights', 'calls', 'counts', 'holds', 'sees', 'traces', 'focuses',
  'distinguishes', 'analyses', 'analyzes', 'investigates', 'maintains', 'posits', 'proposes', 'shows',
];
/** Words that, right after "the authors" or the authors' names, show a bibliographic or incidental mention. */
const NOT_A_VERB = [
  'and', 'or', 'nor', 'but', 'of', 'with', 'for', 'to', 'in', 'at', 'on', 'by', 'as', 'from', 'or', 'than', 'about',
  'under', 'via', 'who', 'whose', 'et', 'is', 'are', 'was', 'were',
];
const ADVERB = String.raw`(?:(?:also|further|then|therefore|thus|instead|however|itself|themselves|rightly|\w+ly),?\s+)?`;
const alt = (words: string[]): string => `(?:${[...new Set(words)].join('|')})`;

/**
 * Phrases that credit the article or its authors with a claim. Each names its subject and a reporting verb, so that
 * bibliographic and navigational mentions ("Cite the article", "read the article at the publisher", "not affiliated
 * with the authors") do not match.
 */
export const CREDITING_PATTERNS: RegExp[] = [
  // the article argues / this article also finds / the article's abstract reports / the article's note 4 says
  new RegExp(String.raw`\b(?:the|this) article(?:['’]s (?:abstract|note \d|(?:first|second|third|fourth) note|endnote \d|authors))? ${ADVERB}${alt(VERBS_3SG)}\b`, 'i'),
  // "the authors …" / "Guliyev and Gawrich (2021) …" followed by any word but a connective or preposition
  // (so "not affiliated with the authors or the publisher" and "Guliyev & Gawrich (2021), NATO vs. …" pass)
  new RegExp(String.raw`\b(?:the|its|the article['’]s) authors (?!${alt(NOT_A_VERB)}\b)[a-z]+\b`, 'i'),
  new RegExp(String.raw`\bGuliyev (?:and|&) Gawrich(?: \(2021\)| 2021)? (?!${alt(NOT_A_VERB)}\b)[a-z]+\b`, 'i'),
  new RegExp(String.raw`\b(?:the|its|this) abstract(?:['’]s (?:finding|findings|claim|argument|point|points))? ${ADVERB}${alt(VERBS_3SG)}\b`, 'i'),
  /\baccording to (?:the article|the abstract|its abstract|the authors|its authors|Guliyev)\b/i,
  /\bin the (?:article|authors)['’]s? (?:own )?(?:terms|words|view|account|reading|framing|classification)\b/i,
  /\bas (?:summarised|summarized|stated|put|argued|reported) in (?:the|its) (?:article|abstract)\b/i,
  /\b(?:the|its) article['’]s (?:argument|answer|finding|findings|conclusion|conclusions|claim|thesis|explanation) (?:is|are|was|were)\b/i,
];

/** Every crediting pattern names one of these words (attribution.test.ts checks it), so a page without any of
 * them in its text cannot hold a crediting sentence. */
export const CREDITING_KEYWORDS = /article|author|abstract|guliyev/i;

/** The part of a page the prose check reads: <main>, or the whole document when there is none. */
function mainOf(html: string): string {
  const mainStart = html.search(/<main[\s>]/i);
  const mainEnd = html.search(/<\/main>/i);
  return mainStart >= 0 ? html.slice(mainStart, mainEnd > mainStart ? mainEnd : undefined) : html;
}

/** True when the text contains a phrase crediting the article; returns the first match (for the message). */
export function creditingPhrase(sentence: string): { index: number; text: string } | null {
  let best: { index: number; text: string } | null = null;
  for (const p of CREDITING_PATTERNS) {
    const m = p.exec(sentence);
    if (m && (best === null || m.index < best.index)) best = { index: m.index, text: m[0] };
  }
  return best;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose text is not prose to be checked: headings, navigation, code and non-text content. */
const SKIP = new Set(['script', 'style', 'svg', 'template', 'noscript', 'nav', 'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'cite', 'sup', 'button', 'select', 'textarea', 'title']);
/** Elements that end a run of text: a sentence never runs across them. */
const BLOCK = new Set([
  'p', 'li', 'dd', 'dt', 'td', 'th', 'caption', 'figcaption', 'blockquote', 'div', 'section', 'article', 'aside',
  'ul', 'ol', 'dl', 'table', 'tr', 'thead', 'tbody', 'figure', 'main', 'details', 'summary', 'br', 'hr', 'form',
  'fieldset', 'legend', 'label',
]);

export interface Sentence {
  text: string;
  /** The data-article-ref value around the crediting phrase (null: none). */
  refs: (string | null)[];
}

interface Frame {
  tag: string;
  ref: string | null;
  skip: boolean;
}

function decode(s: string): string {
  if (!s.includes('&')) return s; // most runs of text have no character references
  return s
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(parseInt(d, 10)));
}

/**
 * The prose runs of an HTML page: the text of <main> (the whole document when there is none), cut at block
 * boundaries, each character paired with the article reference around it.
 */
export function proseRuns(html: string, withRefs = true): { text: string; refs: (string | null)[] }[] {
  const src = mainOf(html);
  const runs: { text: string; refs: (string | null)[] }[] = [];
  let text = '';
  let refs: (string | null)[] = [];
  const flush = (): void => {
    if (text.trim()) runs.push({ text, refs });
    text = '';
    refs = [];
  };
  const stack: Frame[] = [];
  const top = (): Frame | undefined => stack[stack.length - 1];
  const tagRe = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  const addText = (raw: string): void => {
    const t = top();
    if (t?.skip) return;
    const value = decode(raw).replace(/\s+/g, ' ');
    const ref = t?.ref ?? null;
    text += value;
    if (withRefs) for (let i = 0; i < value.length; i++) refs.push(ref);
  };
  while ((m = tagRe.exec(src))) {
    addText(src.slice(last, m.index));
    last = tagRe.lastIndex;
    if (m[0].startsWith('<!--')) continue;
    const closing = m[1] === '/';
    const tag = m[2]!.toLowerCase();
    const attrs = m[3] ?? '';
    if (BLOCK.has(tag)) flush();
    if (closing) {
      // pop to the matching element (tolerates unclosed <p>/<li>, which HTML allows)
      for (let i = stack.length - 1; i >= 0; i--) {
        if (stack[i]!.tag === tag) {
          stack.length = i;
          break;
        }
      }
      continue;
    }
    if (VOID.has(tag) || attrs.trimEnd().endsWith('/')) continue;
    const refMatch = /\sdata-article-ref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
    const parent = top();
    stack.push({
      tag,
      ref: refMatch ? (refMatch[1] ?? refMatch[2] ?? refMatch[3] ?? '') : (parent?.ref ?? null),
      skip: (parent?.skip ?? false) || SKIP.has(tag) || /\sdata-attribution-ignore\b/i.test(attrs),
    });
  }
  addText(src.slice(last));
  flush();
  return runs;
}

/**
 * A quick test that a page may hold a crediting sentence: one of its prose runs (read as the full check reads
 * them, without the per-character references) contains a keyword. A page it rules out has no crediting sentence;
 * most pages are ruled out, which spares the per-character scan.
 */
export function mayCredit(html: string): boolean {
  return proseRuns(html, false).some((run) => CREDITING_KEYWORDS.test(run.text));
}

/** Split a run into sentences at ., ! or ? followed by a space and a capital, digit or opening quote. */
export function splitSentences(run: { text: string; refs: (string | null)[] }): Sentence[] {
  const out: Sentence[] = [];
  const re = /[.!?](?:["'”’)\]]*)\s+(?=[A-Z0-9“"'‘(\[])/g;
  let start = 0;
  let m: RegExpExecArray | null;
  const push = (end: number): void => {
    const raw = run.text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ text: trimmed, refs: run.refs.slice(start + lead, start + lead + trimmed.length) });
  };
  while ((m = re.exec(run.text))) {
    const before = run.text.slice(Math.max(0, m.index - 4), m.index + 1);
    // abbreviations that do not end a sentence
    if (/\b(?:e\.g|i\.e|cf|vs|no|nos|p|pp|St|Dr|Mr|Mrs|Ms|art|Art|ed|eds|vol|al)\.$/.test(before)) continue;
    push(m.index + m[0].trimEnd().length);
    start = m.index + m[0].length;
  }
  push(run.text.length);
  return out;
}

export interface AttributionProblem {
  kind: 'unreferenced' | 'unknown-ref';
  sentence: string;
  phrase?: string;
  ref?: string;
}

/**
 * Check one page: every crediting phrase must lie inside a data-article-ref element, and every data-article-ref
 * must name a known anchor.
 */
export function checkAttribution(html: string, known: readonly string[] = ARTICLE_REF_IDS): AttributionProblem[] {
  const problems: AttributionProblem[] = [];
  const refRe = /\sdata-article-ref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
  let r: RegExpExecArray | null;
  const seen = new Set<string>();
  while ((r = refRe.exec(html))) {
    const value = r[1] ?? r[2] ?? r[3] ?? '';
    if (!known.includes(value) && !seen.has(value)) {
      seen.add(value);
      const context = html.slice(r.index, html.indexOf('</', r.index) + 1).replace(/<[^>]*>/g, '').trim();
      problems.push({ kind: 'unknown-ref', ref: value, sentence: decode(context).slice(0, 200) });
    }
  }
  if (!mayCredit(html)) return problems;
  for (const run of proseRuns(html)) {
    for (const s of splitSentences(run)) {
      const hit = creditingPhrase(s.text);
      if (!hit) continue;
      const covered = s.refs.slice(hit.index, hit.index + hit.text.length).every((x) => x !== null);
      if (!covered) problems.push({ kind: 'unreferenced', sentence: s.text, phrase: hit.text });
    }
  }
  return problems;
}

/** The source file that most likely produced a built page (for messages), given the page's path under dist/. */
export function sourceCandidates(pagePath: string): string[] {
  const p = pagePath.replace(/\\/g, '/').replace(/^\/+/, '').replace(/index\.html$/, '').replace(/\/$/, '');
  const parts = p.split('/').filter(Boolean);
  const out: string[] = [];
  if (parts[0] === 'cases' && parts[1]) out.push(`content/cases/${parts[1]}.mdx`, 'src/pages/cases/[id].astro');
  if (parts[0] === 'notes' && parts[1]) out.push(`content/notes/${parts[1]}.mdx`, 'src/pages/notes/[id].astro');
  if (parts[0] === 'statements' && parts[1]) out.push(`content/statements/${parts[1]}.md`, 'src/pages/statements/[id].astro');
  const route = parts.length ? parts.join('/') : 'index';
  out.push(`src/pages/${route}.astro`, `src/pages/${route}/index.astro`);
  return out;
}

/**
 * Source files whose unreferenced crediting sentences are reported as warnings instead of failing the build,
 * because another change owns their prose (the case pages are being marked up separately). A sentence counts as
 * pending when its text is found in one of these files, wherever it is rendered (case page, handout, /teach/).
 * Empty this list once those changes have landed; the check then holds for every page.
 */
export const ATTRIBUTION_PENDING: readonly string[] = [];

/** Markdown/MDX source reduced to plain text (links to their text, emphasis and footnote markers dropped). */
export function plainSource(source: string): string {
  return source
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`]/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ');
}

/** True when the crediting part of a sentence is written in the given (plain) source text. */
export function sentenceFromSource(problem: AttributionProblem, plain: string): boolean {
  if (!problem.phrase) return false;
  const s = problem.sentence.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
  const at = s.indexOf(problem.phrase);
  const window = s.slice(Math.max(0, at), at + 50).trim();
  return window.length > 0 && plain.includes(window);
}
