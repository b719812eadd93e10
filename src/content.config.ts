/**
 * Every collection and its schema. A bad entry fails the build; Astro names the file, Zod names the field.
 * Cross-collection checks that Zod cannot see (id = file name, duplicates, unknown ids) live in src/data/.
 */
import { defineCollection, reference } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { toIsoDate } from './lib/dates';
import {
  BODIES, EVENT_KINDS, KIND_IDS, MEMBERSHIP_STATUSES, NOTE_TYPE_IDS, ORGS,
  RESPONSE_LEVEL_IDS, SOURCE_KINDS, SOURCE_STATUS, STANCE_IDS, bodyOrg,
} from './lib/vocab';

/** An ISO calendar date (YYYY-MM-DD), whether YAML parsed it as a date or a string. */
const isoDate = z.unknown().transform((value, ctx) => {
  const iso = toIsoDate(value);
  if (iso === null) {
    ctx.addIssue({ code: 'custom', message: `expected an ISO date YYYY-MM-DD, got ${JSON.stringify(value)}` });
    return z.NEVER;
  }
  return iso;
});

/** An https address. */
const httpsUrl = z.url({ protocol: /^https$/, error: 'expected an https:// URL' });

/** A lower-case slug id. */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case slug (a-z, 0-9, hyphens)');

/** What stored copy a record was checked against, and when. */
const verification = z.strictObject({
  against: z.enum(['official', 'secondary']), // the organisation's own page, or a secondary report/mirror
  copy: httpsUrl.or(z.url()), // the address of the stored copy that was read
  checked: isoDate, // when it was checked
  note: z.string().min(10), // what matched (date, title, number, quote)
});

const quote = z
  .string()
  .refine((q) => q.trim().split(/\s+/).length <= 30, { message: 'quote must be at most 30 words' });

const cases = defineCollection({
  loader: glob({ base: './content/cases', pattern: '*.mdx' }),
  schema: z.strictObject({
    title: z.string(), // full title shown as the page h1
    shortTitle: z.string(), // short name for cards, tables and the map
    order: z.number().int(), // position in lists
    summary: z.string().max(300), // one or two sentences for cards and meta description
    parties: z.array(z.string()).min(2), // parties to the conflict, neutral names
    period: z.string(), // the period this case page covers, written out ("August 2008"); shown as "Period covered on this page"
    start: isoDate, // when the case's crisis began (the anchor for key dates; not a claim about the article's scope)
    territory: z.string(), // the territory in dispute
    statusToday: z.string(), // status as of STATUS_AS_OF (src/site.ts), shown beside it
    natoResponse: z.string(), // NATO's response in one line
    cstoResponse: z.string(), // the CSTO's response in one line
    natoLevel: z.enum(RESPONSE_LEVEL_IDS), // response level on the /compare/ scale
    cstoLevel: z.enum(RESPONSE_LEVEL_IDS), // response level on the /compare/ scale
    sources: z.array(slug).default([]), // statement or source ids the page's at-a-glance box relies on
    natoEvidence: z.array(slug).min(1), // statement ids that justify natoLevel on /compare/
    cstoEvidence: z.array(slug).min(1), // statement ids that justify cstoLevel on /compare/
    factors: z.strictObject({
      institutionalisation: z.string().max(320), // regional security institutionalisation in this case, one or two sentences
      threat: z.string().max(320), // geostrategic threat perception in this case
      relationship: z.string().max(320), // the NATO–CSTO (non)relationship in this case
    }),
  }),
});

