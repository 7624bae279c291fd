// How long each team member has been in their state, as the app saw it. GWS's user and device
// resources carry no time the state began (docs/gws-notes.md, "Agent states", "Features and users"), so the start is the team read that
// first showed the state: exact to one refresh interval when the app saw it change, and only a
// lower bound for a state the agent was already in when the app started watching.
import type { TeamMember } from './types';

/**
 * The members of a new team read, each with stateSince carried over from `previous` while the
 * state is the same. A member whose state changed began it at this read (teamFrom set stateSince
 * to it), now seen beginning; a member new to the app keeps "since this read, not seen beginning".
 */
export function withTimeInState(previous: readonly TeamMember[], next: readonly TeamMember[]): TeamMember[] {
  const before = new Map(previous.map((m) => [m.userId, m]));
  return next.map((member) => withTimeInStateOf(member, before.get(member.userId)));
}

/** One member of a new read, given the same member as known before the read, if at all. */
export function withTimeInStateOf(member: TeamMember, known: TeamMember | undefined): TeamMember {
  if (!known) return member;
  if (known.agentState === member.agentState) {
    return { ...member, stateSince: known.stateSince, stateSinceKnown: known.stateSinceKnown };
  }
  return { ...member, stateSinceKnown: true };
}
