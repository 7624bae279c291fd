// The reducer fed with recorded GWS shapes (test-support/gws-fixtures.ts).
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../gws/messages';
import { callSchema, deviceSchema } from '../gws/resources';
import {
  AGENT2_DEVICE,
  AGENT_DEVICE,
  SUP_DEVICE,
  armed,
  eventTypes,
  monitoringLeg,
  olderMonitoringLeg,
  run,
  signedIn,
  supervisorDevice,
  T0,
  targetUri,
  team,
  user,
} from './test-support/gws-fixtures';
import { initialState, type ArmRequest, type SupervisorInput } from './types';

describe('arming', () => {
  it('reads a ListenIn subscription with its target, and emits monitoringArmed', () => {
    const { state, events } = run([...signedIn(), { type: 'devices', devices: [armed()] }]);
    expect(state.monitoring).toEqual({
      state: 'ListenIn',
      mode: 'AllCalls',
      scope: 'Call',
      targetDeviceUri: targetUri(),
      targetDeviceId: AGENT_DEVICE,
      targetPhoneNumber: null,
      targetKnown: true,
    });
    expect(events).toEqual([{ type: 'monitoringArmed', subscription: state.monitoring }]);
  });

  it('applies GWS defaults (scope Call, mode AllCalls) when the server omits them', () => {
    const { state } = run([...signedIn(), { type: 'devices', devices: [supervisorDevice({ state: 'BargeIn', targetDeviceUri: targetUri() })] }]);
    expect(state.monitoring).toMatchObject({ state: 'BargeIn', mode: 'AllCalls', scope: 'Call' });
  });

  it('reads the 8.5.1 shape: a string state beside supervisorMonitoringMode', () => {
    const { state } = run([...signedIn(), { type: 'devices', devices: [supervisorDevice('Coach', { supervisorMonitoringMode: 'NextCall' })] }]);
    expect(state.monitoring).toMatchObject({ state: 'Coach', mode: 'NextCall', scope: 'Call', targetDeviceId: null, targetKnown: false });
  });

  it('a request on another agent replaces the subscription and says so', () => {
    const { events } = run([
      ...signedIn(armed()),
      { type: 'devices', devices: [supervisorDevice({ state: 'Coach', targetDeviceUri: targetUri(AGENT2_DEVICE) })] },
    ]);
    expect(events.map((e) => (e.type === 'monitoringArmed' ? `${e.subscription.state}@${e.subscription.targetDeviceId}` : e.type))).toEqual([
      `ListenIn@${AGENT_DEVICE}`,
      `Coach@${AGENT2_DEVICE}`,
    ]);
  });

  it('ignores a device message about another device', () => {
    const other = deviceSchema.parse({ id: 'someone-else', supervisorMonitoringState: { state: 'BargeIn' } });
    const { state, events } = run([...signedIn(), { type: 'devices', devices: [other] }]);
    expect(state.device?.id).toBe(SUP_DEVICE);
    expect(events).toEqual([]);
  });
});

