/**
 * ?as-of=YYYY-MM-DD on any page: marks the sections whose text changed after that date, with a banner that
 * counts them and a link that clears the parameter. Loaded only when the parameter is present (Base.astro's
 * script imports it dynamically), so ordinary page views download none of this. Data: /changes/sections.json.
 */
import { changedSince, parseAsOf } from '@/lib/as-of';
import { formatDate } from '@/lib/dates';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

function banner(main: HTMLElement, text: string): HTMLElement {
  const box = document.createElement('div');
  box.className = 'as-of-banner no-print';
  box.setAttribute('role', 'status');
  box.style.border = '2px solid currentColor';
  box.style.padding = '0.5rem 0.75rem';
  box.style.margin = '0 0 1rem';
  const p = document.createElement('p');
  p.style.margin = '0';
  p.append(text, ' ');
  const clear = new URL(location.href);
  clear.searchParams.delete('as-of');
  const a = document.createElement('a');
  a.href = clear.pathname + clear.search + clear.hash;
  a.textContent = 'Clear the markers';
  p.append(a);
  box.append(p);
  main.prepend(box);
  return box;
}

export async function markChanges(): Promise<void> {
  const main = document.getElementById('main');
  if (!main) return;
  const raw = new URLSearchParams(location.search).get('as-of');
  const asOf = parseAsOf(raw);
  if (!asOf) {
    banner(main, `“${raw ?? ''}” is not a date: use ?as-of=YYYY-MM-DD, for example ?as-of=2026-09-01.`);
    return;
  }
  const page = `/${location.pathname.startsWith(base) ? location.pathname.slice(base.length) : location.pathname.replace(/^\//, '')}`;
  let sections: Record<string, string> | undefined;
  try {
    const res = await fetch(`${base}changes/sections.json`);
    sections = ((await res.json()) as { pages: Record<string, Record<string, string>> }).pages[page];
  } catch {
    banner(main, `Changes since ${formatDate(asOf)} could not be loaded.`);
    return;
  }
  const ids = changedSince(sections, asOf);
  let marked = 0;
  for (const id of ids) {
    const heading = id === '' ? main.querySelector('h1') : document.getElementById(id);
    if (!heading || !main.contains(heading)) continue;
    heading.setAttribute('data-changed-since', asOf);
    heading.style.borderInlineStart = '0.35rem solid currentColor';
    heading.style.paddingInlineStart = '0.5rem';
    const note = document.createElement('p');
    note.className = 'meta as-of-mark';
    note.textContent = `Changed since ${formatDate(asOf)} (last on ${formatDate(sections![id]!)})`;
    heading.after(note);
    marked++;
  }
  const what = sections === undefined ? 'this page has no recorded section history' : `${marked} ${marked === 1 ? 'section' : 'sections'} marked`;
  banner(main, `Changes since ${formatDate(asOf)}: ${what}.`);
}

void markChanges();
