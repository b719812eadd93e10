/** Site-wide settings: title, navigation and the article's bibliographic record (from shared/seed). */

export const SITE = {
  title: 'NATO vs. the CSTO — a research companion',
  shortTitle: 'NATO vs. the CSTO',
  description:
    'An independent companion to Guliyev & Gawrich (2021) on how NATO and the CSTO responded to the conflicts over Nagorno-Karabakh, Georgia (2008) and Ukraine (2014): cases, statements, maps and search.',
  lang: 'en',
  contributors: 'NATO vs. the CSTO companion contributors', // corporate author of the site and dataset
  repository: 'https://github.com/',
  licence: {
    code: { name: 'MIT', url: 'https://opensource.org/license/mit' },
    content: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  },
} as const;

export interface NavItem {
  href: string; // root-relative; the base is added when rendering
  label: string;
}

export const NAV: NavItem[] = [
  { href: '/', label: 'Home' },
  { href: '/article/', label: 'Article' },
  { href: '/cases/', label: 'Cases' },
  { href: '/compare/', label: 'Compare' },
  { href: '/maps/', label: 'Maps' },
  { href: '/statements/', label: 'Statements' },
  { href: '/notes/', label: 'Notes & glossary' },
  { href: '/timeline/', label: 'Timeline' },
  { href: '/search/', label: 'Search' },
  { href: '/teach/', label: 'Teach' },
  { href: '/about/', label: 'About' },
];

/** The article this site accompanies (checked against the publisher's record; see shared/seed). */
export const ARTICLE = {
  authors: [
    { given: 'Farid', family: 'Guliyev' },
    { given: 'Andrea', family: 'Gawrich' },
  ],
  affiliation: 'Justus Liebig University Giessen',
  title: 'NATO vs. the CSTO: security threat perceptions and responses to secessionist conflicts in Eurasia',
  journal: 'Post-Communist Economies',
  publisher: 'Taylor & Francis',
  issn: '1463-1377',
  eissn: '1465-3958',
  volume: '33',
  issue: '2-3',
  firstPage: '283',
  lastPage: '304',
  year: 2021,
  received: '2020-07-07',
  accepted: '2020-07-09',
  publishedOnline: '2020-10-07',
  doi: '10.1080/14631377.2020.1800316',
  keywords: [
    'comparative security governance',
    'CSTO',
    'Eurasia',
    'NATO',
    'peace and conflict studies',
    'regional organisations',
  ],
  funding: 'LOEWE Research Cluster "Regions of Conflict in Eastern Europe", JLU Giessen',
} as const;

export const DOI_URL = `https://doi.org/${ARTICLE.doi}`;

/**
 * The one review date of every case's "Status today" line (ISO). Shown in each case's at-a-glance box and in the
 * handouts as "Status as of …". Change it only after re-checking all three statusToday lines against sources.
 */
export const STATUS_AS_OF = '2026-11-30';

/**
 * The abstract's points, numbered and paraphrased in our words (never the abstract's sentences). They are the
 * only places, with the four endnotes, that a sentence crediting the article may rest on: such a sentence is
 * wrapped in <ArticleRef to="abstract-N"> (or "endnote-N"), which links to /article/#abstract-N.
 */
export const ABSTRACT_POINTS = [
  {
    id: 'abstract-1',
    label: 'The gap',
    text: 'Research on international organisations in regional security governance has paid relatively little attention to how they responded to the secessionist conflicts in Nagorno-Karabakh, in Abkhazia and South Ossetia (Georgia), and in Crimea and eastern Ukraine.',
  },
  {
    id: 'abstract-2',
    label: 'The question',
    text: "The article examines how NATO's responses to these three conflicts differed from the CSTO's.",
  },
  {
    id: 'abstract-3',
    label: 'An uneven NATO',
    text: 'NATO neglected the Nagorno-Karabakh conflict, in sharp contrast with its active responses when war broke out in Georgia in 2008 and in Crimea and eastern Ukraine in 2014.',
  },
  {
    id: 'abstract-4',
    label: 'An absent CSTO',
    text: 'The CSTO, by contrast, stayed largely disengaged from all three conflicts.',
  },
  {
    id: 'abstract-5',
    label: 'Three explanations',
    text: "The variation is explained chiefly by three factors: the level of regional security institutionalisation, the two organisations' geostrategic threat perceptions, and their perception of each other — their inter-organisational (non)relationship.",
  },
] as const;

export type AbstractRef = (typeof ABSTRACT_POINTS)[number]['id'];
export type EndnoteRef = 'endnote-1' | 'endnote-2' | 'endnote-3' | 'endnote-4';
export type ArticleRefId = AbstractRef | EndnoteRef;

/** A short visible label for a reference: "abstract 3", "note 4". */
export function articleRefLabel(ref: ArticleRefId): string {
  const [kind, n] = ref.split('-');
  return kind === 'abstract' ? `abstract ${n}` : `note ${n}`;
}