describe('the monitored call', () => {
  it('is recognised by the monitoring flag, back-dated by its duration', () => {
    const { state, events } = run([...signedIn(armed()), { type: 'call', call: monitoringLeg() }]);
    expect(state.monitoredCallId).toBe('call-1');
    expect(state.callSince.get('call-1')).toBe(T0 - 3000);
    expect(eventTypes(events)).toEqual(['monitoringArmed', 'monitoredCallStarted']);
  });

  it('is recognised on older servers by the target agent’s number among the participants', () => {
    const { state } = run([...signedIn(armed()), { type: 'call', call: olderMonitoringLeg() }]);
    expect(state.monitoredCallId).toBe('call-1');
    expect(state.calls.get('call-1')?.participants.map((p) => p.phoneNumber)).toEqual(['7001', '9165550104']);
  });

  it('is not the supervisor’s own call that another supervisor monitors (monitoring: false)', () => {
    const own = monitoringLeg({ monitoring: false, mute: 'Off', supervisorListeningIn: true });
    const { state, events } = run([...signedIn(armed()), { type: 'call', call: own }]);
    expect(state.monitoredCallId).toBeNull();
    expect(eventTypes(events)).toEqual(['monitoringArmed']);
  });

  it('is not an older-shape ordinary call without the target’s number', () => {
    const ordinary = olderMonitoringLeg({
      participants: ['7009', '5551234'],
      participantsInfo: undefined,
      capabilities: ['Hangup', 'Hold', 'SingleStepTransfer'],
      mute: 'Off',
    });
    const { state } = run([...signedIn(armed()), { type: 'call', call: ordinary }]);
    expect(state.monitoredCallId).toBeNull();
  });

  it('reports SwitchToBargeIn and MuteMonitoredUser as mode changes', () => {
    const { events } = run([
      ...signedIn(armed()),
      { type: 'call', call: monitoringLeg() },
      {
        type: 'call',
        call: monitoringLeg({
          mute: 'Off',
          capabilities: ['Hangup', 'SwitchToListenIn', 'MuteMonitoredUser'],
          supervisorMonitoringState: { state: 'BargeIn' },
        }),
      },
      { type: 'call', call: monitoringLeg({ mute: 'Off', monitoredUserMuted: true, supervisorMonitoringState: { state: 'BargeIn' } }) },
      { type: 'call', call: monitoringLeg({ mute: 'Off', monitoredUserMuted: true, duration: '40', supervisorMonitoringState: { state: 'BargeIn' } }) },
    ]);
    expect(events.filter((e) => e.type === 'monitoredCallModeChanged')).toEqual([
      { type: 'monitoredCallModeChanged', callId: 'call-1', monitoring: 'BargeIn', agentMuted: false },
      { type: 'monitoredCallModeChanged', callId: 'call-1', monitoring: 'BargeIn', agentMuted: true },
    ]);
  });

  it('infers the mode from mute and the switches on offer when the call does not state it', () => {
    const coach = run([
      ...signedIn(armed('Coach')),
      { type: 'call', call: olderMonitoringLeg({ capabilities: ['Hangup', 'SwitchToBargeIn', 'SwitchToListenIn'] }) },
    ]);
    const listen = run([{ type: 'call', call: olderMonitoringLeg({ capabilities: ['Hangup', 'SwitchToBargeIn'] }) }], coach.state);
    const barge = run([{ type: 'call', call: olderMonitoringLeg({ mute: 'Off', capabilities: ['Hangup', 'SwitchToListenIn'] }) }], listen.state);
    expect([...listen.events, ...barge.events]).toEqual([
      { type: 'monitoredCallModeChanged', callId: 'call-1', monitoring: 'ListenIn', agentMuted: false },
      { type: 'monitoredCallModeChanged', callId: 'call-1', monitoring: 'BargeIn', agentMuted: false },
    ]);
  });

  it('stays the monitored call through a transfer with scope Call, though the agent changed', () => {
    const transferred = olderMonitoringLeg({ participants: ['7002', '9165550104'], participantsInfo: undefined });
    const { state, events } = run([...signedIn(armed()), { type: 'call', call: olderMonitoringLeg() }, { type: 'call', call: transferred }]);
    expect(state.monitoredCallId).toBe('call-1');
    expect(eventTypes(events)).toEqual(['monitoringArmed', 'monitoredCallStarted']);
  });

  it('ends when the leg is Released', () => {
    const { state, events } = run([
      ...signedIn(armed()),
      { type: 'call', call: monitoringLeg() },
      { type: 'call', call: monitoringLeg({ state: 'Released', capabilities: [] }) },
    ]);
    expect(state.monitoredCallId).toBeNull();
    expect(state.calls).toEqual(new Map());
    expect(eventTypes(events)).toEqual(['monitoringArmed', 'monitoredCallStarted', 'monitoredCallEnded']);
  });

  it.each(['toString', 'constructor'])('ends when Released even if GWS named it like an object property (%s)', (id) => {
    const { state, events } = run([
      ...signedIn(armed()),
      { type: 'call', call: monitoringLeg({ id }) },
      { type: 'call', call: monitoringLeg({ id, state: 'Released', capabilities: [] }) },
    ]);
    expect(state.monitoredCallId).toBeNull();
    expect(eventTypes(events)).toEqual(['monitoringArmed', 'monitoredCallStarted', 'monitoredCallEnded']);
  });
});

