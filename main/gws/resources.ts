// GWS resources as the app reads them (docs/gws-notes.md, "Signing in", "Monitoring subscription", "Calls"): the same shapes in REST
// replies and in CometD messages. The schemas are tolerant where GWS versions differ, and
// normalise so the rest of the app sees one shape:
// - call participants: objects (8.5.2) or strings plus participantsInfo (older servers, as captured by Genesys's .NET client);
// - supervisorMonitoringState: an object {state, mode, scope, targetDeviceUri} (8.5.2) or a
//   plain string beside supervisorMonitoringMode (8.5.1, docs/gws-notes.md, "Monitoring subscription").
// Unknown fields are dropped; unknown enum values are kept as strings (GWS adds values).
import { z } from 'zod';

const text = z.string();
const optionalText = text.optional();

/** GWS's supervisorMonitoringState object; the state names are common/'s MonitoringState, and more. */
export interface SupervisorMonitoringState {
  state: string;
  mode?: string;
  scope?: string;
  targetDeviceUri?: string;
}

const monitoringObject = z.object({ state: text, mode: optionalText, scope: optionalText, targetDeviceUri: optionalText });
const monitoringField = z.union([text.transform((state): SupervisorMonitoringState => ({ state })), monitoringObject]).optional();

const userState = z.object({
  id: optionalText,
  state: text,
  displayName: optionalText,
  workMode: optionalText,
  reason: optionalText,
});

export const deviceSchema = z
  .object({
    id: text,
    deviceState: optionalText,
    userState: userState.optional(),
    phoneNumber: optionalText,
    e164Number: optionalText,
    telephonyNetwork: optionalText,
    doNotDisturb: optionalText,
    capabilities: z.array(text).default([]),
    supervisorMonitoringState: monitoringField,
    /** 8.5.1 only: the mode beside a string supervisorMonitoringState. */
    supervisorMonitoringMode: optionalText,
    uri: optionalText,
  })
  .transform(({ supervisorMonitoringMode, supervisorMonitoringState, ...device }) => ({
    ...device,
    ...(supervisorMonitoringState && {
      supervisorMonitoringState: { ...supervisorMonitoringState, mode: supervisorMonitoringState.mode ?? supervisorMonitoringMode },
    }),
  }));
export type Device = z.output<typeof deviceSchema>;

export interface Participant {
  phoneNumber: string;
  digits?: string;
  e164Number?: string;
  formattedPhoneNumber?: string;
}

const participantObject = z.object({
  phoneNumber: optionalText,
  digits: optionalText,
  e164Number: optionalText,
  formattedPhoneNumber: optionalText,
});
type ParticipantFields = z.output<typeof participantObject>;

const toParticipant = (fields: ParticipantFields, fallback = ''): Participant => ({
  ...fields,
  phoneNumber: fields.phoneNumber ?? fields.digits ?? fields.formattedPhoneNumber ?? fallback,
});

export const callSchema = z
  .object({
    id: text,
    state: text,
    callUuid: optionalText,
    connId: optionalText,
    callType: optionalText,
    deviceUri: optionalText,
    participants: z.array(z.union([text, participantObject])).default([]),
    participantsInfo: z.array(participantObject).optional(),
    ani: optionalText,
    dnis: optionalText,
    capabilities: z.array(text).default([]),
    userData: z.record(text, z.unknown()).default({}),
    /** Seconds, sent as a string (docs/gws-notes.md, "Calls"). */
    duration: z.union([text, z.number()]).optional(),
    mute: optionalText,
    recordingState: optionalText,
    supervisorListeningIn: z.boolean().optional(),
    monitoredUserMuted: z.boolean().optional(),
    monitoring: z.boolean().optional(),
    supervisorMonitoringState: monitoringField,
    uri: optionalText,
  })
  .transform(({ participants, participantsInfo, duration, ...call }) => ({
    ...call,
    participants: participants.map((p, index): Participant => (typeof p === 'string' ? toParticipant(participantsInfo?.[index] ?? {}, p) : toParticipant(p))),
    ...(duration !== undefined && Number.isFinite(Number(duration)) && { durationSeconds: Number(duration) }),
  }));
export type Call = z.output<typeof callSchema>;

export const userSchema = z.object({
  id: text,
  userName: text,
  firstName: optionalText,
  lastName: optionalText,
  roles: z.array(text).default([]),
  uri: optionalText,
});
export type User = z.output<typeof userSchema>;

/** GET /api/v2/me: {"statusCode":0,"user":{…}} (docs/gws-notes.md, "Signing in"). */
export const meReply = z.object({ user: userSchema });

/** What GET /api/v2/me?subresources=* says now: the resync snapshot (docs/gws-notes.md, "Signing in"). */
export interface MeSnapshot {
  user: User;
  devices: Device[];
  calls: Call[];
}

/** The sub-resources sit inside `user` (docs/gws-notes.md, "Signing in"); calls may be absent on some servers. */
export const snapshotReply = z
  .object({
    user: userSchema.extend({ devices: z.array(deviceSchema).default([]), calls: z.array(callSchema).default([]) }),
  })
  .transform(({ user: { devices, calls, ...user } }): MeSnapshot => ({ user, devices, calls }));
