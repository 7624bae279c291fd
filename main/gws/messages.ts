// CometD messages (docs/gws-notes.md, "Notifications"): the envelope's `data` parsed by messageType into the
// typed messages the app acts on. Anything else is reported as unknown, for the caller to log
// and ignore: GWS publishes more types than the app uses (docs/gws-notes.md, "Notifications").
import { z } from 'zod';
import { callSchema, deviceSchema, type Call, type Device } from './resources';
import { serverText } from './server-text';

export interface DeviceStateChangeMessage {
  messageType: 'DeviceStateChangeMessage';
  devices: Device[];
}

export interface CallStateChangeMessage {
  messageType: 'CallStateChangeMessage';
  /** StatusChange, ParticipantsUpdated, MonitoredUserMutedStateChange, … (kept open: docs/gws-notes.md, "Notifications"). */
  notificationType: string;
  call: Call;
  /** The DN of the signed-in user's device the call is on. */
  phoneNumber?: string;
}

export type GwsMessage = DeviceStateChangeMessage | CallStateChangeMessage;

const deviceStateChange = z.object({ messageType: z.literal('DeviceStateChangeMessage'), devices: z.array(deviceSchema) });
const callStateChange = z.object({
  messageType: z.literal('CallStateChangeMessage'),
  notificationType: z.string().default('StatusChange'),
  call: callSchema,
  phoneNumber: z.string().optional(),
});

const schemasByType = new Map<string, z.ZodType<GwsMessage>>([
  ['DeviceStateChangeMessage', deviceStateChange],
  ['CallStateChangeMessage', callStateChange],
]);

export type ParsedMessage =
  { kind: 'message'; message: GwsMessage } | { kind: 'unknown'; messageType: string } | { kind: 'invalid'; messageType: string; problem: string };

// Built once: zod compiles a schema on its first parse, and this one runs for every message.
const envelope = z.object({ messageType: z.string().transform(serverText) });

export function parseMessage(data: unknown): ParsedMessage {
  const messageType = envelope.safeParse(data);
  if (!messageType.success) return { kind: 'unknown', messageType: '(none)' };
  // A Map, not an object literal: a messageType such as "constructor" or "__proto__" must find nothing.
  const schema = schemasByType.get(messageType.data.messageType);
  if (!schema) return { kind: 'unknown', messageType: messageType.data.messageType };
  const parsed = schema.safeParse(data);
  if (!parsed.success) return { kind: 'invalid', messageType: messageType.data.messageType, problem: z.prettifyError(parsed.error) };
  return { kind: 'message', message: parsed.data };
}