describe('GWS 8.5.1: no target, scope or monitoring marks reported', () => {
  const v851 = (state = 'ListenIn', mode = 'AllCalls') => supervisorDevice(state, { supervisorMonitoringMode: mode });
  const ask = (fields: Partial<ArmRequest> = {}): SupervisorInput => ({
    type: 'armRequested',
    request: { state: 'ListenIn', mode: 'AllCalls', scope: 'Agent', targetDeviceUri: targetUri(), targetPhoneNumber: null, ...fields },
  });
  const ringingLeg = (participants: string[], fields: Record<string, unknown> = {}) =>
    olderMonitoringLeg({ state: 'Ringing', participants, participantsInfo: undefined, capabilities: ['Answer', 'Hangup'], ...fields });

  it('knows whom it armed from its own request, whichever of reply and device message comes first, and says it once', () => {
    const messageFirst = run([...signedIn(), ask(), { type: 'devices', devices: [v851()] }, { type: 'armAnswered', accepted: true }]);
    const replyFirst = run([...signedIn(), ask(), { type: 'armAnswered', accepted: true }, { type: 'devices', devices: [v851()] }]);
    for (const { state, events } of [messageFirst, replyFirst]) {
      expect(state.monitoring).toMatchObject({ targetDeviceId: AGENT_DEVICE, scope: 'Agent', targetKnown: true });
      expect(eventTypes(events)).toEqual(['monitoringArmed']);
    }
  });

  it('keeps whom it armed through a resync while the device reports the subscription, and forgets it once it is gone', () => {
    const armedHere = run([...signedIn(), ask(), { type: 'armAnswered', accepted: true }, { type: 'devices', devices: [v851()] }]).state;
    const resynced = run([{ type: 'snapshot', user, devices: [v851()], calls: [] }], armedHere);
    expect(resynced.events).toEqual([]);
    expect(resynced.state.monitoring).toMatchObject({ targetDeviceId: AGENT_DEVICE });
    const lost = run([{ type: 'devices', devices: [supervisorDevice()] }], resynced.state);
    expect(lost.state.lostMonitoring).toMatchObject({ targetDeviceId: AGENT_DEVICE, scope: 'Agent' });
    const armedElsewhere = run([{ type: 'devices', devices: [v851()] }], lost.state);
    expect(armedElsewhere.state.monitoring).toMatchObject({ targetDeviceId: null, targetKnown: false });
  });

  it('a refused request arms nothing in its name; a re-arm on another agent waits for GWS to accept it', () => {
    const armedHere = run([...signedIn(), ask(), { type: 'armAnswered', accepted: true }, { type: 'devices', devices: [v851()] }]).state;
    const other = ask({ targetDeviceUri: targetUri(AGENT2_DEVICE) });
    const refused = run([other, { type: 'devices', devices: [v851()] }, { type: 'armAnswered', accepted: false }], armedHere);
    expect(refused.events).toEqual([]);
    expect(refused.state.monitoring).toMatchObject({ targetDeviceId: AGENT_DEVICE });
    const accepted = run([other, { type: 'devices', devices: [v851()] }, { type: 'armAnswered', accepted: true }], armedHere);
    expect(accepted.events).toMatchObject([{ type: 'monitoringArmed', subscription: { targetDeviceId: AGENT2_DEVICE } }]);
  });

  it('recognises its leg by a monitoring-only capability, or ringing by the armed agent’s number beside the customer’s', () => {
    const armedHere = run([...signedIn(), ask(), { type: 'armAnswered', accepted: true }, { type: 'devices', devices: [v851()] }]).state;
    expect(
      run([{ type: 'call', call: olderMonitoringLeg({ participants: ['9165550104'], participantsInfo: undefined }) }], armedHere).state.monitoredCallId,
    ).toBe('call-1');
    expect(run([{ type: 'call', call: ringingLeg(['7001', '9165550104']) }], armedHere).state.monitoredCallId).toBe('call-1');
  });

  it('never takes an ordinary call of its own for the leg: one with the armed agent alone, one it dialled', () => {
    const armedHere = run([...signedIn(), ask(), { type: 'armAnswered', accepted: true }, { type: 'devices', devices: [v851()] }]).state;
    const fromAgent = ringingLeg(['7001'], { callType: 'Internal' });
    const dialled = ringingLeg(['7001', '9165550104'], { state: 'Dialing', capabilities: ['Hangup'] });
    const toAgent = olderMonitoringLeg({
      participants: ['7001'],
      participantsInfo: undefined,
      capabilities: ['Hangup', 'Hold', 'SingleStepTransfer'],
      mute: 'Off',
    });
    for (const call of [fromAgent, dialled, toAgent]) expect(run([{ type: 'call', call }], armedHere).state.monitoredCallId).toBeNull();
  });

  it('armed by number on a number outside the team: the number is the target, and is re-armed', () => {
    const byNumber = run([
      ...signedIn(),
      ask({ targetDeviceUri: null, targetPhoneNumber: '8001' }),
      { type: 'armAnswered', accepted: true },
      { type: 'devices', devices: [v851()] },
    ]);
    expect(byNumber.state.monitoring).toMatchObject({ targetPhoneNumber: '8001', targetKnown: true });
    expect(run([{ type: 'call', call: ringingLeg(['8001', '9165550104']) }], byNumber.state).state.monitoredCallId).toBe('call-1');
  });
});

