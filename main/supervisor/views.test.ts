import { describe, expect, it } from 'vitest';
import { callSchema } from '../gws/resources';
import {
  AGENT2_DEVICE,
  armed,
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
import { eventSchemas } from '../../common/event-schemas';
import { supervisorView } from './views';

describe('the supervisor view', () => {
  it('names the armed agent and marks them in the team', () => {
    const view = supervisorView(run(signedIn(armed('Coach', { mode: 'NextCall', scope: 'Agent' }))).state);
    expect(view.armed).toEqual({ state: 'Coach', mode: 'NextCall', scope: 'Agent', target: { userName: 'agent1', name: 'Alice Ng', phoneNumber: '7001' } });
    expect(view.team.map((m) => `${m.userName}${m.armed ? ' (armed)' : ''}`)).toEqual(['agent1 (armed)', 'agent2']);
    expect(view.deviceActions).toEqual(['listenIn', 'coach', 'bargeIn', 'cancelMonitoring']);
  });

  it('on 8.5.1, armed by another instance or before a restart: says the GWS does not name the agent, not "Unknown agent"', () => {
    const view = supervisorView(run(signedIn(supervisorDevice('BargeIn', { supervisorMonitoringMode: 'AllCalls' }))).state);
    expect(view.armed).toMatchObject({ state: 'BargeIn', target: { userName: null, name: 'an agent not reported by this GWS' } });
    expect(view.team.some((m) => m.armed)).toBe(false);
  });

  it('on 8.5.1, armed here by number: names the agent with that number and marks them in the team', () => {
    const byNumber = { state: 'ListenIn', mode: 'AllCalls', scope: 'Call', targetDeviceUri: null, targetPhoneNumber: '7002' } as const;
    const state = run([
      ...signedIn(),
      { type: 'armRequested', request: byNumber },
      { type: 'armAnswered', accepted: true },
      { type: 'devices', devices: [supervisorDevice('ListenIn', { supervisorMonitoringMode: 'AllCalls' })] },
    ]).state;
    const view = supervisorView(state);
    expect(view.armed?.target).toEqual({ userName: 'agent2', name: 'Bo Diaz', phoneNumber: '7002' });
    expect(view.team.filter((m) => m.armed).map((m) => m.userName)).toEqual(['agent2']);
  });

  it('offers Cancel only while armed, as the device’s capabilities say (docs/gws-notes.md, "Monitoring subscription")', () => {
    expect(supervisorView(run(signedIn()).state).deviceActions).toEqual(['listenIn', 'coach', 'bargeIn']);
  });

  it('shows the live call with agent, customer, timer start, mode and only the allowed actions', () => {
    const view = supervisorView(run([...signedIn(armed()), { type: 'call', call: monitoringLeg() }]).state);
    expect(view.monitoredCall).toEqual({
      callId: 'call-1',
      callState: 'Established',
      agent: { userName: 'agent1', name: 'Alice Ng', phoneNumber: '7001' },
      customerNumber: '+19165550104',
      callType: 'Inbound',
      since: T0 - 3000,
      monitoring: 'ListenIn',
      agentMuted: false,
      actions: ['leave', 'bargeIn', 'muteAgent'],
    });
    expect(view.ownCalls).toEqual([]);
  });

  it('after a transfer with scope Call, names the agent now on the call', () => {
    const moved = olderMonitoringLeg({ participants: ['7002', '9165550104'], participantsInfo: undefined });
    const view = supervisorView(run([...signedIn(armed()), { type: 'call', call: olderMonitoringLeg() }, { type: 'call', call: moved }]).state);
    expect(view.monitoredCall?.agent.name).toBe('Bo Diaz');
    expect(view.monitoredCall?.customerNumber).toBe('9165550104');
  });

  it('lists the supervisor’s own calls apart, with their own actions, and the agent state', () => {
    const own = callSchema.parse({
      id: 'own',
      state: 'Ringing',
      participants: [{ phoneNumber: '5551212' }],
      capabilities: ['Answer', 'Hangup'],
      callType: 'Inbound',
      monitoring: false,
    });
    const view = supervisorView(run([...signedIn(supervisorDevice()), { type: 'call', call: own }]).state);
    expect(view.ownCalls).toEqual([{ callId: 'own', callState: 'Ringing', number: '5551212', callType: 'Inbound', since: T0, actions: ['answer', 'hangup'] }]);
    expect(view.agentState).toBe('NotReady');
  });

  it('offers a lost subscription for re-arming', () => {
    const view = supervisorView(run([...signedIn(armed()), { type: 'devices', devices: [supervisorDevice()] }]).state);
    expect(view.armed).toBeNull();
    expect(view.lost?.target.name).toBe('Alice Ng');
  });

  it('always fits the schema main checks pushed views against', () => {
    const states = [
      run(signedIn(armed())).state,
      run([...signedIn(armed()), { type: 'call', call: monitoringLeg() }]).state,
      run([...signedIn(armed()), { type: 'devices', devices: [supervisorDevice()] }]).state,
      run([]).state,
    ];
    for (const state of states) expect(eventSchemas.supervisor.safeParse(supervisorView(state)).error).toBeUndefined();
  });

  it('says why monitoring is not offered to a user without the supervisor role', () => {
    const agentOnly = { ...user, roles: ['ROLE_AGENT'] };
    const view = supervisorView(run([{ type: 'snapshot', user: agentOnly, devices: [supervisorDevice()], calls: [] }]).state);
    expect(view.monitoringUnavailable?.code).toBe('no-permission');
    expect(supervisorView(run(signedIn()).state, new Set(['api-voice'])).monitoringUnavailable?.code).toBe('monitoring-off');
    expect(supervisorView(run(signedIn()).state, new Set(['api-voice', 'api-supervisor-monitoring'])).monitoringUnavailable).toBeNull();
  });

  it('follows a new target and a new team read, while an unchanged team is listed without being rebuilt', () => {
    const first = run([...signedIn(armed()), { type: 'call', call: monitoringLeg() }]).state;
    const next = run([{ type: 'call', call: monitoringLeg({ monitoredUserMuted: true }) }], first).state;
    expect(supervisorView(next).team).toBe(supervisorView(first).team);

    const moved = run([{ type: 'devices', devices: [armed('ListenIn', { targetDeviceUri: targetUri(AGENT2_DEVICE) })] }], next).state;
    expect(supervisorView(moved).team.map((m) => `${m.userName}${m.armed ? ' (armed)' : ''}`)).toEqual(['agent1', 'agent2 (armed)']);

    const reread = run([{ type: 'team', members: team.map((m) => ({ ...m, agentState: 'NotReady' })) }], moved).state;
    expect(supervisorView(reread).team.map((m) => m.agentState)).toEqual(['NotReady', 'NotReady']);
    expect(supervisorView(reread).team.find((m) => m.armed)?.userName).toBe('agent2');
  });

  it('hands out the same team until a row changes, so main pushes it to the window only then', () => {
    const first = run(signedIn(armed())).state;
    const listed = supervisorView(first).team;
    const same = run([{ type: 'team', members: team.map((m) => ({ ...m })) }], first).state;
    expect(supervisorView(same).team).toBe(listed);

    const moved = run([{ type: 'devices', devices: [armed('ListenIn', { targetDeviceUri: targetUri(AGENT2_DEVICE) })] }], same).state;
    expect(supervisorView(moved).team).not.toBe(listed);
    const pending = run([{ type: 'agentChangeSent', userId: 'u-a1', action: 'makeNotReady' }], moved).state;
    expect(supervisorView(pending).team).not.toBe(supervisorView(moved).team);
    expect(supervisorView(pending).team[0]?.pending).toBe('makeNotReady');
    const later = run([{ type: 'team', members: team.map((m, i) => (i === 0 ? { ...m, stateSince: T0 + 5000, stateSinceKnown: true } : m)) }], pending).state;
    expect(supervisorView(later).team).not.toBe(supervisorView(pending).team);
    expect(supervisorView(later).team[0]?.stateSinceKnown).toBe(true);
  });
});

describe('security 15.5 own keys only', () => {
  // GWS picks call ids and capability names; a name every object has must find nothing.
  const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
  const pushed = (view: ReturnType<typeof supervisorView>) => {
    const { team: _team, ...rest } = view;
    return eventSchemas.supervisor.safeParse(rest);
  };

  it.each(names)('a call with id %j: listed with its own timer, the view fits its schema, and it goes when released', (id) => {
    const call = callSchema.parse({
      id,
      state: 'Ringing',
      participants: [{ phoneNumber: '5551212' }],
      capabilities: ['Answer'],
      callType: 'Inbound',
      duration: 4,
      monitoring: false,
    });
    const ringing = run([...signedIn(supervisorDevice()), { type: 'call', call }]).state;
    const view = supervisorView(ringing);
    expect(pushed(view).success).toBe(true);
    expect(view.ownCalls).toEqual([{ callId: id, callState: 'Ringing', number: '5551212', callType: 'Inbound', since: T0 - 4000, actions: ['answer'] }]);
    const released = run([{ type: 'call', call: { ...call, state: 'Released' } }], ringing).state;
    expect(supervisorView(released).ownCalls).toEqual([]);
    // And a snapshot that has it keeps its first-seen time.
    const resynced = run([{ type: 'snapshot', user, devices: [supervisorDevice()], calls: [call] }], ringing, T0 + 60_000).state;
    expect(supervisorView(resynced).ownCalls[0]?.since).toBe(T0 - 4000);
  });

  it.each(names)('a capability named %j offers no action', (capability) => {
    const call = callSchema.parse({
      id: 'own',
      state: 'Ringing',
      participants: [{ phoneNumber: '5551212' }],
      capabilities: [capability, 'Hangup'],
      monitoring: false,
    });
    const view = supervisorView(run([...signedIn(supervisorDevice(undefined, { capabilities: [capability] })), { type: 'call', call }]).state);
    expect(pushed(view).success).toBe(true);
    expect(view.ownCalls[0]?.actions).toEqual(['hangup']);
    expect(view.deviceActions).toEqual([]);
  });
});
