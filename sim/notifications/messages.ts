// The voice CometD messages (reference 2.3-2.5): `data` of the envelope {data, channel}.
import { renderCall, renderDevice, type ResourceContext } from '../gws/resources';
import type { Call, CallNotification, Device, Party } from '../model/types';

export const devicesChannel = '/v2/me/devices';
export const callsChannel = '/v2/me/calls';

export function deviceStateChangeMessage(ctx: ResourceContext, device: Device): Record<string, unknown> {
  return { messageType: 'DeviceStateChangeMessage', devices: [renderDevice(ctx, device)] };
}

export function callStateChangeMessage(
  ctx: ResourceContext,
  call: Call,
  party: Party,
  notificationType: CallNotification,
): Record<string, unknown> {
  return {
    messageType: 'CallStateChangeMessage',
    notificationType,
    call: renderCall(ctx, call, party),
    // The DN of the receiving user's device (reference 2.5).
    phoneNumber: ctx.directory.devices.get(party.deviceId)?.phoneNumber,
    extensions: { WrapUpTime: 0, BusinessCall: 0 },
  };
}
