import { describe, expect, it } from 'vitest';
import { teamMemberActions } from './actions';

describe('the team member actions an agent state allows', () => {
  it('offers the other state and Log off to a logged-in agent, nothing to a logged-out one', () => {
    expect(teamMemberActions('Ready')).toEqual(['makeNotReady', 'logOff']);
    expect(teamMemberActions('NotReady')).toEqual(['makeReady', 'logOff']);
    expect(teamMemberActions('AfterCallWork')).toEqual(['makeReady', 'logOff']);
    expect(teamMemberActions('LoggedOut')).toEqual([]);
    expect(teamMemberActions(null)).toEqual([]);
  });
});
