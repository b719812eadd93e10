/** Site-wide settings: title, navigation and the article's bibliographic record (from shared/seed). */

export const SITE = {
  title: 'NATO vs. the CSTO — a research companion',
  shortTitle: 'NATO vs. the CSTO',
  description:
    'An independent companion to Guliyev & Gawrich (2021) on how NATO and the CSTO responded to the conflicts over Nagorno-Karabakh, Georgia (2008) and Ukraine (2014): cases, statements, maps and search.',
  lang: 'en',
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
  { href: '/notes/', label: 'Notes' },
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
