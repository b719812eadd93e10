/**
 * The explorer map's enhancement: a year slider (shareable as ?year=), tooltips on hover and keyboard focus,
 * and arrow-key stepping through the states. It recolours the paths drawn at build time and keeps the table
 * twin in step; it draws nothing and fetches nothing. Plain DOM, no d3.
 */
import { formatDate } from '@/lib/dates';
import { sinceAt, statusAt, statusLabel, yearEnd, yearSummary, type Timeline } from '@/lib/membership';
import { ZONE_STATE_LABELS, zoneState } from '@/lib/geo/zone-state';

interface MapData {
  first: number;
  last: number;
  t: Record<string, Timeline>;
  n: Record<string, string>;
  z: Record<string, [string, string | null, string]>;
}

/** The year asked for in a query string, clamped to the map's range; null when absent or not a year. */
export function yearFromQuery(search: string, first: number, last: number): number | null {
  const raw = new URLSearchParams(search).get('year');
  if (raw === null || !/^\d{4}$/.test(raw.trim())) return null;
  return Math.min(last, Math.max(first, Number(raw)));
}

/** The year after `year` while playing, or null at the end (playback stops there). */
export function nextYear(year: number, last: number): number | null {
  return year < last ? year + 1 : null;
}

/** Where playback starts: from the first year when the slider is already at the end. */
export function playStart(year: number, first: number, last: number): number {
  return year >= last ? first : year;
}

/** Milliseconds per year while playing. */
export const PLAY_STEP_MS = 700;

