// The team member actions (Make Ready, Make Not Ready, Log off) through the service the IPC verb
// team.setAgentState calls, against the simulator over real HTTP and CometD: the row pending
// until the user is read again, the new state, the activity log, and each refusal in words.
import { describe, expect, it } from 'vitest';
import { operationNames } from '../../sim/index';
import '../../test-support/no-unhandled-rejections';
import { agent, worldsPerTest, type World } from './test-support/service-world';

const signedIn = worldsPerTest();

const agentControlPosts = (w: World) => operationNames(w.sim.scenario.requests()).filter((name) => ['Ready', 'NotReady', 'Offline'].includes(name));

describe('team member actions', () => {
  it('makes an agent Not Ready, then Ready, then logs them off: pending until GWS confirms, then the new state, each change logged', async () => {
    const w = await signedIn();
    expect(w.service.view().agentControl).toBe(true);
    const alice = agent(w, 'agent1');
    expect(alice.agentState).toBe('Ready');

    for (const [action, operation, state] of [
      ['makeNotReady', 'NotReady', 'NotReady'],
      ['makeReady', 'Ready', 'Ready'],
      ['logOff', 'Offline', 'LoggedOut'],
    ] as const) {
      const before = agent(w, 'agent1').agentState;
      const running = w.service.setTeamMemberState(alice.userId, action);
      expect(agent(w, 'agent1').pending).toBe(action);
      expect(await running).toEqual({ ok: true, value: null });
      expect(agent(w, 'agent1')).toMatchObject({ agentState: state, pending: null });
      const [entry] = await w.activity.read({ target: 'agent1', limit: 1 });
      expect(entry).toMatchObject({ supervisor: 'supervisor1', target: 'agent1', operation, change: { from: before, to: state }, result: { ok: true } });
    }
    expect(agentControlPosts(w)).toEqual(['NotReady', 'Ready', 'Offline']);

    // Nothing is offered for a logged-out agent: GWS cannot log one in.
    expect(await w.service.setTeamMemberState(alice.userId, 'makeReady')).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(agentControlPosts(w)).toHaveLength(3);
  });

  it('does not make a Ready agent Ready again, without asking GWS', async () => {
    const w = await signedIn();
    const result = await w.service.setTeamMemberState(agent(w, 'agent2').userId, 'makeReady');
    expect(result).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(!result.ok && result.error.message).toMatch(/^Make Ready is not possible for .+ now \(Ready\)\.$/);
    expect(agentControlPosts(w)).toEqual([]);
  });

  it('the agent is on a call: refused in words, logged as refused, and the row no longer pending', async () => {
    const w = await signedIn();
    const bob = agent(w, 'agent2');
    w.sim.scenario.ringAgent({ to: 'agent2' });
    const result = await w.service.setTeamMemberState(bob.userId, 'makeNotReady');
    expect(result).toMatchObject({ ok: false, error: { code: 'agent-on-call' } });
    expect(!result.ok && result.error.message).toMatch(new RegExp(`^GWS did not change ${bob.name}'s state now, as it does while the agent is on a call\\.`));
    expect(agent(w, 'agent2')).toMatchObject({ agentState: 'Ready', pending: null });
    const [entry] = await w.activity.read({ target: 'agent2', limit: 1 });
    expect(entry).toMatchObject({ operation: 'NotReady', change: { from: 'Ready', to: null }, result: { ok: false, code: 'agent-on-call' } });
  });

  it('a supervisor without the role: refused as no permission', async () => {
    const w = await signedIn({}, 'agent4');
    const result = await w.service.setTeamMemberState(agent(w, 'agent5').userId, 'makeNotReady');
    expect(result).toMatchObject({ ok: false, error: { code: 'no-permission' } });
    expect(!result.ok && result.error.message).toMatch(/^Your GWS user may not change agents' states\. Ask your administrator/);
  });

  it('a user GWS no longer knows: refused as unknown, naming the agent', async () => {
    const w = await signedIn();
    const carol = agent(w, 'agent3');
    // What GWS answers for a user removed since the team was read (the simulator's unknown-user refusal).
    w.sim.scenario.applyFaults({ failNext: { operationName: 'Offline', statusCode: 6, statusMessage: `User ${carol.userId} not found` } });
    const result = await w.service.setTeamMemberState(carol.userId, 'logOff');
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-agent' } });
    expect(!result.ok && result.error.message).toMatch(new RegExp(`^GWS does not know ${carol.name} any more`));
  });

  it('the feature switched off: not offered, and refused in words without asking GWS', async () => {
    const w = await signedIn({ agentControlFeature: false });
    expect(w.service.view().agentControl).toBe(false);
    const result = await w.service.setTeamMemberState(agent(w, 'agent1').userId, 'makeNotReady');
    expect(result).toMatchObject({ ok: false, error: { code: 'agent-control-off' } });
    expect(!result.ok && result.error.message).toMatch(/^Changing agents' states is switched off on this GWS server/);
    expect(agentControlPosts(w)).toEqual([]);
  });

  it('the feature switched off after the team was read: GWS refuses, and the words say it is off', async () => {
    const w = await signedIn();
    w.sim.scenario.reset({ agentControlFeature: false });
    const result = await w.service.setTeamMemberState(agent(w, 'agent1').userId, 'makeNotReady');
    expect(result).toMatchObject({ ok: false, error: { code: 'agent-control-off' } });
  });
});
