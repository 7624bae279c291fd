// Runtime schemas for everything the renderer sends to main: main trusts no payload's shape.
import { z } from 'zod';
import { ALERT_ACTIONS, TEAM_MEMBER_ACTIONS } from './actions';
import { AGENT_STATE_REQUESTS, type Verb, type VerbSignatures } from './contract';
import { settingsChangeSchema } from './settings';
import { MONITORING_MODE_NAMES, MONITORING_SCOPE_NAMES, monitoringStateSchema, ROUND_HOW_NAMES, ROUND_MAX_AGENTS } from './supervisor-view';

const none = z.tuple([]);
const callRef = z.tuple([z.strictObject({ callId: z.string().min(1).max(200) })]);
const phoneNumber = z
  .string()
  .trim()
  .regex(/^\+?[0-9*#]{1,32}$/, 'a phone number has only digits, and may start with +');

const target = z.union([
  z.strictObject({ userId: z.string().min(1).max(200) }),
  z.strictObject({ deviceUri: z.url({ protocol: /^https?$/ }).max(2000) }),
  z.strictObject({ phoneNumber }),
]);

/** One schema per verb for its argument list; a verb without one does not compile. */
export const verbArgsSchemas: { [V in Verb]: z.ZodType<VerbSignatures[V]['args']> } = {
  'app.info': none,
  'session.get': none,
  'session.signIn': z.tuple([
    z.strictObject({
      serverUrl: z.string().trim().min(1, 'Enter the GWS server address').max(2000),
      userName: z.string().trim().min(1, 'Enter your user name').max(200),
      password: z.string().min(1, 'Enter your password').max(1000),
      remember: z.boolean(),
      withoutTls: z.boolean().optional(),
    }),
  ]),
  'session.signOut': z.tuple([z.strictObject({ forget: z.boolean() })]),
  'session.reconnect': none,
  'session.forget': none,
  'settings.get': none,
  'settings.update': z.tuple([settingsChangeSchema]),
  'settings.chooseCaFile': none,
  'supervisor.get': none,
  'monitor.start': z.tuple([
    z.strictObject({
      target,
      state: monitoringStateSchema,
      scope: z.enum(MONITORING_SCOPE_NAMES).optional(),
      mode: z.enum(MONITORING_MODE_NAMES).optional(),
    }),
  ]),
  'monitor.cancel': none,
  'monitor.rearm': none,
  'call.bargeIn': none,
  'call.listenIn': none,
  'call.muteAgent': none,
  'call.unmuteAgent': none,
  'call.leave': none,
  'call.answer': callRef,
  'call.hangup': callRef,
  'call.hold': callRef,
  'call.retrieve': callRef,
  'call.dial': z.tuple([z.strictObject({ number: phoneNumber })]),
  'me.setState': z.tuple([z.strictObject({ state: z.enum(AGENT_STATE_REQUESTS) })]),
  'team.setAgentState': z.tuple([z.strictObject({ userId: z.string().min(1).max(200), action: z.enum(TEAM_MEMBER_ACTIONS) })]),
  'alert.list': none,
  'alert.act': z.tuple([z.strictObject({ alertId: z.string().min(1).max(300), action: z.enum(ALERT_ACTIONS) })]),
  'activity.list': z.tuple([z.strictObject({ target: z.string().max(200).optional(), limit: z.number().int().min(1).max(10_000).optional() })]),
  'round.get': none,
  'round.start': z.tuple([
    z.strictObject({
      userIds: z.array(z.string().min(1).max(200)).min(1, 'Pick at least one agent').max(ROUND_MAX_AGENTS),
      how: z.enum(ROUND_HOW_NAMES),
    }),
  ]),
  'round.stop': none,
};
