// Supervisor Agent State Control (Make Ready, Make Not Ready, Log off) unchanged on every server
// variation the GWS docs show (test-support/gws-profiles.ts): the real session and service over
// real HTTP and CometD, each change read back from GWS, each refusal in words; and the decoy in
// every resource URI never asked anything. The simulator answers success as the samples do,
// {"statusCode":"0"}, on every profile.
import { describe, expect, it } from 'vitest';
import { operationNames } from '../../sim/index';
import '../../test-support/no-unhandled-rejections';
import { onProfile, simulatorProfiles } from './test-support/gws-profiles';
import { agent, signedInWorld, type World } from './test-support/service-world';

describe.each(simulatorProfiles)('agent control journeys on GWS %s', (_name, options) => {
  let world: World | undefined;
  const sim = onProfile(options, async () => {
    await world?.dispose();
    world = undefined;
  });
  const signIn = async (userName = 'supervisor1') => (world = await signedInWorld(sim(), userName));
  /** The agent's state as GWS holds it now, not as the app last read it. */
  const stateInGws = (userName: string) => {
    const users = sim().scenario.state().users as { userName: string; userState: { state: string; workMode?: string } }[];
    const { state, workMode } = users.find((u) => u.userName === userName)?.userState ?? {};
    return workMode ?? state;
  };
  const controlPosts = () => operationNames(sim().scenario.requests()).filter((name) => ['Ready', 'NotReady', 'Offline'].includes(name));

  it('makes an agent Not Ready, Ready, then logs them off, each read back from GWS and logged; an agent in After Call Work is made Ready', async () => {
    const w = await signIn();
    expect(w.service.view().agentControl).toBe(true);
    const { userId } = agent(w, 'agent1');
    for (const [action, operation, state] of [
      ['makeNotReady', 'NotReady', 'NotReady'],
      ['makeReady', 'Ready', 'Ready'],
      ['logOff', 'Offline', 'LoggedOut'],
    ] as const) {
      expect(await w.service.setTeamMemberState(userId, action)).toEqual({ ok: true, value: null });
      expect([agent(w, 'agent1').agentState, stateInGws('agent1')]).toEqual([state, state]);
      expect((await w.activity.read({ target: 'agent1', limit: 1 }))[0]).toMatchObject({ operation, change: { to: state }, result: { ok: true } });
    }

    sim().scenario.setAgentState('agent2', 'AfterCallWork');
    expect(await w.service.refreshTeam()).toEqual({ ok: true, value: null });
    expect(agent(w, 'agent2').agentState).toBe('AfterCallWork');
    expect(await w.service.setTeamMemberState(agent(w, 'agent2').userId, 'makeReady')).toEqual({ ok: true, value: null });
    expect([agent(w, 'agent2').agentState, stateInGws('agent2')]).toEqual(['Ready', 'Ready']);
    expect(controlPosts()).toEqual(['NotReady', 'Ready', 'Offline', 'Ready']);
  });

  it('the agent is on a call: refused in words, the state unchanged in the app and in GWS', async () => {
    const w = await signIn();
    const { userId, name } = agent(w, 'agent3');
    sim().scenario.answer(sim().scenario.ringAgent({ to: 'agent3' }).callId);
    const result = await w.service.setTeamMemberState(userId, 'makeNotReady');
    expect(result).toMatchObject({ ok: false, error: { code: 'agent-on-call' } });
    expect(!result.ok && result.error.message).toMatch(new RegExp(`^GWS did not change ${name}'s state now, as it does while the agent is on a call\\.`));
    expect([agent(w, 'agent3').agentState, agent(w, 'agent3').pending, stateInGws('agent3')]).toEqual(['Ready', null, 'Ready']);
  });

  it('a user GWS no longer knows: refused as unknown, naming the agent', async () => {
    const w = await signIn();
    const { userId, name } = agent(w, 'agent4');
    sim().scenario.applyFaults({ failNext: { operationName: 'NotReady', statusCode: 6, statusMessage: `User ${userId} not found` } });
    const result = await w.service.setTeamMemberState(userId, 'makeNotReady');
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-agent' } });
    expect(!result.ok && result.error.message).toMatch(new RegExp(`^GWS does not know ${name} any more`));
  });

  it('a user without the supervisor role: refused as no permission, nothing changed', async () => {
    const w = await signIn('agent5');
    const result = await w.service.setTeamMemberState(agent(w, 'agent6').userId, 'makeNotReady');
    expect(result).toMatchObject({ ok: false, error: { code: 'no-permission' } });
    expect(!result.ok && result.error.message).toMatch(/^Your GWS user may not change agents' states\. Ask your administrator/);
    expect(stateInGws('agent6')).toBe('Ready');
  });

  it('the feature off at sign-in: not offered, refused in words without asking GWS', async () => {
    sim().scenario.reset({ agentControlFeature: false });
    const w = await signIn();
    expect(w.service.view().agentControl).toBe(false);
    const result = await w.service.setTeamMemberState(agent(w, 'agent7').userId, 'makeNotReady');
    expect(result).toMatchObject({ ok: false, error: { code: 'agent-control-off' } });
    expect(!result.ok && result.error.message).toMatch(/^Changing agents' states is switched off on this GWS server/);
    expect(controlPosts()).toEqual([]);
  });

  it('the feature switched off after the team was read: GWS refuses with 404, and the words say it is off', async () => {
    const w = await signIn();
    const { userId } = agent(w, 'agent8');
    sim().scenario.reset({ agentControlFeature: false });
    const result = await w.service.setTeamMemberState(userId, 'makeNotReady');
    expect(result).toMatchObject({ ok: false, error: { code: 'agent-control-off' } });
    // The reset ended the session too: the first POST may be answered 401 and sent again once signed in.
    expect([...new Set(controlPosts())]).toEqual(['NotReady']);
    expect(stateInGws('agent8')).toBe('Ready');
  });
});
