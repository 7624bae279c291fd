// The operations of the /api/v2/me resources: session, agent state, supervisor monitoring and
// call control (docs/gws-notes.md, "Signing in", "Monitoring subscription", "Agent states",
// "Calls", "Monitoring call").
import { agentStateNames } from '../model/agent-states';
import { monitoringFeature } from '../model/capabilities';
import type { Leg } from '../model/contact-center';
import type { Directory } from '../model/directory';
import { GwsError, StatusCode, invalidState, notFound } from '../model/gws-error';
import type { Device, SupervisionState, User } from '../model/types';
import type { GwsEnv } from './context';
import { operation, type Operation } from './operation';
import {
  dialParameters,
  monitoringParameters,
  noParameters,
  readyParameters,
  startSessionParameters,
  transferParameters,
  type MonitoringParameters,
} from './schemas';
import type { HttpSession } from './sessions';

const voiceFeature = 'api-voice';
const voice = { feature: voiceFeature };
const supervisor = { feature: monitoringFeature, role: 'ROLE_SUPERVISOR' } as const;

type Table = Record<string, Operation>;

/** POST /api/v2/me */
export function meOperations(env: GwsEnv, user: User, session: HttpSession): Table {
  return {
    StartContactCenterSession: operation(
      startSessionParameters,
      ({ channels }) => {
        // Only voice is simulated. Another channel fails as an unavailable one would
        // (docs/gws-notes.md, "Signing in"): alone, with its own statusCode; next to voice, as partial success.
        const unavailable = channels.filter((c) => c !== 'voice');
        if (!channels.includes('voice')) throw invalidState(`Channels not available: ${channels.join(', ')}`);
        env.center.startContactCenterSession(user);
        if (unavailable.length === 0) return undefined;
        return {
          statusCode: StatusCode.partialSuccess,
          statusMessage: 'Partial success',
          channels: [
            { channel: 'voice', statusCode: StatusCode.ok },
            ...unavailable.map((channel) => ({
              channel,
              statusCode: StatusCode.invalidState,
              statusMessage: `Channel ${channel} is not available`,
            })),
          ],
        };
      },
      voice,
    ),
    // Logs out and ends the HTTP session: it must be a client's last call (docs/gws-notes.md, "Signing in").
    EndContactCenterSession: operation(noParameters, () => {
      env.center.endContactCenterSession(user);
      env.sessions.end(session.id);
    }),
  };
}

/** POST /api/v2/me/channels/voice (docs/gws-notes.md, "Agent states"). */
export function voiceChannelOperations(env: GwsEnv, device: Device): Table {
  const { center } = env;
  const table: Table = {
    Ready: operation(readyParameters, ({ workmode }) => center.setAgentState(device, 'Ready', workmode), voice),
  };
  for (const name of agentStateNames.filter((n) => n !== 'Ready')) {
    table[name] = operation(noParameters, () => center.setAgentState(device, name), voice);
  }
  return table;
}

/** POST /api/v2/me/devices/{id} */
export function deviceOperations(env: GwsEnv, device: Device): Table {
  const { center } = env;
  const withCapability = (name: string, action: () => void) => () => {
    center.requireDeviceCapability(device, name);
    action();
  };
  const monitor = (state: SupervisionState) =>
    operation(
      monitoringParameters,
      (params) => {
        center.requireDeviceCapability(device, state);
        center.monitor(device, {
          state,
          mode: params.supervisorMonitoringMode,
          scope: params.supervisorMonitoringScope,
          target: monitoringTarget(env, params),
        });
      },
      supervisor,
    );
  return {
    ListenIn: monitor('ListenIn'),
    Coach: monitor('Coach'),
    BargeIn: monitor('BargeIn'),
    CancelSupervisorMonitoring: operation(
      noParameters,
      withCapability('CancelSupervisorMonitoring', () => center.cancelMonitoring(device)),
      supervisor,
    ),
    DoNotDisturbOn: operation(
      noParameters,
      withCapability('DoNotDisturbOn', () => center.setDoNotDisturb(device, true)),
      voice,
    ),
    DoNotDisturbOff: operation(
      noParameters,
      withCapability('DoNotDisturbOff', () => center.setDoNotDisturb(device, false)),
      voice,
    ),
  };
}

/** POST /api/v2/me/devices/{id}/calls (docs/gws-notes.md, "Calls"). */
export function deviceCallOperations(env: GwsEnv, device: Device): Table {
  return {
    Dial: operation(dialParameters, ({ destination, userData }) => void env.center.dial(device, destination.phoneNumber, userData), voice),
  };
}

/** POST /api/v2/me/calls/{id} (docs/gws-notes.md, "Calls", "Monitoring call"). */
export function callOperations(env: GwsEnv, leg: Leg): Table {
  const { center } = env;
  const onLeg = (name: string, action: (leg: Leg) => void, gates: { feature: string; role?: 'ROLE_SUPERVISOR' } = voice) =>
    operation(
      noParameters,
      () => {
        center.requireCallCapability(leg, name);
        action(leg);
      },
      gates,
    );
  return {
    Answer: onLeg('Answer', (l) => center.answer(l)),
    Hangup: onLeg('Hangup', (l) => center.hangup(l)),
    Hold: onLeg('Hold', (l) => center.hold(l)),
    Retrieve: onLeg('Retrieve', (l) => center.retrieve(l)),
    SingleStepTransfer: operation(
      transferParameters,
      ({ destination }) => {
        center.requireCallCapability(leg, 'SingleStepTransfer');
        center.singleStepTransfer(leg, destination.phoneNumber);
      },
      voice,
    ),
    SwitchToBargeIn: onLeg('SwitchToBargeIn', (l) => center.switchSupervision(l, 'BargeIn'), supervisor),
    SwitchToListenIn: onLeg('SwitchToListenIn', (l) => center.switchSupervision(l, 'ListenIn'), supervisor),
    MuteMonitoredUser: onLeg('MuteMonitoredUser', (l) => center.setMonitoredUserMuted(l, true), supervisor),
    UnmuteMonitoredUser: onLeg('UnmuteMonitoredUser', (l) => center.setMonitoredUserMuted(l, false), supervisor),
  };
}

/**
 * The device to monitor: targetDeviceUri (a .../api/v2/devices/{id} URI, docs/gws-notes.md, "Monitoring subscription") or
 * phoneNumber (an agent's DN or a routing point's). When both are given they must agree.
 */
function monitoringTarget(env: GwsEnv, { targetDeviceUri, phoneNumber }: MonitoringParameters): Device {
  const { directory } = env.center;
  const byUri = targetDeviceUri === undefined ? undefined : deviceAt(directory, targetDeviceUri);
  const byNumber = phoneNumber === undefined ? undefined : directory.deviceByNumber(phoneNumber);
  if (phoneNumber !== undefined && !byNumber) throw notFound(`No device with phone number ${phoneNumber}`);
  if (byUri && byNumber && byUri !== byNumber) {
    throw invalidState('Parameters targetDeviceUri and phoneNumber name different devices');
  }
  const target = byUri ?? byNumber;
  if (!target) throw new GwsError(StatusCode.missingParameter, 'Parameter targetDeviceUri or phoneNumber is missing');
  return target;
}

function deviceAt(directory: Directory, uri: string): Device {
  const id = /\/api\/v2\/devices\/([^/?#\s]+)\/?$/.exec(uri)?.[1];
  if (id === undefined) throw invalidState(`Parameter targetDeviceUri is not a device URI: ${uri}`);
  const device = directory.devices.get(id);
  if (!device) throw notFound(`Device ${id} not found`);
  return device;
}
