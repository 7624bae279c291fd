// A team read that changed nothing keeps the team array, so the window is not sent it again;
// any change a row would show makes a new one. (Moved from common's sameTeam, which compared
// pushed rows afterwards.)
import { describe, expect, it } from 'vitest';
import { keepUnchangedTeam } from './team-changes';
import type { TeamMember } from './types';

const member = (userId: string, name: string, phoneNumber: string | null = null): TeamMember => ({
  userId,
  userName: `agent${userId}`,
  name,
  deviceId: `d${userId}`,
  deviceUri: `http://gws/api/v2/devices/d${userId}`,
  phoneNumber,
  agentState: 'Ready',
  stateSince: 1000,
  stateSinceKnown: false,
});
const team = [member('1', 'Zoé Martin', '7001'), member('2', 'Alice Ng', '7002'), member('3', 'Bob Li')];

describe('a team read', () => {
  it('with the same members in the same order and states keeps the team it had, whatever the arrays', () => {
    expect(
      keepUnchangedTeam(
        team,
        team.map((m) => ({ ...m })),
      ),
    ).toBe(team);
    const empty: TeamMember[] = [];
    expect(keepUnchangedTeam(empty, [])).toBe(empty);
  });

  it('is taken when anything a row holds changed, a member came or went, or there was no team before', () => {
    for (const change of [
      { agentState: 'NotReady' },
      { stateSince: 2000 },
      { stateSinceKnown: true },
      { name: 'Zoe Martin' },
      { phoneNumber: null },
      { userName: 'x' },
      { userId: '9' },
      { deviceId: 'd9' },
      { deviceUri: null },
    ]) {
      const read = team.map((m, i) => (i === 0 ? { ...m, ...change } : { ...m }));
      expect(keepUnchangedTeam(team, read)).toBe(read);
    }
    for (const read of [team.slice(1), [...team].reverse()]) expect(keepUnchangedTeam(team, read)).toBe(read);
    expect(keepUnchangedTeam([], team)).toBe(team);
  });
});
