// The team: the agents the supervisor can monitor, from GET /api/v2/users?subresources=*
// (docs/gws-notes.md, "Features and users": users with their devices). GWS v2 has no team or group endpoint, so the team is
// every user with ROLE_AGENT and a device, except the supervisor.
import { z } from 'zod';
import { deviceUriOf } from '../gws/gws-url';
import { deviceSchema, userSchema, type Device } from '../gws/resources';
import type { TeamMember } from './types';

const userWithDevices = userSchema.extend({ devices: z.array(deviceSchema).default([]) });
type UserWithDevices = z.output<typeof userWithDevices>;

export const usersWithDevicesReply = z.object({ users: z.array(userWithDevices) });

/** GET /api/v2/users/{id}?subresources=*: one user with devices (docs/gws-notes.md, "Features and users"). */
export const userWithDevicesReply = z.object({ user: userWithDevices });

/** Ready, NotReady… with the work mode GWS keeps beside NotReady (AfterCallWork, AuxWork: docs/gws-notes.md, "Agent states"). */
export const agentStateOf = (device: Device | null | undefined): string | null => {
  const s = device?.userState;
  return s ? (s.workMode ?? s.state) : null;
};

/**
 * The team as read at `readAt` (epoch ms): each state as first seen then (time-in-state.ts).
 * `serverUrl` names a device that came without a `uri` (the docs' device samples have none): its
 * targetDeviceUri is then built from the server address and the device id (docs/gws-notes.md, "Monitoring subscription").
 */
export function teamFrom(reply: z.output<typeof usersWithDevicesReply>, selfUserId: string | null, serverUrl: string, readAt: number): TeamMember[] {
  return reply.users
    .filter((u) => u.id !== selfUserId && u.roles.includes('ROLE_AGENT') && u.devices.length > 0)
    .map((u) => teamMemberFrom(u, serverUrl, readAt))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** A user as a team row read at `readAt`: the first device's number and agent state. */
export function teamMemberFrom(u: UserWithDevices, serverUrl: string, readAt: number): TeamMember {
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
    stateSince: readAt,
    stateSinceKnown: false,
  };
}
