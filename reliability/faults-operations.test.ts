// failNext for each monitoring operation: GWS refuses it once. The supervisor gets the refusal in
// words (never a bare code), the supervisor view is exactly as it was, and the same action
// tried again succeeds: nothing is stuck half-done.
import { describe, expect, it } from 'vitest';
import type { SupervisorView } from '../common/supervisor-view';
import type { ActionResult } from '../main/supervisor/service';
import type { Simulator } from '../sim/index';
import '../test-support/no-unhandled-rejections';
import { testSimulator } from './test-support/after-test';
import { faultWorld, type FaultWorld } from './test-support/fault-world';

// Each test has its own simulator and core (undone after it), so none depends on another's order or leftovers.
let sim: Simulator;
let w: FaultWorld;

/** A fresh simulator and core for this test, signed in as supervisor1 with the team read. */
async function signedIn(): Promise<void> {
  sim = await testSimulator();
  w = await faultWorld();
  expect((await w.core.signIn({ serverUrl: sim.url, userName: 'supervisor1', password: 'demo123', remember: false })).ok).toBe(true);
  await w.viewWhere((v) => v.team.some((m) => m.userName === 'agent3'), 'the team');
}

const agent3 = () => ({ userId: w.supervisor().team.find((m) => m.userName === 'agent3')?.userId ?? '' });

/** Arms `state` on agent3 (no fault), as the supervisor would before the case under test. */
async function armedOnAgent3(state: 'ListenIn' | 'BargeIn'): Promise<void> {
  expect(await w.core.supervisor.monitor({ target: agent3(), state })).toEqual({ ok: true, value: null });
  await w.viewWhere((v) => v.armed?.state === state && v.armed.target.userName === 'agent3', `${state} armed on agent3`);
}

/** Each refusal is in the activity log with its words, next to the success that followed. */
async function refusalsLogged(): Promise<string[]> {
  const refusals = (await w.core.activity.read()).filter((entry) => !entry.result.ok);
  return refusals.map((entry) => entry.operation).sort();
}

/** A view with its clock-derived fields as they are: any change at all shows as a difference. */
const snapshot = (): SupervisorView => structuredClone(w.supervisor());

/**
 * GWS refuses `operationName` once; `act` must fail in words and leave the view as it was. Then
 * `act` again must succeed and `after` hold.
 */
async function refusedThenDone(
  operationName: string,
  act: () => Promise<ActionResult>,
  after: (v: SupervisorView) => boolean,
  refusal: { statusCode: number; words: string } = { statusCode: 2, words: `GWS refused the request: Simulated failure of ${operationName}.` },
): Promise<void> {
  sim.scenario.applyFaults({ failNext: { operationName, statusCode: refusal.statusCode } });
  const before = snapshot();
  const refused = await act();
  expect(refused.ok, `${operationName} refused`).toBe(false);
  if (refused.ok) return;
  expect(refused.error.message, operationName).toBe(refusal.words);
  expect(refused.error.message).not.toMatch(/statusCode|\d/);
  expect(w.supervisor(), `the view after the refused ${operationName}`).toEqual(before);
  // A round trip through the server: no late message changes it either.
  expect((await w.core.supervisor.refreshTeam()).ok).toBe(true);
  expect(w.supervisor(), `the view a moment after the refused ${operationName}`).toEqual(before);
  expect(sim.scenario.state()).toMatchObject({ faults: { failNext: [] } });

  expect(await act(), `${operationName} tried again`).toEqual({ ok: true, value: null });
  await w.viewWhere(after, `${operationName} done`);
}

