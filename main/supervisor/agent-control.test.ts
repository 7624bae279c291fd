// Supervisor Agent State Control from main against the simulator: the real session, real HTTP.
// Each refusal comes back in words that name the agent and say what to do.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../sim/index';
import { ActivityLog } from '../activity/activity-log';
import '../../test-support/no-unhandled-rejections';
import { quiet } from '../../test-support/quiet-log';
import { sessionFixture, type SessionFixture } from '../session/test-support/session-fixture';
import { AGENT_CONTROL_FEATURE, agentControlRefusal, readTeamMember, setAgentState } from './agent-control';
import { SupervisorService } from './service';

const defaults = { monitoringScope: 'Call' as const, monitoringMode: 'AllCalls' as const, autoAnswerMonitoringCalls: true };

function withSimulator(options: SimulatorOptions = {}) {
  let sim: Simulator | undefined;
  const fixtures: SessionFixture[] = [];
  beforeAll(async () => {
    sim = await startSimulator({ longPollMs: 2000, ...options });
  });
  afterEach(async () => {
    await Promise.all(fixtures.splice(0).map((f) => f.dispose()));
    sim?.scenario.reset();
  });
  afterAll(async () => {
    await sim?.close();
  });
  const current = () => {
    if (!sim) throw new Error('the simulator has not started');
    return sim;
  };
  return {
    get sim() {
      return current();
    },
    async signIn(userName = 'supervisor1') {
      const fixture = await sessionFixture();
      fixtures.push(fixture);
      const result = await fixture.session.signIn({ serverUrl: current().url, userName, password: 'demo123', remember: false });
      expect(result.ok).toBe(true);
      return fixture.session;
    },
    member(userName: string) {
      const user = current().seed.users.find((u) => u.userName === userName);
      if (!user) throw new Error(`no ${userName}`);
      return { userId: user.id, name: `${user.firstName} ${user.lastName}` };
    },
  };
}

describe('agent state control with the feature on', () => {
  const world = withSimulator();

  it('makes an agent Not Ready, Ready and logs them off; reading the user again shows each state', async () => {
    const session = await world.signIn();
    const agent = world.member('agent1');
    expect(await readTeamMember(session, agent.userId, Date.now())).toMatchObject({ ok: true, value: { agentState: 'Ready', name: agent.name } });
    for (const [operation, state] of [
      ['NotReady', 'NotReady'],
      ['Ready', 'Ready'],
      ['Offline', 'LoggedOut'],
    ] as const) {
      expect(await setAgentState(session, agent, operation)).toEqual({ ok: true, value: null });
      expect(await readTeamMember(session, agent.userId, Date.now())).toMatchObject({ ok: true, value: { agentState: state } });
    }
  });

  it('main knows the feature is on from GET /api/v2/features', async () => {
    const session = await world.signIn();
    const service = new SupervisorService({ session, activity: new ActivityLog('/nonexistent'), preferences: () => defaults, log: quiet });
    expect(service.agentControlAvailable).toBeUndefined();
    expect((await service.refreshTeam()).ok).toBe(true);
    expect(service.agentControlAvailable).toBe(true);
  });

  it('an agent on a call: refused in words naming the agent, the state unchanged', async () => {
    const session = await world.signIn();
    const { callId } = world.sim.scenario.ringAgent({ to: 'agent2' });
    world.sim.scenario.answer(callId);
    const agent = world.member('agent2');
    const result = await setAgentState(session, agent, 'NotReady');
    expect(result).toMatchObject({ ok: false, error: { code: 'agent-on-call' } });
    expect(!result.ok && result.error.message).toMatch(new RegExp(`${agent.name}.*on a call.*Try again when the call ends`));
    expect(await readTeamMember(session, agent.userId, Date.now())).toMatchObject({ ok: true, value: { agentState: 'Ready' } });
  });

  it('a logged-off agent: refused as logged off', async () => {
    const session = await world.signIn();
    world.sim.scenario.setAgentState('agent3', 'Offline');
    const agent = world.member('agent3');
    expect(await setAgentState(session, agent, 'Ready')).toEqual({
      ok: false,
      error: { code: 'agent-logged-off', message: `${agent.name} is logged off: GWS changes the state of logged-in agents only.` },
    });
  });

  it('an unknown user: refused as unknown, naming them', async () => {
    const session = await world.signIn();
    const result = await setAgentState(session, { userId: '0123456789abcdef0123456789abcdef', name: 'Gone Agent' }, 'Ready');
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-agent' } });
    expect(!result.ok && result.error.message).toMatch(/^GWS does not know Gone Agent any more/);
  });

  it('a user without the supervisor role: refused as no permission', async () => {
    const session = await world.signIn('agent4');
    const result = await setAgentState(session, world.member('agent5'), 'NotReady');
    expect(result).toMatchObject({ ok: false, error: { code: 'no-permission' } });
    expect(!result.ok && result.error.message).toMatch(/may not change agents' states\. Ask your administrator/);
    expect(await readTeamMember(session, world.member('agent5').userId, Date.now())).toMatchObject({ ok: true, value: { agentState: 'Ready' } });
  });
});

describe('agent state control with the feature off', () => {
  const world = withSimulator({ agentControlFeature: false });

  it('is refused as switched off, naming the feature, and main knows it is off', async () => {
    const session = await world.signIn();
    expect(await setAgentState(session, world.member('agent1'), 'NotReady')).toEqual({
      ok: false,
      error: {
        code: 'agent-control-off',
        message: `Changing agents' states is switched off on this GWS server (feature ${AGENT_CONTROL_FEATURE}). Ask your administrator to enable it.`,
      },
    });
    const service = new SupervisorService({ session, activity: new ActivityLog('/nonexistent'), preferences: () => defaults, log: quiet });
    await service.refreshTeam();
    expect(service.agentControlAvailable).toBe(false);
  });
});

describe('agent state control with REST-style HTTP statuses', () => {
  const world = withSimulator({ errorStatus: 'strict' });

  it('a 403 for the missing role is still no permission', async () => {
    const session = await world.signIn('agent4');
    expect(await setAgentState(session, world.member('agent5'), 'Offline')).toMatchObject({ ok: false, error: { code: 'no-permission' } });
  });
});

describe('agentControlRefusal', () => {
  it('when the features could not be read, a 404 names both possible causes', () => {
    const problem = agentControlRefusal(
      { code: 'http', httpStatus: 404, message: 'x'.repeat(100_000) },
      { agentName: 'Alice Ng', features: undefined, agentState: undefined },
    );
    expect(problem.code).toBe('unknown-agent');
    expect(problem.message).toMatch(/^GWS did not find Alice Ng, or changing agents' states is switched off/);
    // GWS's own words are bounded.
    expect(problem.message.length).toBeLessThan(500);
  });
});
