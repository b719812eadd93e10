/**
 * The syllabus pack (/teach/pack/): which cases, notes, statements and visuals an instructor picked, kept in the
 * URL (?case=…&note=…&statement=…&visual=…&course=…, repeated parameters, the same a plain GET form submits),
 * and the IMS Common Cartridge 1.1 export of that selection as web links. Pure functions, browser-safe.
 */

export const PACK_GROUPS = ['case', 'note', 'statement', 'visual'] as const;
export type PackGroup = (typeof PACK_GROUPS)[number];

export const PACK_GROUP_LABELS: Record<PackGroup, string> = { case: 'Cases', note: 'Notes', statement: 'Statements', visual: 'Visuals' };

export interface PackItem {
  group: PackGroup;
  id: string;
  title: string;
  /** Root-relative page path, no base ("/cases/georgia-2008/"). */
  path: string;
}

export interface PackSelection {
  course: string;
  picked: Record<PackGroup, string[]>;
}

const MAX_COURSE = 120;

export const emptySelection = (): PackSelection => ({ course: '', picked: { case: [], note: [], statement: [], visual: [] } });

/**
 * A query string → the selection, keeping only ids that exist in `items` (unknown ids are dropped, duplicates
 * removed) in the order of `items`, so equal selections give equal URLs.
 */
export function parsePack(search: string | URLSearchParams, items: PackItem[]): PackSelection {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const sel = emptySelection();
  sel.course = (params.get('course') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_COURSE);
  for (const group of PACK_GROUPS) {
    const wanted = new Set(requestedIds(params, group));
    sel.picked[group] = items.filter((i) => i.group === group && wanted.has(i.id)).map((i) => i.id);
  }
  return sel;
}

/** The ids a query string asks for in one group (repeated or comma-separated), before any check against a list. */
export function requestedIds(search: string | URLSearchParams, group: PackGroup): string[] {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return [...new Set(params.getAll(group).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean))];
}

/** The selection → a canonical query string (no leading "?"); empty for an empty selection. */
export function packQuery(sel: PackSelection): string {
  const params = new URLSearchParams();
  if (sel.course) params.set('course', sel.course);
  for (const group of PACK_GROUPS) for (const id of sel.picked[group]) params.append(group, id);
  return params.toString();
}

/** The picked items, in list order. */
export function pickedItems(sel: PackSelection, items: PackItem[]): PackItem[] {
  return items.filter((i) => sel.picked[i.group].includes(i.id));
}

/* ---------------------------------------------------------------------------------------------------------- */
/* IMS Common Cartridge 1.1: imsmanifest.xml + one imswl_xmlv1p1 web link file per item                         */
/* ---------------------------------------------------------------------------------------------------------- */

export const CC = {
  version: '1.1.0',
  cp: 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1',
  lomManifest: 'http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest',
  lomResource: 'http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource',
  weblink: 'http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1',
  weblinkType: 'imswl_xmlv1p1',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;

const SCHEMA_LOCATION = [
  CC.cp, 'http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imscp_v1p2_v1p0.xsd',
  CC.lomResource, 'http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lomresource_v1p0.xsd',
  CC.lomManifest, 'http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lommanifest_v1p0.xsd',
].join(' ');

export const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

export interface CartridgeLink {
  group: PackGroup;
  title: string;
  /** Absolute URL. */
  url: string;
}

/** Web links → the cartridge's files (path → text): imsmanifest.xml and links/L<n>.xml, one per link. */
export function cartridgeFiles(title: string, links: CartridgeLink[]): Record<string, string> {
  const files: Record<string, string> = {};
  const resources: string[] = [];
  const folders: string[] = [];
  let n = 0;
  for (const group of PACK_GROUPS) {
    const inGroup = links.filter((l) => l.group === group);
    if (inGroup.length === 0) continue;
    const items: string[] = [];
    for (const link of inGroup) {
      n++;
      const res = `R${n}`;
      const file = `links/L${n}.xml`;
      files[file] = `<?xml version="1.0" encoding="UTF-8"?>
<webLink xmlns="${CC.weblink}" xmlns:xsi="${CC.xsi}" xsi:schemaLocation="${CC.weblink} http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imswl_v1p1.xsd">
  <title>${xmlEscape(link.title)}</title>
  <url href="${xmlEscape(link.url)}" target="_blank"/>
</webLink>
`;
      resources.push(`    <resource identifier="${res}" type="${CC.weblinkType}">\n      <file href="${file}"/>\n    </resource>`);
      items.push(`        <item identifier="I${n}" identifierref="${res}">\n          <title>${xmlEscape(link.title)}</title>\n        </item>`);
    }
    folders.push(`      <item identifier="F_${group}">\n        <title>${PACK_GROUP_LABELS[group]}</title>\n${items.join('\n')}\n      </item>`);
  }
  files['imsmanifest.xml'] = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="M_reading_pack" xmlns="${CC.cp}" xmlns:lom="${CC.lomResource}" xmlns:lomimscc="${CC.lomManifest}" xmlns:xsi="${CC.xsi}" xsi:schemaLocation="${SCHEMA_LOCATION}">
  <metadata>
    <schema>IMS Common Cartridge</schema>
    <schemaversion>${CC.version}</schemaversion>
    <lomimscc:lom>
      <lomimscc:general>
        <lomimscc:title>
          <lomimscc:string language="en">${xmlEscape(title)}</lomimscc:string>
        </lomimscc:title>
      </lomimscc:general>
    </lomimscc:lom>
  </metadata>
  <organizations>
    <organization identifier="O1" structure="rooted-hierarchy">
      <item identifier="I0">
${folders.join('\n')}
      </item>
    </organization>
  </organizations>
  <resources>
${resources.join('\n')}
  </resources>
</manifest>
`;
  return files;
}

/** A file name for the download: the course name or "reading-pack", lower-case, ASCII, hyphenated. */
export function cartridgeName(course: string): string {
  const slug = course.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().toLowerCase().replace(/[\s_]+/g, '-').replace(/-+/g, '-').slice(0, 60);
  return `${slug || 'reading-pack'}.imscc`;
}
