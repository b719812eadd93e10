/**
 * ISO 3166-1 numeric → alpha-3 for the countries the maps draw, with English short names.
 * world-atlas (Natural Earth) ids are zero-padded numeric strings ("051" Armenia); a few features have no id
 * and are matched by name. Dependencies are folded into the state that answers for their defence, and
 * Natural Earth's "N. Cyprus" into Cyprus, so that no map draws a border the site's sources don't assert.
 */

/** The states of the map extent: Europe, the South Caucasus and Central Asia (interactive on /maps/). */
export const EXTENT: Readonly<Record<string, string>> = {
  ALB: 'Albania', AND: 'Andorra', ARM: 'Armenia', AUT: 'Austria', AZE: 'Azerbaijan', BEL: 'Belgium',
  BGR: 'Bulgaria', BIH: 'Bosnia and Herzegovina', BLR: 'Belarus', CHE: 'Switzerland', CYP: 'Cyprus',
  CZE: 'Czechia', DEU: 'Germany', DNK: 'Denmark', ESP: 'Spain', EST: 'Estonia', FIN: 'Finland', FRA: 'France',
  GBR: 'United Kingdom', GEO: 'Georgia', GRC: 'Greece', HRV: 'Croatia', HUN: 'Hungary', IRL: 'Ireland',
  ISL: 'Iceland', ITA: 'Italy', KAZ: 'Kazakhstan', KGZ: 'Kyrgyzstan', LIE: 'Liechtenstein', LTU: 'Lithuania',
  LUX: 'Luxembourg', LVA: 'Latvia', MCO: 'Monaco', MDA: 'Moldova', MKD: 'North Macedonia', MLT: 'Malta',
  MNE: 'Montenegro', NLD: 'Netherlands', NOR: 'Norway', POL: 'Poland', PRT: 'Portugal', ROU: 'Romania',
  RUS: 'Russia', SMR: 'San Marino', SRB: 'Serbia', SVK: 'Slovakia', SVN: 'Slovenia', SWE: 'Sweden',
  TJK: 'Tajikistan', TKM: 'Turkmenistan', TUR: 'Türkiye', UKR: 'Ukraine', UZB: 'Uzbekistan', VAT: 'Vatican City',
  XKX: 'Kosovo',
};

/** Neighbours drawn for context (named on the regional maps, plain land on /maps/). */
export const NEIGHBOURS: Readonly<Record<string, string>> = {
  AFG: 'Afghanistan', CHN: 'China', DZA: 'Algeria', EGY: 'Egypt', GRL: 'Greenland', IND: 'India', IRN: 'Iran',
  IRQ: 'Iraq', ISR: 'Israel', JOR: 'Jordan', KWT: 'Kuwait', LBN: 'Lebanon', LBY: 'Libya', MAR: 'Morocco',
  MNG: 'Mongolia', NPL: 'Nepal', PAK: 'Pakistan', PSE: 'Palestine', SAU: 'Saudi Arabia', SYR: 'Syria',
  TUN: 'Tunisia',
};

/** ISO numeric (as world-atlas spells it) → alpha-3. */
export const NUMERIC_TO_ALPHA3: Readonly<Record<string, string>> = {
  '004': 'AFG', '008': 'ALB', '012': 'DZA', '020': 'AND', '031': 'AZE', '040': 'AUT', '051': 'ARM',
  '056': 'BEL', '070': 'BIH', '100': 'BGR', '112': 'BLR', '156': 'CHN', '191': 'HRV', '196': 'CYP',
  '203': 'CZE', '208': 'DNK', '233': 'EST', '246': 'FIN', '250': 'FRA', '268': 'GEO', '275': 'PSE',
  '276': 'DEU', '300': 'GRC', '304': 'GRL', '336': 'VAT', '348': 'HUN', '352': 'ISL', '356': 'IND',
  '364': 'IRN', '368': 'IRQ', '372': 'IRL', '376': 'ISR', '380': 'ITA', '398': 'KAZ', '400': 'JOR',
  '414': 'KWT', '417': 'KGZ', '422': 'LBN', '428': 'LVA', '434': 'LBY', '438': 'LIE', '440': 'LTU',
  '442': 'LUX', '470': 'MLT', '492': 'MCO', '496': 'MNG', '498': 'MDA', '499': 'MNE', '504': 'MAR',
  '524': 'NPL', '528': 'NLD', '578': 'NOR', '586': 'PAK', '616': 'POL', '620': 'PRT', '642': 'ROU',
  '643': 'RUS', '674': 'SMR', '682': 'SAU', '688': 'SRB', '703': 'SVK', '705': 'SVN', '724': 'ESP',
  '752': 'SWE', '756': 'CHE', '760': 'SYR', '762': 'TJK', '788': 'TUN', '792': 'TUR', '795': 'TKM',
  '804': 'UKR', '807': 'MKD', '818': 'EGY', '826': 'GBR', '860': 'UZB',
  // folded into the state responsible for them
  '234': 'DNK', // Faroe Islands
  '248': 'FIN', // Åland
  '831': 'GBR', // Guernsey
  '832': 'GBR', // Jersey
  '833': 'GBR', // Isle of Man
};

/** Features without an ISO numeric id, by their Natural Earth name. */
const BY_NAME: Readonly<Record<string, string>> = { Kosovo: 'XKX', 'N. Cyprus': 'CYP' };

/** The alpha-3 code for a world-atlas feature, or null when it is outside the maps' scope. */
export function alpha3(id: string | number | undefined, name?: string): string | null {
  if (id !== undefined) {
    const key = typeof id === 'number' ? String(id).padStart(3, '0') : id;
    const code = NUMERIC_TO_ALPHA3[key];
    if (code) return code;
  }
  return (name !== undefined && BY_NAME[name]) || null;
}

/** English short name for a code the maps know. */
export function countryName(code: string): string {
  const name = EXTENT[code] ?? NEIGHBOURS[code];
  if (!name) throw new Error(`countryName: unknown country code ${code}`);
  return name;
}