describe('the end of a subscription', () => {
  it('after our Cancel is cancelled', () => {
    const { state, events } = run([...signedIn(armed()), { type: 'cancelRequested' }, { type: 'devices', devices: [supervisorDevice()] }]);
    expect(events.at(-1)).toMatchObject({ type: 'monitoringCancelled', reason: 'cancelled' });
    expect(state).toMatchObject({ monitoring: null, lostMonitoring: null, cancelRequested: false });
  });

  it('after its call, in NextCall mode, is completed, not lost', () => {
    const { events } = run([
      ...signedIn(armed('ListenIn', { mode: 'NextCall' })),
      { type: 'call', call: monitoringLeg() },
      { type: 'call', call: monitoringLeg({ state: 'Released' }) },
      { type: 'devices', devices: [supervisorDevice()] },
    ]);
    expect(events.at(-1)).toMatchObject({ type: 'monitoringCancelled', reason: 'next-call-completed' });
  });

  it('without our Cancel is lost, and kept for a re-arm that clears it', () => {
    const lost = run([...signedIn(armed()), { type: 'devices', devices: [supervisorDevice()] }]);
    expect(lost.events.at(-1)).toMatchObject({ type: 'monitoringLost' });
    expect(lost.state.lostMonitoring).toMatchObject({ state: 'ListenIn', targetDeviceId: AGENT_DEVICE });
    const rearmed = run([{ type: 'devices', devices: [armed()] }], lost.state);
    expect(rearmed.state.lostMonitoring).toBeNull();
  });

  it('an AllCalls subscription whose call ended and then vanished is lost', () => {
    const { events } = run([
      ...signedIn(armed()),
      { type: 'call', call: monitoringLeg() },
      { type: 'call', call: monitoringLeg({ state: 'Released' }) },
      { type: 'devices', devices: [supervisorDevice()] },
    ]);
    expect(events.at(-1)).toMatchObject({ type: 'monitoringLost' });
  });
});

