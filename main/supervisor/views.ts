// The SupervisorView (common/supervisor-view.ts) derived from the reducer's state.
import { ACTIONS, allowedActions } from '../../common/actions';
import type { AgentRef, MonitoredCallView, OwnCallView, SubscriptionView, SupervisorView } from '../../common/supervisor-view';
import { TARGET_NOT_REPORTED, UNKNOWN_AGENT } from '../../common/words';
import type { Call } from '../gws/resources';
import type { Problem } from '../result';
import { AGENT_CONTROL_FEATURE } from './agent-control';
import { MONITORING_FEATURE, monitoringOff, noSupervisorRole } from './monitoring-words';
import { monitoringStateOf, phoneNumbers, targetOf } from './subscription';
import { agentStateOf } from './team';
import type { MonitoringSubscription, SupervisorState, TeamMember } from './types';

// GWS lists the operations a resource accepts now (docs/gws-notes.md, "Calls"); each is one catalogue row.
const agentRef = (member: TeamMember | undefined, fallbackNumber: string | null = null): AgentRef =>
  member
    ? { userName: member.userName, name: member.name, phoneNumber: member.phoneNumber }
    : { userName: null, name: fallbackNumber ?? UNKNOWN_AGENT, phoneNumber: fallbackNumber };

function subscriptionView(s: MonitoringSubscription | null, team: TeamMember[]): SubscriptionView | null {
  if (!s) return null;
  const target = targetOf(s, team);
  const fallback: AgentRef | null = s.targetKnown ? null : { userName: null, name: TARGET_NOT_REPORTED, phoneNumber: null };
  return { state: s.state, mode: s.mode, scope: s.scope, target: target || !fallback ? agentRef(target, s.targetPhoneNumber) : fallback };
}

/**
 * On the monitoring leg, the agent is the participant the team knows (after a transfer with
 * scope Call, the new agent); the customer is the first other number.
 */
function monitoredCallView(call: Call, since: number, state: SupervisorState): MonitoredCallView {
  const numbers = phoneNumbers(call);
  const agent = state.team.find((m) => m.phoneNumber !== null && numbers.includes(m.phoneNumber));
  const target = targetOf(state.monitoring, state.team);
  const agentNumber = agent?.phoneNumber ?? target?.phoneNumber ?? null;
  return {
    callId: call.id,
    callState: call.state,
    agent: agentRef(agent ?? target, agentNumber),
    customerNumber: customerNumber(call, [agentNumber, state.device?.phoneNumber]),
    callType: call.callType ?? null,
    since,
    monitoring: monitoringStateOf(call),
    agentMuted: call.monitoredUserMuted ?? false,
    actions: allowedActions(ACTIONS.monitoredCall, call.capabilities),
  };
}

/** The other party, in E.164 when GWS gives it (docs/gws-notes.md, "Calls": e164Number beside the dialled digits). */
function customerNumber(call: Call, notThese: Array<string | null | undefined>): string | null {
  const party = call.participants.find((p) => p.phoneNumber && !notThese.includes(p.phoneNumber));
  return (party && (party.e164Number || party.phoneNumber)) ?? call.ani ?? null;
}

/** Reference 3.1 and 6: monitoring needs ROLE_SUPERVISOR and the api-supervisor-monitoring feature. */
function monitoringUnavailable(state: SupervisorState, features: ReadonlySet<string> | undefined): Problem | null {
  if (state.user && !state.user.roles.includes('ROLE_SUPERVISOR')) return noSupervisorRole;
  if (features && !features.has(MONITORING_FEATURE)) return monitoringOff;
  return null;
}

function ownCallView(call: Call, since: number): OwnCallView {
  return {
    callId: call.id,
    callState: call.state,
    number: customerNumber(call, []) ?? call.dnis ?? null,
    callType: call.callType ?? null,
    since,
    actions: allowedActions(ACTIONS.ownCall, call.capabilities),
  };
}

/** `features`: the contact center's, once read; undefined until then. */
export function supervisorView(state: SupervisorState, features?: ReadonlySet<string>): SupervisorView {
  const sinceOf = (id: string) => state.callSince.get(id) ?? 0;
  const monitored = state.monitoredCallId ? state.calls.get(state.monitoredCallId) : undefined;
  return {
    myNumber: state.device?.phoneNumber ?? null,
    monitoringUnavailable: monitoringUnavailable(state, features),
    armed: subscriptionView(state.monitoring, state.team),
    lost: subscriptionView(state.lostMonitoring, state.team),
    monitoredCall: monitored ? monitoredCallView(monitored, sinceOf(monitored.id), state) : null,
    ownCalls: [...state.calls.values()].filter((c) => c.id !== state.monitoredCallId).map((c) => ownCallView(c, sinceOf(c.id))),
    agentState: agentStateOf(state.device),
    deviceActions: allowedActions(ACTIONS.device, state.device?.capabilities ?? []),
    agentControl: features?.has(AGENT_CONTROL_FEATURE) ?? false,
    team: teamView(state.team, targetOf(state.monitoring, state.team)?.userId ?? null, state.agentChanges),
  };
}

/**
 * The team as the view lists it. A view is derived on every GWS message, while the team (up to
 * 2,000 agents) changes only when it is read again or the target changes: the list made for a
 * team read is handed out again until then (npm run bench: this was most of the core's time per
 * message). Keyed by the read itself, so it goes with it and no two services share an entry.
 */
const teamViews = new WeakMap<TeamMember[], { targetUserId: string | null; changes: SupervisorState['agentChanges']; view: SupervisorView['team'] }>();

function teamView(members: TeamMember[], targetUserId: string | null, changes: SupervisorState['agentChanges']): SupervisorView['team'] {
  const cached = teamViews.get(members);
  if (cached?.targetUserId === targetUserId && cached.changes === changes) return cached.view;
  const view = members.map((m) => ({
    userId: m.userId,
    userName: m.userName,
    name: m.name,
    phoneNumber: m.phoneNumber,
    agentState: m.agentState,
    stateSince: m.stateSince,
    stateSinceKnown: m.stateSinceKnown,
    armed: m.userId === targetUserId,
    pending: changes.get(m.userId) ?? null,
  }));
  teamViews.set(members, { targetUserId, changes, view });
  return view;
}
