/**
 * The registry of visuals that can be embedded (/embed/…) and downloaded (/visuals/<id>.svg and .png).
 * Adding a visual: one entry below (id, title, full page, source line, iframe size, and `svg` for the download)
 * and one small route under src/pages/embed/ that renders the visual inside EmbedLayout. The download routes
 * (src/pages/visuals/) and the "Embed · Download" block (src/components/EmbedShare.astro) pick the entry up.
 */
import { library } from '@/data';
import { alignmentGroups, alignmentMap, explorerView, membership, regionalMap } from '@/data/geo';
import { timelineLayout } from '@/data/timeline';
import { perYearChart, responseMatrix } from '@/data/compare';
import { formatDate } from '@/lib/dates';
import { labelAt } from '@/lib/geo/render';
import { MAP_STATUSES, statusLabel } from '@/lib/membership';
import { frameSvg, GROUP_FILL, mapBody, mapDefs, matrixBody, PALETTE, perYearBody, STATUS_FILL, timelineBody, type LegendEntry } from '@/lib/visual-svg';

export interface Visual {
  id: string; // file name of the downloads: /visuals/<id>.svg, /visuals/<id>.png
  title: string;
  page: string; // the full page showing the visual (root-relative, with its anchor)
  embed: string; // the embed route (root-relative)
  source: string; // one line: where the data and outlines come from
  width: number; // suggested iframe size, px
  height: number;
  svg: () => Promise<string>; // the stand-alone SVG file
}

const MAP_SOURCE = 'Membership: companion dataset, each change sourced (/maps/#changes). Country outlines: Natural Earth 1:50m via world-atlas (public domain), Crimea shown as part of Ukraine; conflict-zone outlines schematic. Boundaries approximate; no endorsement implied.';

async function membershipVisual(): Promise<Visual> {
  const view = await explorerView();
  const title = `NATO and CSTO membership on ${formatDate(view.date)}`;
  return {
    id: 'membership-map',
    title: `NATO and CSTO membership, ${view.first}–${view.year}`,
    page: '/maps/#membership',
    embed: '/embed/membership-map/',
    source: MAP_SOURCE,
    width: 800,
    height: 640,
    svg: async () => frameSvg({
      title,
      caption: `Europe, the Caucasus and Central Asia, each state coloured by its alliance status on ${formatDate(view.date)}; conflict zones hatched. ${view.summary}`,
      source: MAP_SOURCE,
      width: view.map.width,
      height: view.map.height,
      defs: mapDefs(),
      body: mapBody({ context: view.map.context, countries: view.countries, borders: view.map.borders, zones: view.zones }),
      legend: [
        { fill: STATUS_FILL.nato, label: 'NATO member' },
        { fill: STATUS_FILL.csto, label: 'CSTO member (Collective Security Treaty party before 2003)' },
        { fill: STATUS_FILL['csto-frozen'], label: 'CSTO membership suspended or frozen' },
        { fill: STATUS_FILL.none, label: 'Neither' },
        { fill: 'url(#p-zone)', stroke: PALETTE.zone, label: 'Conflict zone outside government control (schematic)' },
        { fill: 'none', stroke: PALETTE.zone, dashed: true, label: 'Former conflict zone' },
      ],
    }),
  };
}

async function caseVisual(caseId: string, shortTitle: string): Promise<Visual> {
  const map = await regionalMap(caseId);
  const { name } = await membership();
  const day = formatDate(map.date);
  const zoneNames = map.zoneList.map((z) => z.properties.name);
  const inStatus = (s: string) => map.countries.filter((c) => map.status[c.code] === s).map((c) => name(c.code)).sort();
  const title = `${shortTitle}: ${zoneNames.join(' and ')}, neighbours by alliance status on ${day}`;
  const legend: LegendEntry[] = [
    ...MAP_STATUSES.filter((s) => inStatus(s).length > 0).map((s) => ({ fill: STATUS_FILL[s], label: `${statusLabel(s, map.date)}: ${inStatus(s).join(', ')}` })),
    { fill: 'url(#p-zone)', stroke: PALETTE.zone, label: `Conflict zone (schematic): ${zoneNames.join('; ')}` },
  ];
  return {
    id: `case-map-${caseId}`,
    title,
    page: `/cases/${caseId}/`,
    embed: `/embed/cases/${caseId}/`,
    source: MAP_SOURCE,
    width: 680,
    height: 620,
    svg: async () => frameSvg({
      title,
      caption: `Schematic outlines of the conflict zones, hatched; neighbours coloured by NATO or Collective Security Treaty / CSTO status on ${day}, when the crisis began${map.date < '1991-12-26' ? ' (the Soviet republics were then part of the USSR; today’s borders are shown)' : ''}.`,
      source: MAP_SOURCE,
      width: map.width,
      height: map.height,
      defs: mapDefs(),
      body: mapBody({
        context: map.context,
        countries: map.countries.map((c) => ({ d: c.d, status: map.status[c.code] ?? 'none' })),
        borders: map.borders,
        zones: map.zones.map((z) => ({ d: z.d, state: 'active' as const })),
        labels: map.labels.map((l) => {
          const text = name(l.code);
          const [x, y] = labelAt(l, text.length, 13, map.width, map.height);
          return { x, y, text };
        }),
      }),
      legend,
    }),
  };
}