describe('resync', () => {
  it('rebuilds from a snapshot the state the messages built', () => {
    const other = callSchema.parse({
      id: 'own-1',
      state: 'Held',
      participants: [{ phoneNumber: '5551212' }],
      capabilities: ['Retrieve', 'Hangup'],
      duration: '10',
      monitoring: false,
    });
    const fromMessages = run([
      ...signedIn(),
      { type: 'devices', devices: [armed()] },
      { type: 'call', call: monitoringLeg({ duration: '0' }) },
      { type: 'call', call: monitoringLeg({ mute: 'Off', duration: '0', supervisorMonitoringState: { state: 'BargeIn' } }) },
      { type: 'call', call: { ...other, durationSeconds: 0 } },
    ]).state;
    const fromSnapshot = run([
      { type: 'team', members: team },
      {
        type: 'snapshot',
        user,
        devices: [armed()],
        calls: [monitoringLeg({ mute: 'Off', duration: '0', supervisorMonitoringState: { state: 'BargeIn' } }), { ...other, durationSeconds: 0 }],
      },
    ]).state;
    expect(fromSnapshot).toEqual(fromMessages);
  });

  it('after an outage: a call that started meanwhile is alerted; one that ended meanwhile is closed', () => {
    const before = run([...signedIn(armed()), { type: 'call', call: monitoringLeg({ id: 'old' }) }]).state;
    const { state, events } = run([{ type: 'snapshot', user, devices: [armed()], calls: [monitoringLeg({ id: 'new', duration: '12' })] }], before, T0 + 60_000);
    expect(events).toEqual([
      { type: 'monitoredCallEnded', callId: 'old' },
      { type: 'monitoredCallStarted', callId: 'new' },
    ]);
    expect(state.callSince.get('new')).toBe(T0 + 60_000 - 12_000);
  });

  it('after an outage: a subscription gone from the snapshot is flagged lost', () => {
    const { state, events } = run([{ type: 'snapshot', user, devices: [supervisorDevice()], calls: [] }], run(signedIn(armed())).state);
    expect(events).toMatchObject([{ type: 'monitoringLost', subscription: { state: 'ListenIn' } }]);
    expect(events).toHaveLength(1);
    expect(state.lostMonitoring).not.toBeNull();
  });

  it('keeps when a known call began across a resync', () => {
    const before = run([...signedIn(armed()), { type: 'call', call: monitoringLeg({ duration: '0' }) }]).state;
    const after = run([{ type: 'snapshot', user, devices: [armed()], calls: [monitoringLeg({ duration: '30' })] }], before, T0 + 30_000).state;
    expect(after.callSince.get('call-1')).toBe(T0);
  });
});

it('parses both documented CometD shapes into the same call', () => {
  const envelope = (call: unknown) => ({ messageType: 'CallStateChangeMessage', notificationType: 'StatusChange', call, phoneNumber: '5005' });
  const a = parseMessage(envelope({ id: 'c', state: 'Established', participants: [{ phoneNumber: '7001' }, { phoneNumber: '9165550104' }] }));
  const b = parseMessage(
    envelope({ id: 'c', state: 'Established', participants: ['7001', '9165550104'], participantsInfo: [{ digits: '7001' }, { digits: '9165550104' }] }),
  );
  const numbers = (p: typeof a) =>
    p.kind === 'message' && p.message.messageType === 'CallStateChangeMessage' ? p.message.call.participants.map((x) => x.phoneNumber) : p.kind;
  expect(numbers(a)).toEqual(['7001', '9165550104']);
  expect(numbers(b)).toEqual(numbers(a));
});

it('signing out forgets everything', () => {
  expect(run([...signedIn(armed()), { type: 'call', call: monitoringLeg() }, { type: 'signedOut' }]).state).toEqual(initialState);
});
