/** The list an instructor picks a reading pack from (/teach/pack/): every case, note, statement and visual. */
import { formatDate } from '@/lib/dates';
import type { PackItem } from '@/lib/teach/pack';
import { library } from './index';

export interface PackListItem extends PackItem {
  /** Extra text shown after the title (a statement's date and organisation). */
  detail?: string;
}

/** The site's visual pages, in the order they are listed. */
export const PACK_VISUALS: PackListItem[] = [
  { group: 'visual', id: 'compare', title: 'Comparing the responses (table)', path: '/compare/' },
  { group: 'visual', id: 'maps', title: 'Map explorer', path: '/maps/' },
  { group: 'visual', id: 'timeline', title: 'Timeline', path: '/timeline/' },
];

export async function packItems(): Promise<PackListItem[]> {
  const { cases, notes, statements } = await library();
  return [
    ...cases.map((c): PackListItem => ({ group: 'case', id: c.id, title: c.data.title, path: `/cases/${c.id}/` })),
    ...notes.map((n): PackListItem => ({ group: 'note', id: n.id, title: n.data.title, path: `/notes/${n.id}/` })),
    ...statements.map((s): PackListItem => ({ group: 'statement', id: s.id, title: s.data.titleEn, path: `/statements/${s.id}/`, detail: `${s.data.org.toUpperCase()}, ${formatDate(s.data.date)}` })),
    ...PACK_VISUALS,
  ];
}
