/**
 * Response latency and silence (/compare/): for each key event, the days until each organisation's first
 * recorded statement on the event's case(s), counted from the event date, within a fixed window. Documented
 * non-responses are not statements: they are reported beside a "no statement" result instead.
 */
import { daysBetween } from './dates';

export const KEY_EVENT_KINDS = ['war', 'recognition', 'annexation', 'referendum'] as const;
/** The window after an event within which a first statement counts as a response to it. */
export const LATENCY_WINDOW_DAYS = 90;

export interface LatencyEvent {
  id: string;
  date: string;
  kind: string;
  cases: string[];
}

export interface LatencyRecord {
  id: string;
  date: string;
  org: string;
  cases: string[];
  nonResponse: boolean;
}

export type Latency =
  | { status: 'statement'; days: number; record: LatencyRecord }
  | { status: 'silence'; nonResponse?: LatencyRecord };

const shares = (a: string[], b: string[]) => a.some((x) => b.includes(x));

/** First statement by `org` on the event's cases, 0..window days after the event; else silence. */
export function latencyFor(event: LatencyEvent, org: string, records: LatencyRecord[], window = LATENCY_WINDOW_DAYS): Latency {
  const inWindow = records
    .filter((r) => r.org === org && shares(r.cases, event.cases))
    .map((r) => ({ r, days: daysBetween(event.date, r.date) }))
    .filter(({ days }) => days >= 0 && days <= window)
    .sort((a, b) => a.days - b.days || a.r.id.localeCompare(b.r.id));
  const first = inWindow.find(({ r }) => !r.nonResponse);
  if (first) return { status: 'statement', days: first.days, record: first.r };
  const silence = inWindow.find(({ r }) => r.nonResponse);
  return silence ? { status: 'silence', nonResponse: silence.r } : { status: 'silence' };
}

export interface LatencyRow<E extends LatencyEvent> {
  event: E;
  byOrg: Record<string, Latency>;
}

/** One row per key event (war, recognition, annexation, referendum), in date order. */
export function latencyTable<E extends LatencyEvent>(events: E[], orgs: readonly string[], records: LatencyRecord[], window = LATENCY_WINDOW_DAYS): LatencyRow<E>[] {
  return events
    .filter((e) => (KEY_EVENT_KINDS as readonly string[]).includes(e.kind))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((event) => ({ event, byOrg: Object.fromEntries(orgs.map((o) => [o, latencyFor(event, o, records, window)])) }));
}

/** "same day", "1 day", "12 days". */
export function formatDays(days: number): string {
  return days === 0 ? 'same day' : `${days} day${days === 1 ? '' : 's'}`;
}
