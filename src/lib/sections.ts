/**
 * Reading sections of authored Markdown at build time: the list items under a heading (e.g. a case page's
 * "Discussion questions"), and inline Markdown turned into plain text + link segments for safe rendering.
 */

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const ITEM = /^( {0,3})(?:[-*+]|\d{1,9}[.)])\s+(.*)$/;

const norm = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The body lines of the section headed `heading` (any level, case-insensitive), up to the next heading of the
 * same or a higher level. Headings inside fenced code blocks are ignored. Null when there is no such heading.
 */
export function sectionLines(markdown: string, heading: string): string[] | null {
  const lines = markdown.split(/\r?\n/);
  let fence: string | null = null;
  let level = 0;
  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const f = FENCE.exec(line);
    if (f) {
      if (fence === null) fence = f[1]![0]!;
      else if (f[1]![0] === fence) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const h = HEADING.exec(line);
    if (!h) continue;
    const depth = h[1]!.length;
    if (start >= 0 && depth <= level) return lines.slice(start, i);
    if (start < 0 && norm(h[2]!) === norm(heading)) {
      level = depth;
      start = i + 1;
    }
  }
  return start >= 0 ? lines.slice(start) : null;
}

/**
 * The top-level list items (ordered or bulleted) of the section headed `heading`, as Markdown strings with
 * continuation lines joined by a space. Nested list items are left out. Null when the heading is missing.
 */
export function extractSection(markdown: string, heading: string): string[] | null {
  const lines = sectionLines(markdown, heading);
  if (lines === null) return null;
  const items: string[] = [];
  let open = false; // the last line belonged to an item, so a plain line continues it
  let nested = false; // inside a nested list: its lines are skipped
  let indent: number | undefined; // the marker indent of the first item = top level
  for (const line of lines) {
    if (line.trim() === '') {
      open = false;
      continue;
    }
    const item = ITEM.exec(line.replace(/\t/g, '    '));
    if (item && (indent === undefined || item[1]!.length <= indent)) {
      indent ??= item[1]!.length;
      items.push(item[2]!.trim());
      open = true;
      nested = false;
      continue;
    }
    const indented = /^\s{2,}/.test(line);
    if (item || (indented && /^\s*(?:[-*+]|\d{1,9}[.)])\s+/.test(line))) {
      nested = true;
      continue;
    }
    if (items.length > 0 && !nested && (open || indented)) {
      items[items.length - 1] = `${items.at(-1)!} ${line.trim()}`;
      open = true;
    }
  }
  return items;
}

export type InlineSegment = { text: string; href?: string };

/**
 * Inline Markdown → segments of plain text and links: `[text](url)` becomes a link segment; footnote
 * references (`[^id]`), emphasis and code markers are dropped; adjacent text is merged. Nothing here is HTML,
 * so the result can be rendered as text without escaping worries.
 */
export function inlineSegments(markdown: string): InlineSegment[] {
  const plain = (s: string) =>
    s
      .replace(/\[\^[^\]]+\]/g, '')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2')
      .replace(/`([^`]+)`/g, '$1')
      .replace(/\\([\\`*_[\]()#+\-.!])/g, '$1');
  const out: InlineSegment[] = [];
  const push = (seg: InlineSegment) => {
    const last = out.at(-1);
    if (!seg.href && last && !last.href) last.text += seg.text;
    else if (seg.text !== '') out.push(seg);
  };
  const link = /\[([^\]^][^\]]*)\]\(\s*([^)\s]+)(?:\s+"[^"]*")?\s*\)/g;
  let at = 0;
  for (const m of markdown.matchAll(link)) {
    push({ text: plain(markdown.slice(at, m.index)) });
    push({ text: plain(m[1]!), href: m[2]! });
    at = m.index + m[0].length;
  }
  push({ text: plain(markdown.slice(at)) });
  const last = out.at(-1);
  if (last && !last.href) last.text = last.text.replace(/\s+$/, '');
  return out.filter((s) => s.text !== '');
}

/** Plain text of inline Markdown (links reduced to their text). */
export function inlineText(markdown: string): string {
  return inlineSegments(markdown).map((s) => s.text).join('');
}

/** A part of an inline Markdown string: plain Markdown, or the inside of an <ArticleRef to="…"> wrapper. */
export interface ArticleRefPart {
  markdown: string;
  ref?: string; // "abstract-3", "endnote-2"
}

/**
 * Splits inline MDX at <ArticleRef to="…">…</ArticleRef> wrappers, so text lifted out of a case page (its
 * discussion questions) keeps the reference when it is shown elsewhere (handouts, /teach/).
 */
export function articleRefParts(markdown: string): ArticleRefPart[] {
  const out: ArticleRefPart[] = [];
  const tag = /<ArticleRef\s+to="([a-z]+-\d+)"\s*>([\s\S]*?)<\/ArticleRef>/g;
  let at = 0;
  for (const m of markdown.matchAll(tag)) {
    if (m.index > at) out.push({ markdown: markdown.slice(at, m.index) });
    out.push({ markdown: m[2]!, ref: m[1]! });
    at = m.index + m[0].length;
  }
  if (at < markdown.length) out.push({ markdown: markdown.slice(at) });
  return out;
}
