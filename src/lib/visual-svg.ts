/**
 * Stand-alone SVG files of the site's visuals, for download (/visuals/<id>.svg) and for the PNG render
 * (/visuals/<id>.png, see src/lib/png.ts). Each file carries its title, legend, caption and source line as SVG
 * text, and every colour as an attribute (no CSS, no url() to the page), so it opens on its own in a browser, an
 * editor or a slide program. The pure functions here take shapes already drawn by the build (path strings,
 * timeline layout) and return markup; src/data/visuals.ts feeds them.
 */
import type { MapStatus } from '@/lib/membership';
import type { TimelineLayout } from '@/lib/timeline';
import type { CaseId } from '@/lib/vocab';

/** The light theme's colours (src/styles/global.css :root); src/lib/visual-svg.test.ts keeps them in step. */
export const PALETTE = {
  bg: '#fcfbf8',
  bgSoft: '#f2efe8',
  fg: '#1d1c1a',
  fgSoft: '#55524b',
  line: '#d6d1c6',
  nato: '#1f5fa8',
  csto: '#b4361d',
  cstoFrozen: '#e3a08f',
  none: '#dcd8d0',
  zone: '#5b3a00',
} as const;

/** The font named in the files; the PNG render loads exactly this family (src/lib/png.ts). */
export const FONT_FAMILY = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Greedy word wrap at an estimated character width (DejaVu Sans averages about 0.58 em). */
export function wrap(text: string, width: number, fontSize: number): string[] {
  const max = Math.max(10, Math.floor(width / (fontSize * 0.58)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface LegendEntry {
  label: string;
  /** Fill of the swatch: a colour or one of the pattern ids of mapDefs(). */
  fill: string;
  stroke?: string;
  dashed?: boolean;
  shape?: 'rect' | 'circle' | 'ring' | 'diamond';
}

export interface FrameInput {
  title: string;
  caption: string;
  source: string;
  width: number; // the visual's own width
  height: number; // the visual's own height
  body: string; // the visual, in its own coordinates
  defs?: string;
  legend?: LegendEntry[];
}

const PAD = 16;

/** The visual with its title above and legend, caption, source line and licence line below. */
export function frameSvg(input: FrameInput): string {
  const W = input.width + 2 * PAD;
  const text = (x: number, y: number, s: string, size: number, extra = '', fill: string = PALETTE.fg) =>
    `<text x="${x}" y="${y}" font-size="${size}" fill="${fill}"${extra}>${escapeXml(s)}</text>`;
  const out: string[] = [];
  let y = PAD;
  const titleLines = wrap(input.title, input.width, 20);
  for (const line of titleLines) {
    y += 24;
    out.push(text(PAD, y, line, 20, ' font-weight="bold"'));
  }
  y += 12;
  out.push(`<rect x="${PAD - 0.5}" y="${y - 0.5}" width="${input.width + 1}" height="${input.height + 1}" fill="${PALETTE.bg}" stroke="${PALETTE.line}"/>`);
  out.push(`<g transform="translate(${PAD} ${y})">${input.body}</g>`);
  y += input.height + 8;
  for (const item of input.legend ?? []) {
    for (const [i, line] of wrap(item.label, input.width - 34, 13).entries()) {
      y += 18;
      if (i === 0) out.push(swatch(PAD, y - 11, item));
      out.push(text(PAD + 34, y, line, 13));
    }
  }
  y += 6;
  for (const line of wrap(input.caption, input.width, 13)) {
    y += 18;
    out.push(text(PAD, y, line, 13));
  }
  y += 4;
  for (const line of wrap(input.source, input.width, 12)) {
    y += 16;
    out.push(text(PAD, y, line, 12, '', PALETTE.fgSoft));
  }
  y += 16;
  out.push(text(PAD, y, 'From NATO vs. the CSTO — a research companion · CC BY 4.0', 12, '', PALETTE.fgSoft));
  const H = Math.ceil(y + PAD);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${FONT_FAMILY}">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<desc>${escapeXml(`${input.caption} ${input.source}`)}</desc>`,
    `<defs>${input.defs ?? ''}</defs>`,
    `<rect width="${W}" height="${H}" fill="${PALETTE.bg}"/>`,
    ...out,
    '</svg>',
    '',
  ].join('\n');
}

function swatch(x: number, y: number, item: LegendEntry): string {
  const stroke = item.stroke ? ` stroke="${item.stroke}" stroke-width="2"${item.dashed ? ' stroke-dasharray="3 2"' : ''}` : ` stroke="${PALETTE.line}"`;
  switch (item.shape) {
    case 'circle':
      return `<circle cx="${x + 12}" cy="${y + 7}" r="5" fill="${item.fill}"${stroke}/>`;
    case 'ring':
      return `<circle cx="${x + 12}" cy="${y + 7}" r="5" fill="${PALETTE.bg}" stroke="${item.fill}" stroke-width="2"/>`;
    case 'diamond':
      return `<rect x="${x + 8}" y="${y + 3}" width="8" height="8" transform="rotate(45 ${x + 12} ${y + 7})" fill="${item.fill}"/>`;
    default:
      return `<rect x="${x}" y="${y}" width="24" height="14" fill="${item.fill}"${stroke}/>`;
  }
}

/** Fill patterns of the maps (as src/components/map/MapDefs.astro), colours as attributes. */
export function mapDefs(): string {
  const p = PALETTE;
  return [
    `<pattern id="p-csto" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${p.csto}"/><path d="M1 0v6" stroke="${p.bg}" stroke-width="1.6"/></pattern>`,
    `<pattern id="p-frozen" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${p.cstoFrozen}"/><path d="M0 1h6M1 0v6" stroke="${p.csto}" stroke-width="1.4"/></pattern>`,
    `<pattern id="p-aspirant" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><rect width="6" height="6" fill="${p.none}"/><path d="M1 0v6" stroke="${p.nato}" stroke-width="2"/></pattern>`,
    `<pattern id="p-balancing" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(90)"><rect width="8" height="8" fill="${p.none}"/><path d="M1 0v8" stroke="${p.nato}" stroke-width="2"/><path d="M5 0v8" stroke="${p.csto}" stroke-width="1.4"/></pattern>`,
    `<pattern id="p-zone" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><path d="M1 0v4" stroke="${p.zone}" stroke-width="1.3"/></pattern>`,
  ].join('');
}

export const STATUS_FILL: Record<MapStatus, string> = {
  nato: PALETTE.nato,
  csto: 'url(#p-csto)',
  'csto-frozen': 'url(#p-frozen)',
  none: PALETTE.none,
};

/** Fills of the note-2 alignment groups (as map.css `data-group`). */
export const GROUP_FILL: Record<string, string> = {
  'baltic-nato': PALETTE.nato,
  csto: 'url(#p-csto)',
  'csto-suspended': 'url(#p-frozen)',
  'nato-aspirants': 'url(#p-aspirant)',
  balancing: 'url(#p-balancing)',
  neutral: PALETTE.none,
};

export interface MapBodyInput {
  context?: string;
  countries: Array<{ d: string; status?: MapStatus; fill?: string }>; // fill wins over status
  borders: string;
  zones: Array<{ d: string; state: 'active' | 'ended' | 'future' }>;
  labels?: Array<{ x: number; y: number; text: string }>;
}

/** A map's shapes with inline fills, in drawing order: land, countries, borders, zones, labels. */
export function mapBody(m: MapBodyInput): string {
  const p = PALETTE;
  const out: string[] = [];
  if (m.context) out.push(`<path d="${m.context}" fill="${p.bgSoft}" stroke="${p.line}" stroke-width="0.5"/>`);
  for (const c of m.countries) out.push(`<path d="${c.d}" fill="${c.fill ?? STATUS_FILL[c.status ?? 'none']}"/>`);
  out.push(`<path d="${m.borders}" fill="none" stroke="${p.bg}" stroke-width="0.7" stroke-linejoin="round"/>`);
  for (const z of m.zones) {
    if (z.state === 'future' || !z.d) continue;
    out.push(z.state === 'ended'
      ? `<path d="${z.d}" fill="none" stroke="${p.zone}" stroke-width="1.2" stroke-dasharray="3 2" stroke-linejoin="round"/>`
      : `<path d="${z.d}" fill="url(#p-zone)" stroke="${p.zone}" stroke-width="1.2" stroke-linejoin="round"/>`);
  }
  for (const l of m.labels ?? []) {
    out.push(`<text x="${l.x}" y="${l.y}" font-size="13" text-anchor="middle" dominant-baseline="middle" fill="${p.fg}" stroke="${p.bg}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${escapeXml(l.text)}</text>`);
  }
  return out.join('\n');
}

/** The timeline chart (as src/components/timeline/TimelineChart.astro) with inline colours and no links. */
export function timelineBody(layout: TimelineLayout): string {
  const p = PALETTE;
  const out: string[] = [];
  for (const t of layout.ticks) {
    out.push(`<line x1="${t.x}" x2="${t.x}" y1="14" y2="${layout.height - 6}" stroke="${p.line}" stroke-dasharray="2 3"/>`);
    out.push(`<text x="${t.x}" y="12" text-anchor="middle" font-size="11" fill="${p.fg}">${escapeXml(t.label)}</text>`);
  }
  for (const r of layout.rows) {
    out.push(`<line x1="${layout.plotLeft}" x2="${layout.width - 10}" y1="${r.y}" y2="${r.y}" stroke="${p.line}"/>`);
    out.push(`<text x="${layout.plotLeft - 8}" y="${r.y + 4}" text-anchor="end" font-size="11" fill="${p.fg}">${escapeXml(r.label)}</text>`);
  }
  for (const m of layout.marks) {
    if (m.lane === 'events') {
      out.push(`<rect x="${m.x - 4}" y="${m.y - 4}" width="8" height="8" transform="rotate(45 ${m.x} ${m.y})" fill="${p.fgSoft}" stroke="${p.fgSoft}" stroke-width="2"/>`);
    } else {
      const colour = m.lane === 'nato' ? p.nato : p.csto;
      out.push(`<circle cx="${m.x}" cy="${m.y}" r="5" fill="${m.nonResponse ? p.bg : colour}" stroke="${colour}" stroke-width="2"/>`);
    }
  }
  return out.join('\n');
}

/** Case of each timeline row, by its y: marks carry only their row's y. */
export function caseOfY(layout: TimelineLayout): Map<number, CaseId> {
  return new Map(layout.rows.map((r) => [r.y, r.caseId]));
}

/** The statements-per-year chart (src/lib/charts/statements-per-year.ts layout) with colours as attributes. */
export function perYearBody(layout: import('./charts/statements-per-year').ChartLayout): string {
  const p = PALETTE;
  const out: string[] = [
    `<defs><pattern id="py-csto" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="${p.bg}"/><path d="M1 0v5" stroke="${p.csto}" stroke-width="2"/></pattern></defs>`,
  ];
  for (const t of layout.ticks) {
    out.push(`<line x1="${t.x}" x2="${t.x}" y1="14" y2="${layout.height - 4}" stroke="${p.line}"/><text x="${t.x}" y="11" font-size="10" text-anchor="middle" fill="${p.fgSoft}">${t.year}</text>`);
  }
  for (const r of layout.rows) {
    out.push(`<line x1="${layout.plotLeft}" x2="${layout.plotRight}" y1="${r.y}" y2="${r.y}" stroke="${p.fgSoft}"/>`);
    out.push(`<text x="${layout.plotLeft - 8}" y="${r.y - 4}" font-size="11" text-anchor="end" fill="${p.fg}">${escapeXml(`${r.label} (${r.total})`)}</text>`);
    for (const b of r.bars) {
      if (b.statements > 0) out.push(`<rect x="${b.x}" y="${b.statementsY}" width="${b.width}" height="${b.statementsHeight}" fill="${r.org === 'csto' ? 'url(#py-csto)' : p.nato}"${r.org === 'csto' ? ` stroke="${p.csto}" stroke-width="0.75"` : ''}/>`);
      if (b.nonResponses > 0) out.push(`<rect x="${b.x + 0.75}" y="${b.nonResponsesY + 0.75}" width="${Math.max(0, b.width - 1.5)}" height="${Math.max(0, b.nonResponsesHeight - 1.5)}" fill="${p.bg}" stroke="${p.fg}" stroke-width="1.2" stroke-dasharray="2 1.5"/>`);
    }
  }
  return out.join('');
}

export interface MatrixSvgRow {
  org: 'nato' | 'csto';
  cells: Array<{ caseLabel: string; levelLabel: string; text: string }>;
}

/** The 2 × 3 response matrix as a grid: organisation rows, case columns, level in bold and the one-line reason. */
export function matrixBody(rows: MatrixSvgRow[], width: number): { body: string; height: number } {
  const p = PALETTE;
  const head = 120;
  const colW = (width - head) / (rows[0]?.cells.length ?? 1);
  const lines = rows.map((r) => r.cells.map((c) => wrap(c.text, colW - 16, 12)));
  const rowH = rows.map((_, i) => 40 + 16 * Math.max(...lines[i]!.map((l) => l.length)));
  const out: string[] = [];
  const headerH = 32;
  rows[0]?.cells.forEach((c, j) => out.push(`<text x="${head + j * colW + 8}" y="21" font-size="13" font-weight="bold" fill="${p.fg}">${escapeXml(c.caseLabel)}</text>`));
  let y = headerH;
  rows.forEach((r, i) => {
    const h = rowH[i]!;
    out.push(`<line x1="0" x2="${width}" y1="${y}" y2="${y}" stroke="${p.line}"/>`);
    out.push(`<rect x="8" y="${y + 10}" width="14" height="14" fill="${r.org === 'csto' ? 'url(#m-csto)' : p.nato}" stroke="${r.org === 'csto' ? p.csto : p.nato}"/>`);
    out.push(`<text x="28" y="${y + 22}" font-size="13" font-weight="bold" fill="${p.fg}">${r.org.toUpperCase()}</text>`);
    r.cells.forEach((c, j) => {
      const x = head + j * colW + 8;
      out.push(`<text x="${x}" y="${y + 22}" font-size="13" font-weight="bold" fill="${r.org === 'csto' ? p.csto : p.nato}">${escapeXml(c.levelLabel)}</text>`);
      lines[i]![j]!.forEach((line, k) => out.push(`<text x="${x}" y="${y + 40 + 16 * k}" font-size="12" fill="${p.fg}">${escapeXml(line)}</text>`));
    });
    y += h;
  });
  const defs = `<defs><pattern id="m-csto" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="${p.bg}"/><path d="M1 0v5" stroke="${p.csto}" stroke-width="2"/></pattern></defs>`;
  return { body: defs + out.join(''), height: Math.ceil(y + 8) };
}
