// The supervisor service against the simulator: real HTTP, real CometD, the real session. The
// monitoring journeys themselves run on every server variation in monitoring-journeys.test.ts.
import { describe, expect, it } from 'vitest';
import { operationNames } from '../../sim/index';
import { nextEvent } from '../../test-support/events';
import '../../test-support/no-unhandled-rejections';
import { agent, viewWhere, worldsPerTest, type World } from './test-support/service-world';
import type { Problem } from '../result';

/** Signs in to a new simulator with these options, or to the one given. */
const signedIn = worldsPerTest();

const operations = (w: World) => operationNames(w.sim.scenario.requests());

describe('auto-answer of a monitoring call that rings first', () => {
  it('answers a ringing monitoring call by itself (auto-answer)', async () => {
    const w = await signedIn({ monitoringCall: 'ringing' });
    expect((await w.service.monitor({ target: { phoneNumber: agent(w, 'agent5').phoneNumber! }, state: 'Coach' })).ok).toBe(true);
    await viewWhere(w, (v) => v.armed !== null, 'armed');
    const { callId } = w.sim.scenario.ringAgent({ to: 'agent5' });
    w.sim.scenario.answer(callId);
    await viewWhere(w, (v) => v.monitoredCall?.callState === 'Established', 'auto-answered');
    expect(operations(w)).toContain('Answer');
    expect(w.service.view().monitoredCall?.monitoring).toBe('Coach');
  });

  it('says in words why a ringing monitoring call was not answered by itself, and leaves Answer to the supervisor', async () => {
    const w = await signedIn({ monitoringCall: 'ringing' });
    expect((await w.service.monitor({ target: { phoneNumber: agent(w, 'agent5').phoneNumber! }, state: 'ListenIn' })).ok).toBe(true);
    await viewWhere(w, (v) => v.armed !== null, 'armed');
    const faults = await fetch(`${w.sim.url}/sim/faults`, {
      method: 'POST',
      body: JSON.stringify({ failNext: { operationName: 'Answer', statusCode: 2, statusMessage: 'The device is busy' } }),
    });
    expect(faults.ok).toBe(true);
    const warned = nextEvent<[Problem]>(w.service, 'warning');

    const { callId } = w.sim.scenario.ringAgent({ to: 'agent5' });
    w.sim.scenario.answer(callId);

    expect(await warned).toEqual([
      {
        code: 'auto-answer-failed',
        message: 'The monitoring call could not be answered automatically: GWS refused the request: The device is busy. Answer it from the call card.',
      },
    ]);
    expect(w.service.view().monitoredCall).toMatchObject({ callId, callState: 'Ringing', actions: expect.arrayContaining(['answer']) as string[] });
    expect(await w.service.answer(callId)).toEqual({ ok: true, value: null });
    await viewWhere(w, (v) => v.monitoredCall?.callState === 'Established', 'answered from the call card');
  });
});

describe('the view', () => {
  it('is one snapshot for every reader until the state changes, then a new one', async () => {
    const w = await signedIn();
    const first = w.service.view();
    expect(w.service.view()).toBe(first);
    expect((await w.service.monitor({ target: { userId: agent(w, 'agent3').userId }, state: 'ListenIn' })).ok).toBe(true);
    await viewWhere(w, (v) => v.armed?.target.userName === 'agent3', 'armed on agent3');
    const later = w.service.view();
    expect(later).not.toBe(first);
    expect(later.team.find((m) => m.userName === 'agent3')?.armed).toBe(true);
    expect(first.team.find((m) => m.userName === 'agent3')?.armed).toBe(false);
    expect(w.service.view()).toBe(later);
  });

  it('keeps its team through a refresh that changed nothing, so the window is not sent it again; a change gives a new one', async () => {
    const w = await signedIn();
    const team = w.service.view().team;
    expect(await w.service.refreshTeam()).toEqual({ ok: true, value: null });
    expect(w.service.view().team).toBe(team);
    w.sim.scenario.setAgentState('agent3', 'NotReady');
    expect(await w.service.refreshTeam()).toEqual({ ok: true, value: null });
    expect(w.service.view().team).not.toBe(team);
    expect(agent(w, 'agent3').agentState).toBe('NotReady');
  });
});

