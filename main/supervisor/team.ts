// The team: the agents the supervisor can monitor, from GET /api/v2/users?subresources=*
// (reference 6: users with their devices). GWS v2 has no team or group endpoint, so the team is
// every user with ROLE_AGENT and a device, except the supervisor.
import { z } from 'zod';
import { deviceUriOf } from '../gws/gws-url';
import { deviceSchema, userSchema, type Device } from '../gws/resources';
import type { TeamMember } from './types';

export const usersWithDevicesReply = z.object({
  users: z.array(userSchema.extend({ devices: z.array(deviceSchema).default([]) })),
});

/** Ready, NotReady… with the work mode GWS keeps beside NotReady (AfterCallWork, AuxWork: reference 3.6). */
export const agentStateOf = (device: Device | null | undefined): string | null => {
  const s = device?.userState;
  return s ? (s.workMode ?? s.state) : null;
};

/**
 * `serverUrl` names a device that came without a `uri` (the docs' device samples have none): its
 * targetDeviceUri is then built from the server address and the device id (reference 3.2).
 */
export function teamFrom(reply: z.output<typeof usersWithDevicesReply>, selfUserId: string | null, serverUrl: string): TeamMember[] {
  return reply.users
    .filter((u) => u.id !== selfUserId && u.roles.includes('ROLE_AGENT') && u.devices.length > 0)
    .map((u) => {
      const device = u.devices[0];
      const name = [u.firstName, u.lastName].filter(Boolean).join(' ') || u.userName;
      return {
        userId: u.id,
        userName: u.userName,
        name,
        deviceId: device?.id ?? null,
        deviceUri: device ? (device.uri ?? deviceUriOf(serverUrl, device.id)) : null,
        phoneNumber: device?.phoneNumber ?? null,
        agentState: agentStateOf(device),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
