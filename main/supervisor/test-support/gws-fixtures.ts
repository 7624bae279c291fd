// GWS JSON in the shapes the reference documents (8.5.2 objects, and the older strings plus
// participantsInfo and string supervisorMonitoringState), parsed by the client's own schemas.
import { callSchema, deviceSchema, userSchema, type Call, type Device } from '../../gws/resources';
import { reduce } from '../reducer';
import { initialState, type DomainEvent, type SupervisorInput, type SupervisorState, type TeamMember } from '../types';

export const BASE = 'http://gws.example:8090/api/v2';
export const SUP_DEVICE = 'efe1ab32-53f9-43ce-b65e-5768c61f7d4a';
export const AGENT_DEVICE = '9c14cad7-17c4-48d0-8492-7cf0ff92c224';
export const AGENT2_DEVICE = '1d0ba7c0-0000-4000-8000-000000007002';
export const targetUri = (id = AGENT_DEVICE) => `${BASE}/devices/${id}`;
export const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);

export const user = userSchema.parse({ id: 'u-sup1', userName: 'supervisor1', roles: ['ROLE_SUPERVISOR', 'ROLE_AGENT'] });
export const team: TeamMember[] = [
  {
    userId: 'u-a1',
    userName: 'agent1',
    name: 'Alice Ng',
    deviceId: AGENT_DEVICE,
    deviceUri: targetUri(),
    phoneNumber: '7001',
    agentState: 'Ready',
    stateSince: T0,
    stateSinceKnown: false,
  },
  {
    userId: 'u-a2',
    userName: 'agent2',
    name: 'Bo Diaz',
    deviceId: AGENT2_DEVICE,
    deviceUri: targetUri(AGENT2_DEVICE),
    phoneNumber: '7002',
    agentState: 'Ready',
    stateSince: T0,
    stateSinceKnown: false,
  },
];

/** The supervisor's device as DeviceStateChangeMessage carries it (docs/gws-notes.md, "Monitoring subscription"). */
export function supervisorDevice(monitoring?: Record<string, unknown> | string, extra: Record<string, unknown> = {}): Device {
  return deviceSchema.parse({
    id: SUP_DEVICE,
    deviceState: 'Active',
    userState: { id: '900D55CC', displayName: 'Not Ready', state: 'NotReady' },
    phoneNumber: '5005',
    capabilities: ['ListenIn', 'Coach', 'BargeIn', ...(monitoring ? ['CancelSupervisorMonitoring'] : [])],
    ...(monitoring && { supervisorMonitoringState: monitoring }),
    ...extra,
  });
}
export const armed = (state = 'ListenIn', more: Record<string, unknown> = {}) =>
  supervisorDevice({ state, mode: 'AllCalls', scope: 'Call', targetDeviceUri: targetUri(), ...more });

/** The supervisor's monitoring leg, 8.5.2 shape (docs/gws-notes.md, "Calls", "Monitoring call"). */
export function monitoringLeg(fields: Record<string, unknown> = {}): Call {
  return callSchema.parse({
    id: 'call-1',
    state: 'Established',
    deviceUri: `${BASE}/devices/${SUP_DEVICE}`,
    participants: [
      { phoneNumber: '7001', digits: '7001' },
      { phoneNumber: '+19165550104', digits: '9165550104', formattedPhoneNumber: '(916) 555-0104' },
    ],
    callType: 'Inbound',
    capabilities: ['Hangup', 'SwitchToBargeIn', 'MuteMonitoredUser'],
    duration: '3',
    mute: 'On',
    monitoredUserMuted: false,
    monitoring: true,
    supervisorMonitoringState: { state: 'ListenIn' },
    ...fields,
  });
}

/** The same leg as an older server sends it: participant strings plus participantsInfo, no flags. */
export function olderMonitoringLeg(fields: Record<string, unknown> = {}): Call {
  return callSchema.parse({
    id: 'call-1',
    state: 'Established',
    participants: ['7001', '9165550104'],
    participantsInfo: [{ digits: '7001' }, { digits: '9165550104', formattedPhoneNumber: '(916) 555-0104' }],
    callType: 'Inbound',
    capabilities: ['Hangup', 'SwitchToBargeIn'],
    duration: '3',
    mute: 'On',
    ...fields,
  });
}

export function run(inputs: SupervisorInput[], from: SupervisorState = initialState, now = T0): { state: SupervisorState; events: DomainEvent[] } {
  let state = from;
  const events: DomainEvent[] = [];
  for (const input of inputs) {
    const r = reduce(state, input, now);
    state = r.state;
    events.push(...r.events);
  }
  return { state, events };
}

export const signedIn = (device = supervisorDevice(), calls: Call[] = []): SupervisorInput[] => [
  { type: 'team', members: team },
  { type: 'snapshot', user, devices: [device], calls },
];
export const eventTypes = (events: DomainEvent[]) => events.map((e) => e.type);