export function initExplorer(root: HTMLElement): void {
  const dataEl = root.querySelector('#map-data');
  const input = root.querySelector<HTMLInputElement>('input[type="range"]');
  const svg = root.querySelector<SVGSVGElement>('[data-map-svg]');
  const tip = root.querySelector<HTMLElement>('[data-map-tip]');
  const live = root.querySelector<HTMLElement>('[data-map-live]');
  if (!dataEl?.textContent || !input || !svg || !tip || !live) return;
  const data = JSON.parse(dataEl.textContent) as MapData;
  const paths = [...svg.querySelectorAll<SVGPathElement>('path[data-country]')];
  const byName = [...paths].sort((a, b) => name(a).localeCompare(name(b)));
  let date = yearEnd(data.last);
  let current = -1;

  function name(el: Element): string {
    return data.n[el.getAttribute('data-country') ?? ''] ?? '';
  }

  function describe(code: string): string {
    const line = data.t[code];
    const status = statusAt(line, date);
    const since = sinceAt(line, date);
    return `${data.n[code] ?? code}: ${statusLabel(status, date)}${since ? ` since ${formatDate(since)}` : ''}`;
  }

  function render(year: number): void {
    date = yearEnd(year);
    input!.value = String(year);
    for (const el of document.querySelectorAll('[data-year-text]')) el.textContent = String(year);
    for (const el of document.querySelectorAll('[data-date-text]')) el.textContent = formatDate(date);
    svg!.querySelector('title')!.textContent = `Map of NATO and CSTO membership on ${formatDate(date)}`;
    for (const el of document.querySelectorAll<HTMLElement | SVGElement>('[data-country]')) {
      const line = data.t[el.dataset.country ?? ''];
      const status = statusAt(line, date);
      el.dataset.status = status;
      const cells = [el.querySelector('[data-cell="status"]'), el.querySelector('[data-cell="since"]')];
      const since = sinceAt(line, date);
      if (cells[0]) cells[0].textContent = statusLabel(status, date);
      if (cells[1]) cells[1].textContent = since ? formatDate(since) : '—';
    }
    for (const el of document.querySelectorAll<HTMLElement | SVGElement>('[data-zone]')) {
      const span = data.z[el.dataset.zone ?? ''];
      if (!span) continue;
      const state = zoneState(span[0], span[1], date);
      el.dataset.state = state;
      const cell = el.querySelector('[data-cell="zone-state"]');
      if (cell) cell.textContent = ZONE_STATE_LABELS[state];
    }
    for (const el of document.querySelectorAll('[data-year-changes]')) el.textContent = yearSummary(data.t, year, (c) => data.n[c] ?? c, formatDate);
    if (current >= 0) show(byName[current]!, null);
  }

  function show(el: Element, event: PointerEvent | null): void {
    const code = el.getAttribute('data-country');
    const zone = el.getAttribute('data-zone');
    const span = zone ? data.z[zone] : undefined;
    tip!.textContent = code ? describe(code) : span ? `${span[2]}: ${ZONE_STATE_LABELS[zoneState(span[0], span[1], date)]}` : '';
    tip!.hidden = false;
    const frame = tip!.parentElement!.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    const x = event ? event.clientX : box.left + box.width / 2;
    const y = event ? event.clientY : box.top + box.height / 2;
    tip!.style.left = `${Math.min(Math.max(x - frame.left, 0), frame.width - tip!.offsetWidth)}px`;
    tip!.style.top = `${Math.max(y - frame.top - tip!.offsetHeight - 12, 0)}px`;
  }

  function hide(): void {
    tip!.hidden = true;
    byName[current]?.classList.remove('is-current');
    current = -1;
  }

  function step(index: number): void {
    byName[current]?.classList.remove('is-current');
    current = (index + byName.length) % byName.length;
    const el = byName[current]!;
    el.classList.add('is-current');
    show(el, null);
    live!.textContent = describe(el.getAttribute('data-country')!);
  }

  svg.addEventListener('pointermove', (event) => {
    const el = (event.target as Element).closest('path[data-country], path[data-zone]');
    if (el && current < 0) show(el, event);
    else if (!el && current < 0) tip.hidden = true;
  });
  svg.addEventListener('pointerleave', () => { if (current < 0) tip.hidden = true; });
  svg.tabIndex = 0;
  svg.addEventListener('keydown', (event) => {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    if (event.key in moves) step(current < 0 ? (moves[event.key]! > 0 ? 0 : -1) : current + moves[event.key]!);
    else if (event.key === 'Home') step(0);
    else if (event.key === 'End') step(-1);
    else if (event.key === 'Escape') hide();
    else return;
    event.preventDefault();
  });
  svg.addEventListener('focus', () => { if (current < 0 && svg.matches(':focus-visible')) step(0); });
  svg.addEventListener('blur', hide);

  function choose(year: number): void {
    render(year);
    const url = new URL(window.location.href);
    url.searchParams.set('year', String(year));
    window.history.replaceState(window.history.state, '', url);
  }

  input.addEventListener('input', () => {
    stop();
    choose(Number(input.value));
  });

  // Play: one year every PLAY_STEP_MS, stopping at the last year. With reduced motion the button steps one
  // year per press instead of animating.
  const play = root.querySelector<HTMLButtonElement>('[data-map-play]');
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)');
  let timer: number | undefined;
  function label(): void {
    if (!play) return;
    play.textContent = timer !== undefined ? 'Pause' : reduced.matches ? 'Next year' : 'Play';
    play.setAttribute('aria-pressed', String(timer !== undefined));
  }
  function stop(): void {
    if (timer !== undefined) window.clearInterval(timer);
    timer = undefined;
    label();
  }
  function advance(): boolean {
    const next = nextYear(Number(input!.value), data.last);
    if (next === null) return false;
    choose(next);
    return true;
  }
  play?.addEventListener('click', () => {
    if (timer !== undefined) return stop();
    const start = playStart(Number(input.value), data.first, data.last);
    if (reduced.matches) {
      if (start !== Number(input.value)) choose(start);
      else advance();
      live.textContent = `Year ${input.value}`;
      return;
    }
    if (start !== Number(input.value)) choose(start);
    timer = window.setInterval(() => { if (!advance()) stop(); }, PLAY_STEP_MS);
    label();
  });
  reduced.addEventListener('change', () => { stop(); });
  label();
  root.querySelector<HTMLElement>('[data-map-controls]')!.hidden = false;
  const asked = yearFromQuery(window.location.search, data.first, data.last);
  if (asked !== null && asked !== data.last) render(asked);
}
