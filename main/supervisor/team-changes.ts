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

/** `previous` when `read` has the same members in the same order with the same fields, else `read`. */
export function keepUnchangedTeam(previous: TeamMember[], read: TeamMember[]): TeamMember[] {
  if (previous.length !== read.length) return read;
  return read.every((member, i) => FIELDS.every((field) => member[field] === previous[i]![field])) ? previous : read;
}
