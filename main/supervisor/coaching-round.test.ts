// The coaching round against the real simulator over real HTTP and CometD: NextCall on each
// picked agent in turn, skips with GWS's refusal in words, the pause for the supervisor's own
// call, the re-arm after a reconnect lost the subscription, and Stop.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Notice } from '../../common/contract';
import type { Simulator } from '../../sim/index';
import { nextEvent, until } from '../../test-support/events';
import '../../test-support/no-unhandled-rejections';
import { quiet } from '../../test-support/quiet-log';
import { CoachingRound, ROUND_LOG } from './coaching-round';
import { onProfile, simulatorProfiles } from './test-support/gws-profiles';
import { agent, signedInWorld, viewWhere, type World } from './test-support/service-world';

const customer = '+19165550104';

// On every server variation the GWS docs show (test-support/gws-profiles.ts), its decoy checked
// after each test: 8.5.1 names no target and may ring the monitoring leg first.
describe.each(simulatorProfiles)('a coaching round on GWS %s', (_name, options) => {
  let sim: Simulator;
  let worlds: World[] = [];
  const simulator = onProfile(options, async () => {
    for (const w of worlds.reverse()) await w.dispose();
    worlds = [];
  });
  beforeAll(() => {
    sim = simulator();
  });

  const signIn = async (userName = 'supervisor1') => {
    const w = await signedInWorld(sim, userName);
    worlds.push(w);
    return w;
  };

  /** A round on these agents, with the notices it says. */
  const roundOf = (w: World) => {
    const round = new CoachingRound({ service: w.service, activity: w.activity, log: quiet, supervisorName: () => 'supervisor1' });
    const notices: Notice[] = [];
    round.on('notice', (n) => notices.push(n));
    return { round, notices };
  };
  const ids = (w: World, ...userNames: string[]) => userNames.map((u) => agent(w, u).userId);
  const armedOn = (w: World, userName: string) =>
    viewWhere(
      w,
      (v) => v.armed?.target.userName === userName && v.armed.mode === 'NextCall' && v.armed.state === 'Coach',
      `NextCall Coach armed on ${userName}`,
    );
  /** A customer call the agent takes and ends, with the supervisor on it. */
  const callServed = async (w: World, userName: string) => {
    const { callId } = sim.scenario.ringAgent({ to: userName, from: customer });
    sim.scenario.answer(callId);
    await viewWhere(w, (v) => v.monitoredCall?.agent.userName === userName && v.monitoredCall.callState === 'Established', `on ${userName}'s call`);
    sim.scenario.release(callId);
  };
  /** The server drops the app's notifications: the session is reconnecting once this resolves. */
  const connectionDropped = async (w: World) => {
    const reconnecting = nextEvent(w.fixture.session, 'state', (s: { status: string; connection?: { kind: string } }) => s.connection?.kind === 'reconnecting');
    sim.scenario.applyFaults({ dropNotifications: true });
    await reconnecting;
  };
  /** The activity log, oldest first; polled, as the service writes an arming's entry after GWS's reply, which its device message can beat. */
  const logged = async (w: World) =>
    (await w.activity.read()).reverse().map((e) => `${e.operation} ${e.target ?? ''}${e.result.ok ? '' : ` (${e.result.message})`}`.trim());

  it('arms NextCall on each agent in turn as their calls end, wraps around, and says "3 of 3, now Sofia Rossi"', async () => {
    const w = await signIn();
    const { round } = roundOf(w);
    expect(await round.start(ids(w, 'agent1', 'agent2', 'agent3'), 'Coach')).toEqual({ ok: true, value: null });
    await armedOn(w, 'agent1');
    expect(round.view()).toEqual({ how: 'Coach', position: 1, total: 3, agentName: 'Emily Carter', agentUserName: 'agent1', paused: false });

    await callServed(w, 'agent1');
    await armedOn(w, 'agent2');
    await callServed(w, 'agent2');
    await armedOn(w, 'agent3');
    expect(round.view()).toMatchObject({ position: 3, total: 3, agentName: 'Sofia Rossi' });
    await callServed(w, 'agent3');
    await armedOn(w, 'agent1');
    expect(round.view()).toMatchObject({ position: 1, agentName: 'Emily Carter' });

    await expect
      .poll(async () => (await logged(w)).filter((e) => !e.startsWith('Answer')))
      .toEqual([ROUND_LOG.started, 'Coach agent1', 'Coach agent2', 'Coach agent3', 'Coach agent1']);
  });

  it('skips an agent who is logged off, saying so, and arms the next', async () => {
    const w = await signIn();
    sim.scenario.setAgentState('agent2', 'Offline');
    await w.service.refreshTeam();
    const { round, notices } = roundOf(w);
    expect((await round.start(ids(w, 'agent1', 'agent2', 'agent3'), 'Coach')).ok).toBe(true);
    await armedOn(w, 'agent1');
    await callServed(w, 'agent1');
    await armedOn(w, 'agent3');
    expect(round.view()).toMatchObject({ position: 3, agentName: 'Sofia Rossi' });
    expect(notices).toContainEqual({ kind: 'info', message: 'Coaching round: skipped James Nguyen, who is logged off.' });
    await expect.poll(() => logged(w)).toContain(`${ROUND_LOG.skipped} agent2 (Coaching round: skipped James Nguyen, who is logged off.)`);
  });

  it('moves on when the agent armed now logs off, which ends the subscription', async () => {
    const w = await signIn();
    const { round, notices } = roundOf(w);
    expect((await round.start(ids(w, 'agent1', 'agent2'), 'Coach')).ok).toBe(true);
    await armedOn(w, 'agent1');
    sim.scenario.setAgentState('agent1', 'Offline');
    await armedOn(w, 'agent2');
    expect(round.view()).toMatchObject({ position: 2, agentName: 'James Nguyen' });
    expect(notices).toContainEqual({ kind: 'info', message: 'Coaching round: skipped Emily Carter, who is logged off.' });
    expect(w.service.view().lost).toBeNull();
  });

  it('skips an agent another supervisor monitors, with GWS’s refusal in words', async () => {
    const w = await signIn();
    const rival = await signIn('supervisor2');
    expect((await rival.service.monitor({ target: { userId: agent(rival, 'agent2').userId }, state: 'ListenIn' })).ok).toBe(true);
    const { round, notices } = roundOf(w);
    expect((await round.start(ids(w, 'agent2', 'agent3'), 'Coach')).ok).toBe(true);
    await armedOn(w, 'agent3');
    expect(round.view()).toMatchObject({ position: 2, total: 2, agentName: 'Sofia Rossi' });
    expect(notices).toContainEqual({ kind: 'alert', message: 'Coaching round: skipped, as James Nguyen is already monitored by another supervisor.' });
    // The refused arming is in the log as the service wrote it, and the round's skip beside it.
    await expect
      .poll(() => logged(w))
      .toEqual([
        ROUND_LOG.started,
        'Coach agent2 (James Nguyen is already monitored by another supervisor.)',
        `${ROUND_LOG.skipped} agent2 (James Nguyen is already monitored by another supervisor.)`,
        'Coach agent3',
      ]);
  });

  it('stops, saying why, when every agent is logged off or monitored by someone else', async () => {
    const w = await signIn();
    const rival = await signIn('supervisor2');
    expect((await rival.service.monitor({ target: { userId: agent(rival, 'agent2').userId }, state: 'ListenIn' })).ok).toBe(true);
    sim.scenario.setAgentState('agent1', 'Offline');
    await w.service.refreshTeam();
    const { round, notices } = roundOf(w);
    const started = await round.start(ids(w, 'agent1', 'agent2'), 'ListenIn');
    expect(started).toMatchObject({ ok: false, error: { code: 'round-stopped' } });
    expect(round.view()).toBeNull();
    expect(notices.at(-1)?.message).toMatch(/^Coaching round stopped: none of its agents can be monitored now/);
    expect(w.service.view().armed).toBeNull();
  });

  it('pauses while the supervisor is on their own call, and arms the same agent again after it', async () => {
    const w = await signIn();
    const { round } = roundOf(w);
    expect((await round.start(ids(w, 'agent1', 'agent2'), 'Coach')).ok).toBe(true);
    await armedOn(w, 'agent1');
    expect((await w.service.setMyState('Ready')).ok).toBe(true);
    expect((await w.service.dial('7009')).ok).toBe(true);
    await viewWhere(w, (v) => v.ownCalls.length === 1 && v.armed === null, 'on my own call, nothing armed');
    expect(round.view()).toMatchObject({ paused: true, agentName: 'Emily Carter' });

    const callId = w.service.view().ownCalls[0]!.callId;
    expect((await w.service.hangup(callId)).ok).toBe(true);
    await armedOn(w, 'agent1');
    expect(round.view()).toMatchObject({ paused: false, position: 1 });
    await expect
      .poll(() => logged(w))
      .toEqual([
        ROUND_LOG.started,
        'Coach agent1',
        `${ROUND_LOG.paused} agent1`,
        'CancelSupervisorMonitoring agent1',
        `${ROUND_LOG.resumed} agent1`,
        'Coach agent1',
      ]);
  });

  it('goes on after a reconnect that kept the subscription, with nothing armed twice', async () => {
    const w = await signIn();
    const { round, notices } = roundOf(w);
    expect((await round.start(ids(w, 'agent1', 'agent2'), 'Coach')).ok).toBe(true);
    await armedOn(w, 'agent1');
    await connectionDropped(w);
    await until(() => w.fixture.session.state.status === 'signed-in' && w.fixture.session.state.connection.kind === 'connected', 'connected again');
    await callServed(w, 'agent1');
    await armedOn(w, 'agent2');
    expect(round.view()).toMatchObject({ position: 2, agentName: 'James Nguyen' });
    expect(notices.map((n) => n.message).filter((m) => /lost|skipped|stopped/.test(m))).toEqual([]);
    await expect.poll(async () => (await logged(w)).filter((e) => e.startsWith('Coach'))).toEqual(['CoachingRoundStarted', 'Coach agent1', 'Coach agent2']);
  });

  it('started during the supervisor’s own call, it waits for the call to end before arming', async () => {
    const w = await signIn();
    expect((await w.service.setMyState('Ready')).ok).toBe(true);
    expect((await w.service.dial('7009')).ok).toBe(true);
    await viewWhere(w, (v) => v.ownCalls.length === 1, 'on my own call');
    const { round } = roundOf(w);
    expect((await round.start(ids(w, 'agent1', 'agent2'), 'Coach')).ok).toBe(true);
    expect(round.view()).toMatchObject({ paused: true, position: 1 });
    expect(w.service.view().armed).toBeNull();
    expect((await w.service.hangup(w.service.view().ownCalls[0]!.callId)).ok).toBe(true);
    await armedOn(w, 'agent1');
    expect(round.view()).toMatchObject({ paused: false });
  });

  it('arms the current agent again when a reconnect finds the subscription gone', async () => {
    const w = await signIn();
    const { round, notices } = roundOf(w);
    expect((await round.start(ids(w, 'agent1', 'agent2'), 'Coach')).ok).toBe(true);
    await armedOn(w, 'agent1');
    await connectionDropped(w);
    // While the app is not listening, the supervisor's device logs out and in again: GWS drops its subscription.
    sim.scenario.setAgentState('supervisor1', 'Offline');
    sim.scenario.setAgentState('supervisor1', 'NotReady');
    await viewWhere(w, () => notices.some((n) => n.message === 'Coaching round: monitoring of Emily Carter was lost, armed again.'), 'the re-arm said');
    await armedOn(w, 'agent1');
    expect(w.service.view().lost).toBeNull();
    await expect.poll(() => logged(w)).toContain(`${ROUND_LOG.rearmed} agent1`);
  });

  it('Stop cancels the subscription, ends the round and logs it', async () => {
    const w = await signIn();
    const { round } = roundOf(w);
    expect((await round.start(ids(w, 'agent1', 'agent2'), 'ListenIn')).ok).toBe(true);
    await viewWhere(w, (v) => v.armed?.target.userName === 'agent1' && v.armed.state === 'ListenIn', 'listening armed on agent1');
    const ended = nextEvent(round, 'round', (v) => v === null);
    expect(await round.stop()).toEqual({ ok: true, value: null });
    await ended;
    await viewWhere(w, (v) => v.armed === null, 'nothing armed');
    expect(round.view()).toBeNull();
    await expect.poll(async () => (await logged(w)).slice(-2)).toEqual(['CancelSupervisorMonitoring agent1', `${ROUND_LOG.stopped} agent1`]);
    expect(await round.stop()).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
  });

  it('stops, saying so, when the supervisor cancels its monitoring or arms other monitoring by hand', async () => {
    const w = await signIn();
    const { round, notices } = roundOf(w);
    expect((await round.start(ids(w, 'agent1', 'agent2'), 'Coach')).ok).toBe(true);
    await armedOn(w, 'agent1');
    expect((await w.service.cancelMonitoring()).ok).toBe(true);
    await until(() => round.view() === null, 'the round stopped');
    expect(notices.at(-1)).toEqual({ kind: 'alert', message: 'Coaching round stopped: its monitoring was cancelled outside the round.' });

    expect((await round.start(ids(w, 'agent1', 'agent2'), 'Coach')).ok).toBe(true);
    await armedOn(w, 'agent1');
    expect((await w.service.monitor({ target: { userId: agent(w, 'agent5').userId }, state: 'ListenIn' })).ok).toBe(true);
    await until(() => round.view() === null, 'the round stopped');
    expect(notices.at(-1)?.message).toBe('Coaching round stopped: you armed other monitoring, which replaces the round’s.');
    expect(w.service.view().armed).toMatchObject({ state: 'ListenIn', target: { userName: 'agent5' } });
  });

  it('a new round replaces the one running: the old one logged as stopped, the new one armed', async () => {
    const w = await signIn();
    const { round } = roundOf(w);
    expect((await round.start(ids(w, 'agent1', 'agent2'), 'Coach')).ok).toBe(true);
    await armedOn(w, 'agent1');
    expect((await round.start(ids(w, 'agent3'), 'ListenIn')).ok).toBe(true);
    await viewWhere(w, (v) => v.armed?.target.userName === 'agent3' && v.armed.state === 'ListenIn', 'listening armed on agent3');
    expect(round.view()).toMatchObject({ how: 'ListenIn', position: 1, total: 1, agentName: 'Sofia Rossi' });
    await expect.poll(() => logged(w)).toEqual([ROUND_LOG.started, 'Coach agent1', `${ROUND_LOG.stopped} agent1`, ROUND_LOG.started, 'ListenIn agent3']);
  });

  it('refuses a round of nobody, of duplicates, or of someone outside the team', async () => {
    const w = await signIn();
    const { round } = roundOf(w);
    expect(await round.start([], 'Coach')).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await round.start(ids(w, 'agent1', 'agent1'), 'Coach')).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await round.start(['nobody'], 'Coach')).toMatchObject({ ok: false, error: { code: 'unknown-agent' } });
    expect(w.service.view().armed).toBeNull();
  });
});
