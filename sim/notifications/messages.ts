// The voice CometD messages (docs/gws-notes.md, "Notifications"): `data` of the envelope {data, channel}.
import { renderCall, renderDevice, type ResourceContext } from '../gws/resources';
import type { Call, CallNotification, Device, Party } from '../model/types';

export const devicesChannel = '/v2/me/devices';
export const callsChannel = '/v2/me/calls';
export const channelsChannel = '/v2/me/channels';

export function deviceStateChangeMessage(ctx: ResourceContext, device: Device): Record<string, unknown> {
  return { messageType: 'DeviceStateChangeMessage', devices: [renderDevice(ctx, device)] };
}

export function callStateChangeMessage(ctx: ResourceContext, call: Call, party: Party, notificationType: CallNotification): Record<string, unknown> {
  return {
    messageType: 'CallStateChangeMessage',
    notificationType,
    call: renderCall(ctx, call, party),
    // The DN of the receiving user's device (docs/gws-notes.md, "Notifications").
    phoneNumber: ctx.directory.devices.get(party.deviceId)?.phoneNumber,
    extensions: { WrapUpTime: 0, BusinessCall: 0 },
  };
}

/**
 * What the agent receives when a supervisor changed their state (the Supervisor Agent State
 * Control samples): their channel with its userState; dndState too, except on Offline, whose
 * sample has none.
 */
export function channelStateChangeMessage(device: Device): Record<string, unknown> {
  const loggedOut = device.userState.state === 'LoggedOut';
  return {
    messageType: 'ChannelStateChangeMessageV2',
    channels: [
      {
        channel: 'voice',
        ...(!loggedOut && { dndState: device.doNotDisturb ? 'On' : 'Off' }),
        userState: device.userState,
      },
    ],
  };
}