describe('refusals', () => {
  it('refuses what the capabilities do not allow at once, without calling GWS', async () => {
    const w = await signedIn();
    const before = w.sim.scenario.requests().length;
    expect(await w.service.switchToBargeIn()).toMatchObject({
      ok: false,
      error: { code: 'not-allowed', message: 'Barge in: there is no monitored call in progress.' },
    });
    expect(await w.service.cancelMonitoring()).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(await w.service.answer('no-such-call')).toMatchObject({ ok: false, error: { code: 'not-allowed', message: 'That call has ended.' } });
    expect(await w.service.rearm()).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(w.sim.scenario.requests().length).toBe(before);
  });

  it('names the agent another supervisor already monitors', async () => {
    const first = await signedIn();
    expect((await first.service.monitor({ target: { userId: agent(first, 'agent6').userId }, state: 'ListenIn' })).ok).toBe(true);
    const second = await signedIn(first.sim, 'supervisor2');
    const result = await second.service.monitor({ target: { userId: agent(second, 'agent6').userId }, state: 'BargeIn' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'already-monitored', message: `${agent(second, 'agent6').name} is already monitored by another supervisor.` },
    });
    expect((await second.activity.read())[0]).toMatchObject({ operation: 'BargeIn', result: { ok: false, code: 'already-monitored' } });
  });

  it('says when the monitoring feature is off on the server', async () => {
    const w = await signedIn({ monitoringFeature: false });
    const result = await w.service.monitor({ target: { userId: agent(w, 'agent7').userId }, state: 'ListenIn' });
    expect(result).toMatchObject({ ok: false, error: { code: 'monitoring-off' } });
    expect(result.ok || result.error.message).toContain('api-supervisor-monitoring');
    expect(w.service.view().monitoringUnavailable?.code).toBe('monitoring-off');
  });

  it('passes on SIP Cluster’s refusal of scope Agent in the server’s words', async () => {
    const w = await signedIn({ sipCluster: true });
    const result = await w.service.monitor({ target: { userId: agent(w, 'agent8').userId }, state: 'ListenIn', scope: 'Agent' });
    expect(result).toMatchObject({ ok: false, error: { code: 'status' } });
    expect(result.ok || result.error.message).toMatch(/SIP Cluster/);
  });

  it('refuses an agent outside the team', async () => {
    const w = await signedIn();
    expect(await w.service.monitor({ target: { userId: 'nobody' }, state: 'ListenIn' })).toMatchObject({ ok: false, error: { code: 'unknown-agent' } });
  });
});

describe('own calls and agent state', () => {
  it('dials, holds, retrieves and hangs up its own call, and sets the agent state', async () => {
    const w = await signedIn();
    expect((await w.service.setMyState('Ready')).ok).toBe(true);
    await viewWhere(w, (v) => v.agentState === 'Ready', 'Ready');
    expect((await w.service.dial('7009')).ok).toBe(true);
    await viewWhere(w, (v) => v.ownCalls.length === 1, 'a dialled call');
    const callId = w.service.view().ownCalls[0]!.callId;
    w.sim.scenario.answer(callId);
    await viewWhere(w, (v) => v.ownCalls[0]?.actions.includes('hold') === true, 'established');
    expect((await w.service.hold(callId)).ok).toBe(true);
    await viewWhere(w, (v) => v.ownCalls[0]?.actions.includes('retrieve') === true, 'held');
    expect((await w.service.retrieve(callId)).ok).toBe(true);
    await viewWhere(w, (v) => v.ownCalls[0]?.callState === 'Established', 'retrieved');
    expect((await w.service.hangup(callId)).ok).toBe(true);
    await viewWhere(w, (v) => v.ownCalls.length === 0, 'hung up');
  });
});
