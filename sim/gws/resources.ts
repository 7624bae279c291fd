// GWS resource shapes (docs/gws-notes.md, "Signing in", "Monitoring subscription", "Calls",
// "Features and users"): the same JSON in REST answers and in CometD messages, so a client can
// read state and then apply notifications.
import { callCapabilities, deviceCapabilities } from '../model/capabilities';
import type { Directory } from '../model/directory';
import { isAudible } from '../model/monitoring';
import { isSupervisorLeg } from '../model/telephony';
import type { Call, CenterOptions, Device, Party, User } from '../model/types';
import type { GwsVersion } from '../variations';

/** Older servers sent participants as strings plus participantsInfo; 8.5.2 as objects (docs/gws-notes.md, "Calls"). */
export type ParticipantsFormat = 'objects' | 'strings';

export interface ResourceContext {
  /** What GWS believes its address is: written into URIs, never where it listens (sim/variations.ts). */
  baseUrl: string;
  /** Whether resources carry `uri` and `path`. */
  resourceUris: boolean;
  gwsVersion: GwsVersion;
  directory: Directory;
  options: CenterOptions;
  participants: ParticipantsFormat;
  contactCenterId: string;
  voiceEnvironmentId: string;
}

export const userUri = (ctx: ResourceContext, id: string): string => `${ctx.baseUrl}/api/v2/users/${id}`;
export const deviceUri = (ctx: ResourceContext, id: string): string => `${ctx.baseUrl}/api/v2/devices/${id}`;
export const featureUri = (ctx: ResourceContext, id: string): string => `${ctx.baseUrl}/api/v2/features/${id}`;

/** A resource's own `uri` and `path`, when this server writes them. */
const links = (ctx: ResourceContext, uri: string, path: string): Record<string, string> => (ctx.resourceUris ? { uri, path } : {});

export function renderUser(ctx: ResourceContext, user: User): Record<string, unknown> {
  return {
    id: user.id,
    userName: user.userName,
    firstName: user.firstName,
    lastName: user.lastName,
    emailAddress: user.emailAddress,
    roles: user.roles,
    enabled: true,
    changePasswordOnFirstLogin: false,
    contactCenterId: ctx.contactCenterId,
    ...links(ctx, userUri(ctx, user.id), `/users/${user.id}`),
  };
}

/** A feature of the contact center (docs/gws-notes.md, "Features and users"); the simulator knows only their ids. */
export const renderFeature = (ctx: ResourceContext, id: string): Record<string, unknown> => ({
  id,
  ...links(ctx, featureUri(ctx, id), `/features/${id}`),
});

export function renderDevice(ctx: ResourceContext, device: Device): Record<string, unknown> {
  const agentFields = device.type === 'ACDPosition' ? { userState: device.userState, doNotDisturb: device.doNotDisturb ? 'On' : 'Off' } : { name: device.name };
  const arm = device.monitoring;
  return {
    id: device.id,
    deviceState: 'Active',
    ...agentFields,
    phoneNumber: device.phoneNumber,
    e164Number: device.phoneNumber,
    telephonyNetwork: 'Private',
    type: device.type,
    voiceEnvironmentUri: `${ctx.baseUrl}/api/v2/voice-environments/${ctx.voiceEnvironmentId}`,
    capabilities: deviceCapabilities(device, ctx.directory, ctx.options),
    // Absent unless armed (docs/gws-notes.md, "Monitoring subscription").
    ...(arm && monitoringFields(ctx, arm)),
    ...links(ctx, deviceUri(ctx, device.id), `/devices/${device.id}`),
  };
}

/**
 * The device's subscription: 8.5.2 an object naming scope and target; 8.5.1 (Devices API page of
 * 8.5.1) the state as a string with supervisorMonitoringMode beside it, and nothing else.
 */
function monitoringFields(ctx: ResourceContext, arm: NonNullable<Device['monitoring']>): Record<string, unknown> {
  if (ctx.gwsVersion === '8.5.1') return { supervisorMonitoringState: arm.state, supervisorMonitoringMode: arm.mode };
  return {
    supervisorMonitoringState: { state: arm.state, mode: arm.mode, scope: arm.scope, targetDeviceUri: deviceUri(ctx, arm.targetDeviceId) },
  };
}

/** One device's view of a call. */
export function renderCall(ctx: ResourceContext, call: Call, party: Party): Record<string, unknown> {
  const supervisor = call.parties.find((p) => isSupervisorLeg(p) && p.state === 'Established');
  const supervision = party.supervision ?? supervisor?.supervision;
  const monitoredUserMuted = party.supervision
    ? party.supervision.monitoredUserMuted
    : supervision?.monitoredDeviceId === party.deviceId && supervision.monitoredUserMuted;
  return {
    id: call.id,
    state: party.state,
    callUuid: call.id,
    connId: call.connId,
    deviceUri: deviceUri(ctx, party.deviceId),
    ...renderParticipants(ctx, participantNumbers(ctx, call, party)),
    ...(call.ani === undefined ? {} : { ani: call.ani }),
    dnis: call.dnis,
    callType: call.callType,
    capabilities: callCapabilities(party),
    userData: call.userData,
    duration: String(Math.floor((Date.now() - party.since) / 1000)),
    // A listening or coaching supervisor is muted towards the customer (docs/gws-notes.md, "Monitoring call").
    mute: party.supervision && party.supervision.state !== 'BargeIn' ? 'On' : 'Off',
    recordingState: 'Stopped',
    supervisorListeningIn: !party.supervision && supervisor !== undefined,
    monitoredUserMuted,
    // 8.5.2 marks the monitoring leg, and its call resource gained supervisorMonitoringState {state}
    // (docs/gws-notes.md, "Calls"), on both legs; an 8.5.1 call carries neither.
    ...(ctx.gwsVersion === '8.5.2' && {
      monitoring: party.supervision !== undefined,
      ...(supervision && { supervisorMonitoringState: { state: supervision.state } }),
    }),
    ...links(ctx, `${ctx.baseUrl}/api/v2/me/calls/${call.id}`, `/calls/${call.id}`),
  };
}

/** Who a leg is talking with: the other agents, the customer, and an audible supervisor. */
function participantNumbers(ctx: ResourceContext, call: Call, party: Party): string[] {
  const others = call.parties.filter((p) => p !== party && (party.supervision || !p.supervision || isAudible(p)));
  const numbers = others.map((p) => ctx.directory.devices.get(p.deviceId)?.phoneNumber ?? '');
  return call.remote ? [...numbers, call.remote.phoneNumber] : numbers;
}

function renderParticipants(ctx: ResourceContext, numbers: string[]): Record<string, unknown> {
  const info = numbers.map((number) => {
    const digits = number.replace(/^\+/, '');
    return { e164Number: number.startsWith('+') ? number : '', formattedPhoneNumber: number, phoneNumber: digits, digits };
  });
  if (ctx.participants === 'objects') return { participants: info };
  return {
    participants: numbers,
    participantsInfo: info.map(({ digits, e164Number, formattedPhoneNumber }) => ({ digits, e164Number, formattedPhoneNumber })),
  };
}
