// Supervisor Agent State Control (GWS 8.5.2 API, "Supervisor Agent State Control"): a supervisor
// sets another user's channel Ready, NotReady or Offline. The documented part is the request,
// the feature and the agent's ChannelStateChangeMessageV2; the refusals below are the
// simulator's choices where the documentation is silent (sim/README.md).
import { isLoggedIn, type AgentStateName } from './agent-states';
import type { Directory } from './directory';
import { invalidState, notFound } from './gws-error';
import type { Telephony } from './telephony';
import type { Device } from './types';

export const agentControlFeature = 'api-supervisor-agent-control';

/** The operationNames of the documented pages (Ready, NotReady, Offline); reasons are not among the parameters. */
export const controlledStates = ['Ready', 'NotReady', 'Offline'] as const satisfies readonly AgentStateName[];
export type ControlledState = (typeof controlledStates)[number];

/** The only channel simulated; the documentation also names chat, email and other media. */
export const voiceChannel = 'voice';

/**
 * The agent's device when the change is possible now: a known user (6), the voice channel (2),
 * logged in (2: a supervisor cannot log an agent in, there is no place to log in at), and not on
 * a call (2: the change would cut across the call).
 */
export function controllableDevice(directory: Directory, telephony: Telephony, userId: string, channel: string): Device {
  const user = directory.users.get(userId);
  if (!user) throw notFound(`User ${userId} not found`);
  if (channel !== voiceChannel) throw invalidState(`Channel ${channel} is not available`);
  const device = directory.deviceOf(user);
  if (!isLoggedIn(device.userState)) throw invalidState(`${user.userName} is logged out`);
  if (telephony.legsOf(device.id).some(({ party }) => party.state !== 'Released')) {
    throw invalidState(`${user.userName} is on a call`);
  }
  return device;
}
