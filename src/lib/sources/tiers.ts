/**
 * Source tiers, in one place: every citation is an official document, scholarship, major news or agency
 * reporting, or other. content/sources records carry a `kind`; KIND_TIER maps it to a tier. Statement records
 * (/statements/<id>/) are always the official tier: the organisation's own text, even when the record was
 * verified against a report. Also here: the list of mirror hosts that may never be cited.
 *
 * Pure functions only (no file access), shared by the rehype step that badges footnotes, the /about/ counts and
 * their unit test.
 */

export const TIER_IDS = ['official', 'scholarship', 'news', 'other'] as const;
export type TierId = (typeof TIER_IDS)[number];

/** Visible labels (the badge shows the short form; the long form is the badge's title and the /about/ table). */
export const TIERS: Record<TierId, { short: string; long: string }> = {
  official: { short: 'official', long: 'Official document' },
  scholarship: { short: 'scholarship', long: 'Scholarship' },
  news: { short: 'news', long: 'Major news or agency' },
  other: { short: 'other', long: 'Other' },
};

/** content/sources `kind` → tier. */
export const KIND_TIER: Record<'official' | 'scholarship' | 'news' | 'reference', TierId> = {
  official: 'official',
  scholarship: 'scholarship',
  news: 'news',
  reference: 'other',
};

/**
 * Hosts that copy other people's documents (encyclopedias, document-sharing and course-file sites, sales listings).
 * A citation to any of them, or to a subdomain (zh.scribd.com, en.wikipedia.org), fails the build.
 */
export const MIRROR_HOSTS = [
  'wikipedia.org',
  'wikimedia.org',
  'scribd.com',
  'docslib.org',
  'perlego.com',
  'coursehero.com',
  'studocu.com',
  'dokumen.pub',
  'pdfcoffee.com',
  'yumpu.com',
  'issuu.com',
  'slideshare.net',
  'documents.pub',
  'vdocuments.net',
  'fliphtml5.com',
  'epdf.pub',
] as const;

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** The mirror host a URL belongs to, or null. */
export function mirrorHost(url: string): string | null {
  const host = hostOf(url);
  if (!host) return null;
  return MIRROR_HOSTS.find((m) => host === m || host.endsWith(`.${m}`)) ?? null;
}

/** A URL in a form two spellings of the same address share (scheme, www., case of host, trailing slash, fragment). */
export function normaliseUrl(url: string): string {
  try {
    const u = new URL(url);
    let path = u.pathname;
    try {
      path = decodeURI(path);
    } catch {
      /* keep as is */
    }
    path = path.replace(/\/+$/, '');
    return `${u.hostname.toLowerCase().replace(/^www\./, '')}${path}${u.search}`;
  } catch {
    return url.trim();
  }
}

export interface SourceRecordLike {
  id: string;
  url: string;
  archivedUrl?: string | undefined;
  kind: keyof typeof KIND_TIER;
}

export type SourceIndex = Map<string, { id: string; tier: TierId }>;

/** Index content/sources records by normalised url and archivedUrl. */
export function sourceIndex(records: readonly SourceRecordLike[]): SourceIndex {
  const index: SourceIndex = new Map();
  for (const r of records) {
    const value = { id: r.id, tier: KIND_TIER[r.kind] };
    index.set(normaliseUrl(r.url), value);
    if (r.archivedUrl) index.set(normaliseUrl(r.archivedUrl), value);
  }
  return index;
}

export type Citation =
  | { status: 'ok'; tier: TierId; id: string; via: 'statement' | 'source' }
  | { status: 'mirror'; host: string }
  | { status: 'unrecorded' }
  | { status: 'internal' }; // a link to another page of this site that is not a statement record

/**
 * Classify a footnote link. `href` is as written in the content (root-relative) or as rendered (with the base);
 * `base` is the deploy base ("/" or "/companion/").
 */
export function classifyCitation(href: string, index: SourceIndex, base = '/'): Citation {
  if (/^https?:\/\//i.test(href)) {
    const host = mirrorHost(href);
    if (host) return { status: 'mirror', host };
    const hit = index.get(normaliseUrl(href));
    return hit ? { status: 'ok', tier: hit.tier, id: hit.id, via: 'source' } : { status: 'unrecorded' };
  }
  const local = base !== '/' && href.startsWith(base) ? `/${href.slice(base.length)}` : href;
  const m = /^\/statements\/([a-z0-9-]+)\/?(?:#.*)?$/.exec(local);
  if (m) return { status: 'ok', tier: 'official', id: m[1]!, via: 'statement' };
  return { status: 'internal' };
}

/** The link targets of a Markdown document's footnote definitions (`[^x]: … [text](url) …`). */
export function footnoteLinks(markdown: string): string[] {
  const out: string[] = [];
  for (const line of markdown.split('\n')) {
    if (!/^\[\^[^\]]+\]:/.test(line)) continue;
    for (const m of line.matchAll(/\]\(\s*<?((?:[^()\s>]|\([^()\s]*\))+)>?(?:\s+"[^"]*")?\s*\)/g)) out.push(m[1]!);
    for (const m of line.matchAll(/<(https?:\/\/[^>\s]+)>/g)) out.push(m[1]!);
  }
  return out;
}

export type TierCounts = Record<TierId, number>;

export function emptyCounts(): TierCounts {
  return { official: 0, scholarship: 0, news: 0, other: 0 };
}

/** Count the citations of a Markdown document per tier (each footnote link once; internal links are not counted). */
export function citationTiers(markdown: string, index: SourceIndex): TierCounts {
  const counts = emptyCounts();
  for (const href of footnoteLinks(markdown)) {
    const c = classifyCitation(href, index);
    if (c.status === 'ok') counts[c.tier] += 1;
  }
  return counts;
}

/** The problems of a Markdown document's citations: links to mirrors and external links with no source record. */
export function citationProblems(markdown: string, index: SourceIndex): { href: string; problem: string }[] {
  const out: { href: string; problem: string }[] = [];
  for (const href of footnoteLinks(markdown)) {
    const c = classifyCitation(href, index);
    if (c.status === 'mirror') out.push({ href, problem: `links to a mirror site (${c.host}); cite the original` });
    else if (c.status === 'unrecorded') out.push({ href, problem: 'links to an external URL with no content/sources record (add one with its kind, or fix the URL)' });
  }
  return out;
}

/**
 * Files whose footnote problems are printed as warnings instead of failing the build, because another change owns
 * them (the case engineers are replacing mirror citations and adding source records). Empty it once they land.
 */
export const CITATION_PENDING: readonly string[] = [];
