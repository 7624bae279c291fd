import { describe, expect, it } from 'vitest';
import { sameTeam, type TeamMemberView } from './supervisor-view';

const member = (userId: string, name: string, phoneNumber: string | null = null): TeamMemberView => ({
  userId,
  userName: `agent${userId}`,
  name,
  phoneNumber,
  agentState: 'Ready',
  stateSince: 1000,
  stateSinceKnown: false,
  armed: false,
  pending: null,
});
const team = [member('1', 'Zoé Martin', '7001'), member('2', 'Alice Ng', '7002'), member('3', 'Bob Li')];

describe('the same team', () => {
  it('is the same members in the same order and states, whatever the arrays', () => {
    expect(
      sameTeam(
        team,
        team.map((m) => ({ ...m })),
      ),
    ).toBe(true);
    expect(sameTeam([], [])).toBe(true);
  });

  it('differs when anything a row shows changed, a member came or went, or there was no team before', () => {
    for (const change of [
      { agentState: 'NotReady' },
      { stateSince: 2000 },
      { stateSinceKnown: true },
      { armed: true },
      { name: 'Zoe Martin' },
      { phoneNumber: null },
      { userName: 'x' },
      { userId: '9' },
    ]) {
      expect(
        sameTeam(
          team,
          team.map((m, i) => (i === 0 ? { ...m, ...change } : { ...m })),
        ),
      ).toBe(false);
    }
    expect(sameTeam(team, team.slice(1))).toBe(false);
    expect(sameTeam(team, [...team].reverse())).toBe(false);
    expect(sameTeam(undefined, team)).toBe(false);
  });
});