const statements = defineCollection({
  loader: glob({ base: './content/statements', pattern: '*.md' }),
  schema: z
    .strictObject({
      id: slug, // must equal the file name
      date: isoDate, // date of issue
      org: z.enum(ORGS), // issuing organisation
      body: z.enum(BODIES), // issuing body (controlled list in src/lib/vocab.ts)
      kind: z.enum(KIND_IDS), // kind of text; non-response for documented silences
      cases: z.array(reference('cases')).min(1), // the conflicts it concerns
      title: z.string().min(3), // title in the original language
      titleEn: z.string().min(3), // English title (same as title for English texts)
      documentNumber: z.string().optional(), // press-release or document number when there is one
      language: z.string().regex(/^[a-z]{2}$/, 'expected an ISO 639-1 code such as en or ru'), // original language
      url: httpsUrl, // the official page (or, for secondary-only records, the report verified)
      archivedUrl: httpsUrl.optional(), // an archived copy, where one is known
      sourceStatus: z.enum(SOURCE_STATUS), // whether the official page is still online
      stance: z.array(z.enum(STANCE_IDS)).min(1), // stance tags (see docs/content-model.md)
      quote: quote.optional(), // an exact quotation of at most 30 words
      verified: verification, // what stored copy was checked, and when
      codingNote: z.string().min(10).refine((t) => !/\n/.test(t.trim()), { message: 'codingNote must be one line' }).optional(), // how a disagreement between the two codings was resolved (one line)
    })
    .superRefine((s, ctx) => {
      if (bodyOrg(s.body) !== s.org) {
        ctx.addIssue({ code: 'custom', path: ['body'], message: `body "${s.body}" does not belong to org "${s.org}"` });
      }
    }),
});

const notes = defineCollection({
  loader: glob({ base: './content/notes', pattern: '*.mdx' }),
  schema: z.strictObject({
    title: z.string(), // the term or the note's title
    type: z.enum(NOTE_TYPE_IDS), // endnote | glossary | research
    summary: z.string().max(240), // one sentence for lists and search results
    termRu: z.string().optional(), // the Russian name where one exists
    aliases: z.array(z.string()).default([]), // abbreviations and spellings a reader may type
    cases: z.array(reference('cases')).default([]), // cases it bears on
    sources: z.array(slug).default([]), // statement or source ids it cites
    related: z.array(slug).default([]), // other note ids
    order: z.number().int().optional(), // position among endnotes
  }),
});

const events = defineCollection({
  loader: glob({ base: './content/events', pattern: '*.yaml' }),
  schema: z.strictObject({
    id: slug, // must equal the file name
    date: isoDate, // when it happened (or began)
    endDate: isoDate.optional(), // when it ended, for spans
    title: z.string(), // what happened, one line
    kind: z.enum(EVENT_KINDS), // event type for the timeline legend
    cases: z.array(reference('cases')).default([]), // cases it belongs to
    sources: z.array(slug).min(1), // statement or source ids that document it
  }),
});

const sources = defineCollection({
  loader: glob({ base: './content/sources', pattern: '*.yaml' }),
  schema: z.strictObject({
    id: slug, // must equal the file name
    title: z.string(), // title in the original language
    titleEn: z.string().optional(), // English title when the original is not English
    author: z.string().optional(), // person(s) or institution
    publisher: z.string().optional(), // publisher, site or journal
    date: isoDate.or(z.number().int()).optional(), // ISO date, or a year
    url: httpsUrl, // where to read it
    archivedUrl: httpsUrl.optional(), // an archived copy
    kind: z.enum(SOURCE_KINDS), // official | scholarship | news | reference
    verified: verification.optional(), // what stored copy was checked
    unverified: z.boolean().optional(), // true when no stored copy could be found
    note: z.string().optional(), // why it is unverified, or other context
  }).refine((s) => Boolean(s.verified) !== Boolean(s.unverified), {
    message: 'a source needs exactly one of `verified` or `unverified: true`',
    path: ['verified'],
  }),
});

/** Membership histories: one entry per country and organisation. */
const membership = defineCollection({
  loader: file('./content/data/membership.yaml', {
    parser: (text) => parseMembership(text),
  }),
  schema: z.strictObject({
    id: z.string(), // org-country, added by the parser
    country: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code'), // country code
    name: z.string(), // English short name
    org: z.enum(ORGS), // nato | csto
    changes: z
      .array(
        z.strictObject({
          date: isoDate, // when the change took effect
          status: z.enum(MEMBERSHIP_STATUSES), // member | withdrawn | suspended | frozen
          source: httpsUrl, // evidence for the date
          note: z.string().optional(), // context
        }),
      )
      .min(1),
  }),
});

/** The YAML file is a list; give each row a stable id (org-country). */
function parseMembership(text: string): Record<string, unknown>[] {
  const rows = parseYaml(text) as Array<Record<string, unknown>>;
  return rows.map((row) => ({ id: `${String(row.org)}-${String(row.country)}`, ...row }));
}

export const collections = { cases, statements, notes, events, sources, membership };
