/** The published JSON Schema (draft 2020-12) for /data/statements.json, built from the vocabularies. */
import { BODIES, CASE_IDS, KIND_IDS, ORGS, SOURCE_STATUS, STANCE_IDS } from './vocab';

const str = { type: 'string' } as const;
const nullableStr = { type: ['string', 'null'] } as const;
const isoDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const https = { type: 'string', pattern: '^https://' } as const;

export function statementsJsonSchema(schemaUrl: string) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaUrl,
    title: 'NATO and CSTO statements on three secessionist conflicts',
    description: 'An array of statement records; each field is documented in docs/content-model.md.',
    type: 'array',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'date', 'org', 'body', 'kind', 'cases', 'title', 'titleEn', 'documentNumber', 'language', 'url', 'archivedUrl', 'sourceStatus', 'stance', 'quote', 'verified', 'summary', 'path', 'codingNote', 'firstPublished', 'lastChanged'],
      properties: {
        id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', description: 'Stable identifier; also the page slug.' },
        date: { ...isoDate, description: 'Date of issue (ISO 8601).' },
        org: { enum: [...ORGS], description: 'Issuing organisation.' },
        body: { enum: [...BODIES], description: 'Issuing body.' },
        kind: { enum: [...KIND_IDS], description: 'Kind of text; non-response for documented silences.' },
        cases: { type: 'array', minItems: 1, items: { enum: [...CASE_IDS] }, description: 'Conflicts concerned.' },
        title: { ...str, description: 'Title in the original language.' },
        titleEn: { ...str, description: 'English title.' },
        documentNumber: { ...nullableStr, description: 'Press-release or document number.' },
        language: { type: 'string', pattern: '^[a-z]{2}$', description: 'ISO 639-1 code of the original.' },
        url: { ...https, description: 'Official page, or the secondary report verified.' },
        archivedUrl: { type: ['string', 'null'], pattern: '^https://', description: 'Archived copy.' },
        sourceStatus: { enum: [...SOURCE_STATUS], description: 'Whether the official page is online.' },
        stance: { type: 'array', minItems: 1, items: { enum: [...STANCE_IDS] }, description: 'Stance tags.' },
        quote: { ...nullableStr, description: 'Exact quotation of at most 30 words.' },
        verified: {
          type: 'object',
          additionalProperties: false,
          required: ['against', 'copy', 'checked', 'note'],
          properties: { against: { enum: ['official', 'secondary'], description: 'official: checked against the organisation’s own page; secondary: against a report or mirror (see note).' }, copy: str, checked: isoDate, note: str },
          description: 'Which stored copy was checked, and when.',
        },
        summary: { ...str, description: 'Summary in the companion’s words (plain text).' },
        path: { type: 'string', pattern: '^/statements/', description: 'Site path of the record page (without deploy base).' },
        codingNote: { ...nullableStr, description: 'How a disagreement between the two independent codings was resolved (one line); null when they agreed or none was recorded.' },
        firstPublished: { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'When the record was first published: date of the first commit of its file (null without full git history).' },
        lastChanged: { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'When the record last changed: date of the newest commit of its file (null without git history).' },
      },
    },
  };
}