describe('failNext for each monitoring operation', () => {
  it('ListenIn, Coach, BargeIn: refused in words, nothing armed or changed; again: armed', async () => {
    await signedIn();
    await refusedThenDone(
      'ListenIn',
      () => w.core.supervisor.monitor({ target: agent3(), state: 'ListenIn' }),
      (v) => v.armed?.state === 'ListenIn',
    );
    await refusedThenDone(
      'Coach',
      () => w.core.supervisor.monitor({ target: agent3(), state: 'Coach' }),
      (v) => v.armed?.state === 'Coach',
    );
    // statusCode 3 on a monitoring request: another supervisor has the agent (docs/gws-notes.md, "Monitoring rules").
    const name = w.supervisor().team.find((m) => m.userName === 'agent3')?.name ?? '';
    await refusedThenDone(
      'BargeIn',
      () => w.core.supervisor.monitor({ target: agent3(), state: 'BargeIn' }),
      (v) => v.armed?.state === 'BargeIn',
      {
        statusCode: 3,
        words: `${name} is already monitored by another supervisor.`,
      },
    );
    expect(w.supervisor().armed?.target.userName).toBe('agent3');
    expect(await refusalsLogged()).toEqual(['BargeIn', 'Coach', 'ListenIn']);
  });

  it('on the live call: SwitchToListenIn, SwitchToBargeIn, MuteMonitoredUser, UnmuteMonitoredUser, Hangup (leave) refused and then done', async () => {
    await signedIn();
    await armedOnAgent3('BargeIn');
    const { callId } = sim.scenario.ringAgent({ to: 'agent3', from: '+19165550104' });
    sim.scenario.answer(callId);
    await w.viewWhere((v) => v.monitoredCall?.callState === 'Established' && v.monitoredCall.monitoring === 'BargeIn', 'the barged-in call');

    await refusedThenDone(
      'SwitchToListenIn',
      () => w.core.supervisor.switchToListenIn(),
      (v) => v.monitoredCall?.monitoring === 'ListenIn',
    );
    await refusedThenDone(
      'SwitchToBargeIn',
      () => w.core.supervisor.switchToBargeIn(),
      (v) => v.monitoredCall?.monitoring === 'BargeIn',
    );
    await refusedThenDone(
      'MuteMonitoredUser',
      () => w.core.supervisor.muteAgent(),
      (v) => v.monitoredCall?.agentMuted === true,
    );
    await refusedThenDone(
      'UnmuteMonitoredUser',
      () => w.core.supervisor.unmuteAgent(),
      (v) => v.monitoredCall?.agentMuted === false,
    );
    await refusedThenDone(
      'Hangup',
      () => w.core.supervisor.leaveCall(),
      (v) => v.monitoredCall === null,
    );
    // Leaving the call is not cancelling: still armed for the next one.
    expect(w.supervisor().armed).toMatchObject({ state: 'BargeIn', target: { userName: 'agent3' } });
    expect(await refusalsLogged()).toEqual(['Hangup', 'MuteMonitoredUser', 'SwitchToBargeIn', 'SwitchToListenIn', 'UnmuteMonitoredUser']);
    sim.scenario.release(callId);
  });

  it('CancelSupervisorMonitoring refused: still armed, with Cancel still offered; again: cancelled', async () => {
    await signedIn();
    await armedOnAgent3('ListenIn');
    await refusedThenDone(
      'CancelSupervisorMonitoring',
      () => w.core.supervisor.cancelMonitoring(),
      (v) => v.armed === null,
    );
    expect(w.supervisor().deviceActions).not.toContain('cancelMonitoring');
    expect(await refusalsLogged()).toEqual(['CancelSupervisorMonitoring']);
  });
});

describe('failNext for the answer of a ringing monitoring leg', () => {
  it('auto-answer refused: the leg stays ringing with Answer offered, not lost; answering by hand then connects it', async () => {
    const ringing = await testSimulator({ monitoringCall: 'ringing' });
    const r = await faultWorld();
    expect((await r.core.signIn({ serverUrl: ringing.url, userName: 'supervisor1', password: 'demo123', remember: false })).ok).toBe(true);
    expect((await r.core.supervisor.monitor({ target: { phoneNumber: '7005' }, state: 'ListenIn' })).ok).toBe(true);
    await r.viewWhere((v) => v.armed?.target.phoneNumber === '7005', 'armed on agent5');

    ringing.scenario.applyFaults({ failNext: { operationName: 'Answer', statusCode: 2 } });
    const { callId } = ringing.scenario.ringAgent({ to: 'agent5', from: '+19165550111' });
    ringing.scenario.answer(callId);
    await r.viewWhere((v) => v.monitoredCall?.callId === callId, 'the ringing monitoring leg');
    // The auto-answer went out and was refused (the fault is used up), and the leg is still there to answer.
    await r.viewWhere(() => (ringing.scenario.state() as { faults: { failNext: unknown[] } }).faults.failNext.length === 0, 'the auto-answer tried');
    expect((await r.core.supervisor.refreshTeam()).ok).toBe(true);
    expect(r.supervisor().monitoredCall).toMatchObject({ callId, callState: 'Ringing', actions: expect.arrayContaining(['answer']) as string[] });
    expect(r.events).toContainEqual({ type: 'monitoredCallStarted', callId });

    expect(await r.core.supervisor.answer(callId)).toEqual({ ok: true, value: null });
    await r.viewWhere((v) => v.monitoredCall?.callState === 'Established', 'answered by hand');
  });
});