async function alignmentVisual(): Promise<Visual> {
  const map = alignmentMap();
  const groups = alignmentGroups();
  const { name } = await membership();
  const groupOf = new Map(groups.flatMap((g) => g.countries.map((c) => [c, g.id] as const)));
  const title = 'The post-Soviet states by security alignment, after the article’s note 2';
  const source = 'Groups: the article’s note 2 (Guliyev & Gawrich 2021, accepted July 2020), as recorded in the companion (/article/#endnote-2). Country outlines: Natural Earth via world-atlas (public domain), simplified; Russia cut at 88° E. Boundaries approximate; no endorsement implied.';
  return {
    id: 'alignment-map',
    title,
    page: '/maps/#alignment',
    embed: '/embed/alignment-map/',
    source,
    width: 760,
    height: 640,
    svg: async () => frameSvg({
      title,
      caption: 'Security alignment of the post-Soviet states as the article’s note 2 groups them. Later changes, such as Armenia’s freezing of its CSTO participation in 2024, are not shown; the membership map has them.',
      source,
      width: map.width,
      height: map.height,
      defs: mapDefs(),
      body: mapBody({
        context: map.context,
        countries: map.countries.map((c) => ({ d: c.d, fill: GROUP_FILL[groupOf.get(c.code) ?? 'neutral'] ?? PALETTE.none })),
        borders: map.borders,
        zones: [],
      }),
      legend: groups.map((g) => ({ fill: GROUP_FILL[g.id] ?? PALETTE.none, label: `${g.label}: ${g.countries.map(name).sort().join(', ')}` })),
    }),
  };
}

async function timelineVisual(): Promise<Visual> {
  const layout = await timelineLayout();
  const title = 'Events and NATO/CSTO statements on the three conflicts';
  const source = 'Statements and events: the companion’s database, each record linked to its source (/statements/).';
  return {
    id: 'timeline',
    title,
    page: '/timeline/',
    embed: '/embed/timeline/',
    source,
    width: 960,
    height: layout.height + 200,
    svg: async () => frameSvg({
      title,
      caption: 'Events (diamonds) and statements (circles; hollow = documented non-response) on one time axis, one row per organisation and case.',
      source,
      width: layout.width,
      height: layout.height,
      body: timelineBody(layout),
      legend: [
        { fill: PALETTE.nato, shape: 'circle', label: 'NATO statement' },
        { fill: PALETTE.csto, shape: 'circle', label: 'CSTO statement' },
        { fill: PALETTE.csto, shape: 'ring', label: 'Documented non-response (hollow)' },
        { fill: PALETTE.fgSoft, shape: 'diamond', label: 'Event' },
      ],
    }),
  };
}

async function perYearVisual(): Promise<Visual> {
  const { layout, title } = await perYearChart();
  const source = 'Statements and documented non-responses: the companion’s database (/statements/). It counts the records collected here, not everything each organisation said.';
  return {
    id: 'statements-per-year',
    title,
    page: '/compare/#per-year',
    embed: '/embed/statements-per-year/',
    source,
    width: Math.min(layout.width + 40, 980),
    height: layout.height + 230,
    svg: async () => frameSvg({
      title,
      caption: `Statements per year, one row per organisation and case; tallest bar = ${layout.maxPerYear} records. A record on two cases counts in both rows.`,
      source,
      width: layout.width,
      height: layout.height,
      body: perYearBody(layout),
      legend: [
        { fill: PALETTE.nato, label: 'NATO statements' },
        { fill: PALETTE.bg, stroke: PALETTE.csto, label: 'CSTO statements (hatched)' },
        { fill: PALETTE.bg, stroke: PALETTE.fg, dashed: true, label: 'Documented non-responses (outlined)' },
      ],
    }),
  };
}

async function matrixVisual(): Promise<Visual> {
  const { rows, caption } = await responseMatrix();
  const title = `How NATO and the CSTO responded: ${caption}`;
  const source = 'Response levels: this companion’s classification (/compare/#scale), each cell resting on statement records listed on /compare/.';
  const width = 900;
  const { body, height } = matrixBody(rows, width);
  return {
    id: 'response-matrix',
    title,
    page: '/compare/#responses',
    embed: '/embed/response-matrix/',
    source,
    width: 900,
    height: 560,
    svg: async () => frameSvg({ title, caption: 'Organisation × case: the response level and a one-line reason.', source, width, height, body }),
  };
}

let cache: Promise<Visual[]> | undefined;
/** Every registered visual, in a stable order. */
export function visuals(): Promise<Visual[]> {
  cache ??= (async () => {
    const { cases } = await library();
    return [
      await membershipVisual(),
      await alignmentVisual(),
      ...(await Promise.all(cases.map((c) => caseVisual(c.id, c.data.shortTitle)))),
      await timelineVisual(),
      await matrixVisual(),
      await perYearVisual(),
    ];
  })();
  return cache;
}

/** One visual by id; throws (failing the build) on an unknown id. */
export async function visual(id: string): Promise<Visual> {
  const found = (await visuals()).find((v) => v.id === id);
  if (!found) throw new Error(`visuals: no visual "${id}" in src/data/visuals.ts`);
  return found;
}
