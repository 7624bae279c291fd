import { describe, expect, it } from 'vitest';
import type { TeamMemberView } from '../../../common/supervisor-view';
import { roundChoices } from './round-picks';

const member = (userId: string, agentState: string | null): TeamMemberView => ({
  userId,
  userName: userId,
  name: userId,
  phoneNumber: null,
  agentState,
  stateSince: 0,
  stateSinceKnown: true,
  armed: false,
  pending: null,
});
const team = [member('a', 'Ready'), member('b', 'Offline'), member('c', 'NotReady'), member('d', 'LoggedOut')];

describe('whom the coaching round dialog offers', () => {
  it('preselects the picked agents, then favourites, then everyone logged in, in the team’s order', () => {
    const choices = roundChoices(team, new Set(['c', 'a']), new Set(['b']));
    expect(choices.map((c) => [c.source, c.label, c.userIds])).toEqual([
      ['picked', 'The 2 agents you picked', ['a', 'c']],
      ['favourites', 'Your favourite agent', ['b']],
      ['loggedIn', 'Everyone logged in (2)', ['a', 'c']],
    ]);
  });

  it('offers nothing when nobody is logged in and nobody is picked or pinned', () => {
    expect(roundChoices([member('b', 'Offline')], new Set(), new Set())).toEqual([]);
  });

  it('keeps a round to 200 agents', () => {
    const many = Array.from({ length: 250 }, (_, i) => member(`u${i}`, 'Ready'));
    expect(roundChoices(many, new Set(), new Set())[0]?.userIds).toHaveLength(200);
  });
});
