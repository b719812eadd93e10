/**
 * Key dates for a one-page handout: a few events of a case, chosen by a fixed rule so the choice is
 * reproducible and explainable. Events of a major kind (war, ceasefire, referendum, recognition, annexation,
 * agreement, accession, summit) come first, nearest to the case's crisis (its start date); events of kind
 * "other" only fill up to the minimum. The result is in date order.
 */
import { daysBetween } from './dates';

export interface DatedEvent {
  id: string;
  date: string; // ISO
  kind: string;
}

export interface KeyDateOptions {
  min?: number; // fewest dates wanted (default 4)
  max?: number; // most dates wanted (default 6)
}

/** Pick between `min` and `max` events (fewer if the case has fewer), nearest to `start`, major kinds first. */
export function keyDates<T extends DatedEvent>(events: readonly T[], start: string, options: KeyDateOptions = {}): T[] {
  const { min = 4, max = 6 } = options;
  const distance = (e: T) => Math.abs(daysBetween(start, e.date));
  const nearest = (a: T, b: T) => distance(a) - distance(b) || a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
  const major = events.filter((e) => e.kind !== 'other').sort(nearest).slice(0, max);
  const fill = events.filter((e) => e.kind === 'other').sort(nearest).slice(0, Math.max(0, min - major.length));
  return [...major, ...fill].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
