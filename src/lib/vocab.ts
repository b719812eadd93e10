/**
 * Controlled vocabularies shared by the content schemas, the pages and the downloads.
 * One list per concept; labels are what readers see.
 */

export const CASE_IDS = ['nagorno-karabakh', 'georgia-2008', 'ukraine-2014'] as const;
export type CaseId = (typeof CASE_IDS)[number];

export const ORGS = ['nato', 'csto'] as const;
export type Org = (typeof ORGS)[number];

export const ORG_LABELS: Record<Org, string> = { nato: 'NATO', csto: 'CSTO' };

/** Full names, for citations. */
export const ORG_NAMES: Record<Org, string> = { nato: 'North Atlantic Treaty Organization', csto: 'Collective Security Treaty Organization' };

export const NATO_BODIES = {
  'north-atlantic-council': 'North Atlantic Council',
  summit: 'Heads of State and Government (summit)',
  'foreign-ministers': 'North Atlantic Council (foreign ministers)',
  'defence-ministers': 'North Atlantic Council (defence ministers)',
  'secretary-general': 'Secretary General',
  'deputy-secretary-general': 'Deputy Secretary General',
  spokesperson: 'NATO Spokesperson',
  'nato-georgia-commission': 'NATO-Georgia Commission',
  'nato-ukraine-commission': 'NATO-Ukraine Commission',
  'nato-ukraine-council': 'NATO-Ukraine Council',
  'nato-russia-council': 'NATO-Russia Council',
  'special-representative': 'Special Representative for the Caucasus and Central Asia',
  'nato-parliamentary-assembly': 'NATO Parliamentary Assembly',
} as const;

export const CSTO_BODIES = {
  'collective-security-council': 'CSTO Collective Security Council',
  'council-of-foreign-ministers': 'CSTO Council of Foreign Ministers',
  'council-of-defence-ministers': 'CSTO Council of Defence Ministers',
  'committee-of-secretaries-of-security-councils': 'CSTO Committee of Secretaries of Security Councils',
  'permanent-council': 'CSTO Permanent Council',
  'csto-secretary-general': 'CSTO Secretary General',
  'csto-secretariat': 'CSTO Secretariat',
  'csto-parliamentary-assembly': 'CSTO Parliamentary Assembly',
  'csto-joint-staff': 'CSTO Joint Staff',
} as const;

export type NatoBody = keyof typeof NATO_BODIES;
export type CstoBody = keyof typeof CSTO_BODIES;
export type Body = NatoBody | CstoBody;

export const BODY_LABELS: Record<Body, string> = { ...NATO_BODIES, ...CSTO_BODIES };
export const BODIES = Object.keys(BODY_LABELS) as [Body, ...Body[]];

/** Which organisation a body belongs to. */
export function bodyOrg(body: Body): Org {
  return body in NATO_BODIES ? 'nato' : 'csto';
}

export const KINDS = {
  declaration: 'Declaration',
  communique: 'Communiqué',
  statement: 'Statement',
  'press-release': 'Press release',
  'press-conference': 'Press conference',
  speech: 'Speech',
  interview: 'Interview',
  decision: 'Decision',
  'non-response': 'Documented non-response',
} as const;
export type Kind = keyof typeof KINDS;
export const KIND_IDS = Object.keys(KINDS) as [Kind, ...Kind[]];

export const STANCES = {
  'supports-territorial-integrity': 'Supports territorial integrity',
  'condemns-use-of-force': 'Condemns use of force',
  'calls-for-restraint': 'Calls for restraint',
  'backs-mediation-format': 'Backs a mediation format',
  'non-recognition': 'Non-recognition',
  'practical-measures': 'Practical measures',
  'suspends-cooperation': 'Suspends cooperation',
  'membership-perspective': 'Membership perspective',
  'humanitarian-concern': 'Humanitarian concern',
  'support-for-russia-position': "Support for Russia's position",
  'declares-non-involvement': 'Declares non-involvement',
  silence: 'Silence',
} as const;
export type Stance = keyof typeof STANCES;
export const STANCE_IDS = Object.keys(STANCES) as [Stance, ...Stance[]];

export const SOURCE_STATUS = ['online', 'removed', 'archived-only'] as const;
export type SourceStatus = (typeof SOURCE_STATUS)[number];

export const NOTE_TYPES = {
  endnote: "The article's endnotes",
  glossary: 'Glossary',
  research: 'Research notes',
} as const;
export type NoteType = keyof typeof NOTE_TYPES;
export const NOTE_TYPE_IDS = Object.keys(NOTE_TYPES) as [NoteType, ...NoteType[]];

export const EVENT_KINDS = [
  'war',
  'ceasefire',
  'referendum',
  'recognition',
  'annexation',
  'agreement',
  'accession',
  'summit',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const SOURCE_KINDS = ['official', 'scholarship', 'news', 'reference'] as const;

export const MEMBERSHIP_STATUSES = ['member', 'withdrawn', 'suspended', 'frozen'] as const;
export type MembershipChangeStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const RESPONSE_LEVELS = {
  active: 'Active',
  declaratory: 'Declaratory',
  minimal: 'Minimal',
  none: 'None',
} as const;
export type ResponseLevel = keyof typeof RESPONSE_LEVELS;
export const RESPONSE_LEVEL_IDS = Object.keys(RESPONSE_LEVELS) as [ResponseLevel, ...ResponseLevel[]];

/** What each response level means on /compare/ (and in the case at-a-glance boxes). */
export const RESPONSE_LEVEL_DEFINITIONS: Record<ResponseLevel, string> = {
  active: 'Concrete measures beyond words: emergency meetings that decide something, new bodies, assistance, sanctions on cooperation, changes to force posture.',
  declaratory: 'Statements that take a position on the conflict (blame, support, non-recognition), without measures.',
  minimal: 'Rare or brief mentions, deferral to another forum, or statements that the organisation is not involved.',
  none: 'No recorded statement or action.',
};

export const FACTORS = {
  institutionalisation: 'Regional security institutionalisation',
  threat: 'Geostrategic threat perception',
  relationship: 'The NATO–CSTO (non)relationship',
} as const;
export type FactorId = keyof typeof FACTORS;
