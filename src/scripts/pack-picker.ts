/**
 * The syllabus pack's picker for a group too long to list (src/lib/list-scale.ts), loaded on first use by
 * ./pack.ts: fetches the group's rows file and lists the chosen records and the matches of a search as the same
 * checkboxes the full list has (name = group, value = id, data-title, data-path), so the form, the URL, print
 * and export work unchanged. Bundled as a classic script that publishes its functions as window.packPicker.
 */
import type { PackGroup } from '@/lib/teach/pack';
import { pickerList, pickerMatches, pickerRows, PICKER_SHOW, type PickerRow } from '@/lib/teach/pack-picker';
import { NOTE_TYPES } from '@/lib/vocab';

/** The group's rows, from its rows file. */
async function loadRows(url: string, group: PackGroup): Promise<PickerRow[]> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return pickerRows(group, await res.json(), NOTE_TYPES);
}

/**
 * Lists the chosen rows (those checked in `list`, or `chosen` when given) and the first matches of `query`;
 * returns the count text for the group.
 */
function renderPicker(doc: Document, list: HTMLElement, rows: PickerRow[], query: string, chosen?: ReadonlySet<string>): string {
  const ids = chosen ?? new Set([...list.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].map((b) => b.value));
  const matches = pickerMatches(rows, query);
  list.replaceChildren(...pickerList(rows, ids, matches).map((r) => {
    const li = doc.createElement('li');
    const label = doc.createElement('label');
    const box = doc.createElement('input');
    box.type = 'checkbox';
    box.name = r.group;
    box.value = r.id;
    box.dataset.title = r.title;
    box.dataset.path = r.path;
    box.checked = ids.has(r.id);
    label.append(box, ` ${r.title}`);
    li.append(label);
    if (r.detail) {
      const meta = doc.createElement('span');
      meta.className = 'meta';
      meta.textContent = ` (${r.detail})`;
      li.append(meta);
    }
    return li;
  }));
  if (!query.trim()) return `${rows.length.toLocaleString('en-GB')} to search.`;
  const n = matches.length;
  return n === 0 ? 'No matches.' : `${n.toLocaleString('en-GB')} ${n === 1 ? 'match' : 'matches'}${n > PICKER_SHOW ? `; the first ${PICKER_SHOW} are listed, add words to narrow them` : ''}.`;
}

export interface PackPicker {
  loadRows: typeof loadRows;
  renderPicker: typeof renderPicker;
}

declare global {
  interface Window { packPicker?: PackPicker }
}

window.packPicker = { loadRows, renderPicker };
