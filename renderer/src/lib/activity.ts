// The activity log as the window lists it: newest first, optionally one agent's entries.
import type { ActivityEntry } from '../../../common/activity';

export function newestFirst(entries: readonly ActivityEntry[]): ActivityEntry[] {
  // ISO 8601 UTC strings sort as time does; the sort is stable for equal times.
  return [...entries].sort((a, b) => (a.time < b.time ? 1 : a.time > b.time ? -1 : 0));
}

export function forAgent(entries: readonly ActivityEntry[], target: string): ActivityEntry[] {
  return target === '' ? [...entries] : entries.filter((e) => e.target === target);
}

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** Local date and time of an entry; the raw value when it is not a date. */
export function activityTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : timeFormat.format(date);
}
