// Runtime schemas for what main pushes to the window: main checks every event before it goes,
// so a bug in main shows up as a logged error rather than as a window that misreads its state.
import { z } from 'zod';
import { DEVICE_ACTIONS, MONITORED_CALL_ACTIONS, OWN_CALL_ACTIONS } from './actions';
import type { EventName, EventPayloads } from './contract';
import { settingsSchema } from './settings';

const problem = z.object({ code: z.string(), message: z.string() });
const monitoringState = z.enum(['ListenIn', 'Coach', 'BargeIn']);
const agentRef = z.object({ userName: z.string().nullable(), name: z.string(), phoneNumber: z.string().nullable() });
const subscription = z.object({ state: monitoringState, mode: z.enum(['NextCall', 'AllCalls']), scope: z.enum(['Agent', 'Call']), target: agentRef });

const supervisorView = z.object({
  myNumber: z.string().nullable(),
  monitoringUnavailable: problem.nullable(),
  armed: subscription.nullable(),
  lost: subscription.nullable(),
  monitoredCall: z
    .object({
      callId: z.string(),
      callState: z.string(),
      agent: agentRef,
      customerNumber: z.string().nullable(),
      callType: z.string().nullable(),
      since: z.number(),
      mode: monitoringState,
      agentMuted: z.boolean(),
      actions: z.array(z.enum(MONITORED_CALL_ACTIONS)),
    })
    .nullable(),
  ownCalls: z.array(
    z.object({
      callId: z.string(),
      callState: z.string(),
      number: z.string().nullable(),
      callType: z.string().nullable(),
      since: z.number(),
      actions: z.array(z.enum(OWN_CALL_ACTIONS)),
    }),
  ),
  agentState: z.string().nullable(),
  deviceActions: z.array(z.enum(DEVICE_ACTIONS)),
});

const team = z.array(
  z.object({
    userId: z.string(),
    userName: z.string(),
    name: z.string(),
    phoneNumber: z.string().nullable(),
    agentState: z.string().nullable(),
    stateSince: z.number(),
    stateSinceKnown: z.boolean(),
    armed: z.boolean(),
  }),
);

const connection = z.union([
  z.object({ kind: z.enum(['connecting', 'connected', 'stopped']) }),
  z.object({ kind: z.enum(['reconnecting', 'offline']), attempt: z.number(), nextRetryAt: z.number(), reason: z.string() }),
]);

const sessionView = z.union([
  z.object({ status: z.literal('signed-out'), reason: problem.nullable(), retry: z.object({ attempt: z.number(), nextRetryAt: z.number() }).optional() }),
  z.object({ status: z.enum(['signing-in', 'signing-out']) }),
  z.object({
    status: z.literal('signed-in'),
    userName: z.string(),
    displayName: z.string(),
    serverUrl: z.string(),
    connection,
    demo: z.boolean(),
    unencrypted: z.boolean(),
  }),
]);

const shortcut = z.union([
  z.object({ state: z.enum(['registered', 'inactive']), accelerator: z.string() }),
  z.object({ state: z.literal('failed'), accelerator: z.string(), reason: z.string() }),
]);

export const eventSchemas: { [E in EventName]: z.ZodType<EventPayloads[E]> } = {
  session: sessionView,
  supervisor: supervisorView,
  team,
  settings: z.object({ settings: settingsSchema, shortcut, warning: z.string().nullable() }),
  notice: z.object({ kind: z.enum(['info', 'alert', 'error']), message: z.string().min(1) }),
};
