/** A conflict zone's state on a day, for the map and its table (no imports: the map script uses it too). */
export type ZoneState = 'active' | 'ended' | 'future';

export const ZONE_STATE_LABELS: Readonly<Record<ZoneState, string>> = {
  active: 'outside government control',
  ended: 'ended (outline dashed)',
  future: 'not yet',
};

/** `from` ≤ day < `to` is active; a zone whose `to` has passed has ended; one not yet begun is in the future. */
export function zoneState(from: string, to: string | null, date: string): ZoneState {
  if (date < from) return 'future';
  return to !== null && date >= to ? 'ended' : 'active';
}
