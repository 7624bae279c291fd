// Which alerts hold now: a pure function of the view (the team with each member's time in state,
// the monitored call, who is armed), the rules, the snoozes and the clock. Called on every view
// change and every few seconds, over teams of up to 10,000 agents (npm run bench: alerts), so it
// walks the team once and builds words only for the few members an alert names.
import type { Alert } from '../../../common/alerts';
import type { AlertAction } from '../../../common/actions';
import type { AlertRules } from '../../../common/settings';
import type { SupervisorView, TeamMemberView } from '../../../common/supervisor-view';
import { ALERT_TEXT } from '../../../common/words/alerts';

const MINUTE = 60_000;
const LOGGED_OFF: ReadonlySet<string> = new Set(['LoggedOut', 'Offline']);
/** Not Ready with or without Aux work: After Call Work is its own rule, and ends by itself. */
const NOT_READY: ReadonlySet<string> = new Set(['NotReady', 'AuxWork']);

/** Snoozed agents: userId → until (epoch ms). */
export type SnoozedUntil = ReadonlyMap<string, number>;

const SNOOZE_ONLY: AlertAction[] = ['snooze'];
const MONITOR_OR_SNOOZE: AlertAction[] = ['listenIn', 'bargeIn', 'snooze'];
const monitorActions = (member: TeamMemberView): AlertAction[] => (member.armed ? SNOOZE_ONLY : MONITOR_OR_SNOOZE);

// The last alert built for each team row: team rows are shared until the next team read, so an
// evaluation every few seconds builds nothing for an alert whose words have not changed. The
// words themselves are interned by what they say (kind, minutes, lower bound): when the minute
// turns for 1,000 alerting agents at once, they share a few strings instead of making 1,000, so
// the evaluation allocates little enough not to set the garbage collector off (bench: alert-rules).
const built = new WeakMap<TeamMemberView, Alert>();
const texts = new Map<number, string>();
const KIND_INDEX: Record<Alert['kind'], number> = { armedAgentUnavailable: 0, longCall: 1, notReady: 2, afterCallWork: 3 };

function internedText(kind: Alert['kind'], minutes: number, lowerBound: boolean, words: () => string): string {
  // minutes is -2, -1 (the armed agent's two texts) or a count of minutes; bounded by a day's worth of states.
  const key = ((minutes + 2) * 4 + KIND_INDEX[kind]) * 2 + (lowerBound ? 1 : 0);
  let text = texts.get(key);
  if (text === undefined) {
    text = words();
    if (texts.size > 10_000) texts.clear();
    texts.set(key, text);
  }
  return text;
}

function memberAlert(member: TeamMemberView, kind: Alert['kind'], minutes: number, words: () => string, actions: AlertAction[]): Alert {
  const text = internedText(kind, minutes, !member.stateSinceKnown, words);
  const known = built.get(member);
  if (known && known.text === text && known.kind === kind && known.actions === actions) return known;
  const alert = build(member, kind, text, actions);
  built.set(member, alert);
  return alert;
}

function build(member: TeamMemberView, kind: Alert['kind'], text: string, actions: AlertAction[]): Alert {
  return {
    id: `${kind}:${member.userId}`,
    kind,
    userId: member.userId,
    userName: member.userName,
    agentName: member.name,
    since: member.stateSince,
    lowerBound: !member.stateSinceKnown,
    text,
    actions,
  };
}

/** The one alert a team member's own state raises, if any (the long call is the view's). */
function stateAlert(member: TeamMemberView, lostUserName: string | null, rules: AlertRules, now: number): Alert | null {
  const state = member.agentState;
  if (state === null) return null;
  if (rules.armedAgentUnavailable.enabled) {
    // GWS ends monitoring when the agent logs out (docs/gws-notes.md, "Monitoring rules"): the
    // subscription is then the lost one, still naming the agent.
    if (LOGGED_OFF.has(state) && (member.armed || member.userName === lostUserName)) {
      return memberAlert(member, 'armedAgentUnavailable', -1, () => ALERT_TEXT.armedLoggedOff, SNOOZE_ONLY);
    }
    if (NOT_READY.has(state) && member.armed) return memberAlert(member, 'armedAgentUnavailable', -2, () => ALERT_TEXT.armedNotReady, SNOOZE_ONLY);
  }
  const elapsed = now - member.stateSince;
  const minutes = Math.floor(elapsed / MINUTE);
  if (NOT_READY.has(state) && rules.notReady.enabled && elapsed > rules.notReady.minutes * MINUTE) {
    return memberAlert(member, 'notReady', minutes, () => ALERT_TEXT.notReady(minutes, !member.stateSinceKnown), monitorActions(member));
  }
  if (state === 'AfterCallWork' && rules.afterCallWork.enabled && elapsed > rules.afterCallWork.minutes * MINUTE) {
    return memberAlert(member, 'afterCallWork', minutes, () => ALERT_TEXT.afterCallWork(minutes, !member.stateSinceKnown), monitorActions(member));
  }
  return null;
}

/** The monitored call past its threshold: Barge in where GWS allows it on the call. */
function longCallAlert(view: Pick<SupervisorView, 'monitoredCall' | 'team'>, rules: AlertRules, now: number): Alert | null {
  const call = view.monitoredCall;
  if (!call || !rules.longCall.enabled || now - call.since <= rules.longCall.minutes * MINUTE) return null;
  const member = call.agent.userName === null ? undefined : view.team.find((m) => m.userName === call.agent.userName);
  const actions: AlertAction[] = call.actions.includes('bargeIn') ? ['bargeIn'] : [];
  if (member) actions.push('snooze');
  return {
    id: `longCall:${call.callId}`,
    kind: 'longCall',
    userId: member?.userId ?? null,
    userName: call.agent.userName,
    agentName: call.agent.name,
    since: call.since,
    lowerBound: false,
    text: ALERT_TEXT.longCall(Math.floor((now - call.since) / MINUTE)),
    actions,
  };
}

/**
 * The alerts that hold at `now`, at most one per agent: the armed agent unavailable first, then
 * the long call, then Not Ready or After Call Work. A snoozed agent raises none until its snooze
 * ends. A time in state that is a lower bound (the state began before the app watched) already
 * past the threshold raises the alert: the agent has been in it at least that long.
 */
export function activeAlerts(view: Pick<SupervisorView, 'monitoredCall' | 'team' | 'lost'>, rules: AlertRules, snoozed: SnoozedUntil, now: number): Alert[] {
  const alerts: Alert[] = [];
  const isSnoozed = (userId: string | null) => userId !== null && snoozed.size > 0 && (snoozed.get(userId) ?? 0) > now;
  const call = longCallAlert(view, rules, now);
  const lostUserName = view.lost?.target.userName ?? null;
  let callTaken = false;
  for (const member of view.team) {
    if (isSnoozed(member.userId)) continue;
    const alert = stateAlert(member, lostUserName, rules, now);
    if (call && !callTaken && call.userId === member.userId && alert?.kind !== 'armedAgentUnavailable') {
      callTaken = true;
      alerts.push(call);
    } else if (alert) alerts.push(alert);
  }
  if (call && !callTaken && !isSnoozed(call.userId)) alerts.push(call);
  return alerts;
}

/** The end of the local day that contains `now`: a snooze lasts until then. */
export function endOfLocalDay(now: number): number {
  const day = new Date(now);
  day.setHours(24, 0, 0, 0);
  return day.getTime();
}
