// What the window, the tray and notifications show of the supervisor's situation: derived in
// main from GWS state, sent to the renderer as data. Actions appear only when GWS's
// capabilities allow them, so no button offers what the server would refuse. The schemas are
// the description; each type is what its schema outputs, so the two cannot drift.
import { z } from 'zod';
import { DEVICE_ACTIONS, MONITORED_CALL_ACTIONS, OWN_CALL_ACTIONS, TEAM_MEMBER_ACTIONS } from './actions';
import { problemSchema } from './problem';

export const MONITORING_STATE_NAMES = ['ListenIn', 'Coach', 'BargeIn'] as const;
export const MONITORING_SCOPE_NAMES = ['Agent', 'Call'] as const;
export const MONITORING_MODE_NAMES = ['NextCall', 'AllCalls'] as const;
export const monitoringStateSchema = z.enum(MONITORING_STATE_NAMES);
export type MonitoringState = z.output<typeof monitoringStateSchema>;
export type MonitoringScope = (typeof MONITORING_SCOPE_NAMES)[number];
export type MonitoringMode = (typeof MONITORING_MODE_NAMES)[number];

const agentRefSchema = z.object({ userName: z.string().nullable(), name: z.string(), phoneNumber: z.string().nullable() });
export type AgentRef = z.output<typeof agentRefSchema>;

const subscriptionSchema = z.object({
  state: monitoringStateSchema,
  mode: z.enum(MONITORING_MODE_NAMES),
  scope: z.enum(MONITORING_SCOPE_NAMES),
  target: agentRefSchema,
});
export type SubscriptionView = z.output<typeof subscriptionSchema>;

/** What every call the view shows has. */
const callSchema = z.object({
  callId: z.string(),
  callState: z.string(),
  callType: z.string().nullable(),
  /** Epoch ms the call began, for a running timer. */
  since: z.number(),
});

const monitoredCallSchema = callSchema.extend({
  agent: agentRefSchema,
  customerNumber: z.string().nullable(),
  /** ListenIn, Coach or BargeIn on this call; `mode` is the subscription's NextCall or AllCalls. */
  monitoring: monitoringStateSchema,
  agentMuted: z.boolean(),
  actions: z.array(z.enum(MONITORED_CALL_ACTIONS)),
});
export type MonitoredCallView = z.output<typeof monitoredCallSchema>;

const ownCallSchema = callSchema.extend({
  number: z.string().nullable(),
  actions: z.array(z.enum(OWN_CALL_ACTIONS)),
});
export type OwnCallView = z.output<typeof ownCallSchema>;

const teamMemberSchema = z.object({
  userId: z.string(),
  userName: z.string(),
  name: z.string(),
  phoneNumber: z.string().nullable(),
  agentState: z.string().nullable(),
  /** When the app first saw agentState (epoch ms). */
  stateSince: z.number(),
  /** False when the state had begun before the app was watching: the time is a lower bound ("12 min+"). */
  stateSinceKnown: z.boolean(),
  /** The supervisor's subscription targets this agent. */
  armed: z.boolean(),
  /** A state change the supervisor asked for and GWS has not yet confirmed (read the user again). */
  pending: z.enum(TEAM_MEMBER_ACTIONS).nullable(),
});
export type TeamMemberView = z.output<typeof teamMemberSchema>;
export const teamSchema = z.array(teamMemberSchema);

/**
 * The supervisor view as pushed to the window: the team travels in its own 'team' event, sent
 * only when it changed, because with 2,000 agents it is nearly all of every view and most views
 * change only a call.
 */
export const pushedSupervisorViewSchema = z.object({
  /** The supervisor's own device number (DN). */
  myNumber: z.string().nullable(),
  /** Why monitoring cannot be offered at all (no supervisor role, feature off), or null. */
  monitoringUnavailable: problemSchema.nullable(),
  armed: subscriptionSchema.nullable(),
  /** A subscription that vanished without a Cancel, offered for re-arming. */
  lost: subscriptionSchema.nullable(),
  monitoredCall: monitoredCallSchema.nullable(),
  ownCalls: z.array(ownCallSchema),
  agentState: z.string().nullable(),
  deviceActions: z.array(z.enum(DEVICE_ACTIONS)),
  /** GWS offers Supervisor Agent State Control (feature api-supervisor-agent-control). */
  agentControl: z.boolean(),
});
export type PushedSupervisorView = z.output<typeof pushedSupervisorViewSchema>;
export type SupervisorView = PushedSupervisorView & { team: TeamMemberView[] };

/** How a coaching round monitors each agent: never BargeIn, which joins the customer's call. */
export const ROUND_HOW_NAMES = ['ListenIn', 'Coach'] as const;
export type RoundHow = (typeof ROUND_HOW_NAMES)[number];
/** A round of more agents than a team page shows is a mistake, not a plan. */
export const ROUND_MAX_AGENTS = 200;

/** A coaching round in progress (main/supervisor/coaching-round.ts): pushed in its own 'round' event. */
export const roundViewSchema = z
  .object({
    how: z.enum(ROUND_HOW_NAMES),
    /** 1-based place of the current agent among `total`. */
    position: z.number().int().min(1),
    total: z.number().int().min(1),
    agentName: z.string(),
    agentUserName: z.string(),
    /** Not armed while the supervisor is on their own call. */
    paused: z.boolean(),
  })
  .nullable();
export type RoundView = z.output<typeof roundViewSchema>;
