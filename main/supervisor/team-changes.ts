// A team read that changed nothing keeps the team the state already holds, the same array: the
// view's team is derived from that array (views.ts), so its identity changes only when a row
// does (a read with changes, a new target, a pending change), and main pushes the team to the
// window only then (main/ipc/event-push.ts). The comparison is made once per read, here, not
// on every view pushed.
import type { TeamMember } from './types';

// Every field of a member, so a field added to TeamMember fails to compile until it is compared.
const FIELDS = Object.keys({
  userId: true,
  userName: true,
  name: true,
  deviceId: true,
  deviceUri: true,
  phoneNumber: true,
  agentState: true,
  stateSince: true,
  stateSinceKnown: true,
} satisfies Record<keyof TeamMember, true>) as Array<keyof TeamMember>;

/** What GWS says of a member: every field but the time in state, which the app keeps itself. */
const READ_FIELDS = FIELDS.filter((field) => field !== 'stateSince' && field !== 'stateSinceKnown');

/** `previous` when `read` has the same members in the same order with the same fields, else `read`. */
export function keepUnchangedTeam(previous: TeamMember[], read: TeamMember[]): TeamMember[] {
  if (previous.length !== read.length) return read;
  return read.every((member, i) => FIELDS.every((field) => member[field] === previous[i]![field])) ? previous : read;
}

/** Whether a row read says what the row known says, time in state aside (team-read.ts carries that over). */
export const sameAsRead = (known: TeamMember, read: TeamMember): boolean => READ_FIELDS.every((field) => known[field] === read[field]);
