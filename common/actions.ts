// The catalogue of supervisor actions: one row per action, saying everything about it (what it
// applies to, the GWS operation, its words, its key hint, whether it asks first, how the activity
// log names it). The view's action lists (main/supervisor/views.ts), the service's verbs, the
// tray menu, the window's buttons, the OS notification's button and the activity log's words are
// derived from it, as Element Desktop derives each setting from one registry entry. Adding an
// action: docs/architecture.md, "How to add a supervisor action".
import type { MonitoringState } from './supervisor-view';
import { MONITORING_STATES } from './words';

/** What an action applies to; each has its own list of action names, in the order shown. */
export const ACTION_TARGETS = ['device', 'monitoredCall', 'ownCall', 'teamMember', 'round', 'alert'] as const;
export type ActionTarget = (typeof ACTION_TARGETS)[number];

export const DEVICE_ACTIONS = ['listenIn', 'coach', 'bargeIn', 'cancelMonitoring'] as const;
export const MONITORED_CALL_ACTIONS = ['answer', 'bargeIn', 'listenIn', 'muteAgent', 'unmuteAgent', 'leave'] as const;
export const OWN_CALL_ACTIONS = ['answer', 'retrieve', 'hold', 'hangup'] as const;
export type DeviceAction = (typeof DEVICE_ACTIONS)[number];
export type MonitoredCallAction = (typeof MONITORED_CALL_ACTIONS)[number];
export type OwnCallAction = (typeof OWN_CALL_ACTIONS)[number];
/** Supervisor Agent State Control on a team member's voice channel. */
export const TEAM_MEMBER_ACTIONS = ['makeReady', 'makeNotReady', 'logOff'] as const;
export type TeamMemberAction = (typeof TEAM_MEMBER_ACTIONS)[number];
/**
 * A coaching round (main/supervisor/coaching-round.ts): started listening in or coaching, each
 * agent armed in turn with the device's ListenIn or Coach in mode NextCall; stopped with
 * CancelSupervisorMonitoring. Its arming is logged by the device rows, its steps by the round.
 */
export const ROUND_ACTIONS = ['listenIn', 'coach', 'stop'] as const;
export type RoundAction = (typeof ROUND_ACTIONS)[number];
/** On an alert (main/supervisor/alerts): monitor its agent in one click, or snooze the agent's alerts for the day. */
export const ALERT_ACTIONS = ['listenIn', 'bargeIn', 'snooze'] as const;
export type AlertAction = (typeof ALERT_ACTIONS)[number];

export interface ActionRow<Operation extends string = string> {
  /**
   * GWS's operationName, which is also the capability GWS lists on the resource while it allows
   * it. Kept literal: main posts it as a typed operation (main/gws/operations.ts), so a name GWS
   * does not have fails to compile there.
   */
  operation: Operation;
  /** The button's and the tray menu's words. */
  label: string;
  /** The key shown beside the label: the global barge-in shortcut (a setting). */
  keyHint: 'bargeInShortcut' | null;
  /** Asks the supervisor first, naming whom it applies to. */
  confirm: boolean;
  /** How the activity log names it; null when it is not logged. */
  logged: string | null;
  tone: 'primary' | 'danger' | null;
}

const row = <const Operation extends string>(
  operation: Operation,
  label: string,
  more: Partial<Omit<ActionRow, 'operation' | 'label'>> = {},
): ActionRow<Operation> => ({
  operation,
  label,
  keyHint: null,
  confirm: false,
  logged: null,
  tone: null,
  ...more,
});

/** ListenIn, Coach and BargeIn are both a device operation and the words of the monitoring state. */
const monitor = <const State extends MonitoringState>(state: State): ActionRow<State> =>
  row(state, MONITORING_STATES[state].choice, { logged: MONITORING_STATES[state].choice });

export const ACTIONS = {
  device: {
    listenIn: monitor('ListenIn'),
    coach: monitor('Coach'),
    bargeIn: monitor('BargeIn'),
    cancelMonitoring: row('CancelSupervisorMonitoring', 'Cancel monitoring', { logged: 'Cancelled monitoring' }),
  },
  monitoredCall: {
    answer: row('Answer', 'Answer', { logged: 'Answer', tone: 'primary' }),
    bargeIn: row('SwitchToBargeIn', MONITORING_STATES.BargeIn.choice, { keyHint: 'bargeInShortcut', logged: 'Switched to barge in', tone: 'danger' }),
    listenIn: row('SwitchToListenIn', 'Back to listening', { logged: 'Back to listening' }),
    muteAgent: row('MuteMonitoredUser', 'Mute agent', { logged: 'Muted the agent' }),
    unmuteAgent: row('UnmuteMonitoredUser', 'Unmute agent', { logged: 'Unmuted the agent' }),
    leave: row('Hangup', 'Leave call', { logged: 'Left the call' }),
  },
  ownCall: {
    answer: row('Answer', 'Answer', { tone: 'primary' }),
    retrieve: row('Retrieve', 'Retrieve'),
    hold: row('Hold', 'Hold'),
    hangup: row('Hangup', 'Hang up', { tone: 'danger' }),
  },
  teamMember: {
    makeReady: row('Ready', 'Make Ready', { logged: 'Made Ready' }),
    makeNotReady: row('NotReady', 'Make Not Ready', { logged: 'Made Not Ready' }),
    logOff: row('Offline', 'Log off', { confirm: true, logged: 'Logged off', tone: 'danger' }),
  },
  round: {
    listenIn: row('ListenIn', MONITORING_STATES.ListenIn.choice),
    coach: row('Coach', MONITORING_STATES.Coach.choice),
    stop: row('CancelSupervisorMonitoring', 'Stop coaching round', { tone: 'danger' }),
  },
  // Listen in and Barge in arm the device operations on the alert's agent (on a long monitored
  // call, Barge in is the call's SwitchToBargeIn). Snoozing is the app's own, not GWS's: its
  // operation only names it in the activity log.
  alert: {
    listenIn: monitor('ListenIn'),
    bargeIn: { ...monitor('BargeIn'), tone: 'danger' },
    snooze: row('SnoozeAlerts', 'Snooze for today', { logged: 'Snoozed alerts for today' }),
  },
} satisfies {
  device: Record<DeviceAction, ActionRow>;
  monitoredCall: Record<MonitoredCallAction, ActionRow>;
  ownCall: Record<OwnCallAction, ActionRow>;
  teamMember: Record<TeamMemberAction, ActionRow>;
  round: Record<RoundAction, ActionRow>;
  alert: Record<AlertAction, ActionRow>;
};

/**
 * The team member actions an agent's state allows: none for a logged-out agent (GWS cannot log
 * one in) or an unknown state, no Make Ready for a Ready one, no Make Not Ready for one already
 * Not Ready (After call work and Aux work are Not Ready with a work mode).
 */
export function teamMemberActions(agentState: string | null): TeamMemberAction[] {
  if (agentState === null || agentState === 'LoggedOut' || agentState === 'Offline') return [];
  if (agentState === 'Ready' || agentState === 'ManualIn' || agentState === 'AutoIn') return ['makeNotReady', 'logOff'];
  if (agentState === 'NotReady' || agentState === 'AfterCallWork' || agentState === 'AuxWork') return ['makeReady', 'logOff'];
  return ['makeReady', 'makeNotReady', 'logOff'];
}

/**
 * The tray menu's catalogue actions, in its order: those that take no argument, so a menu item
 * (Linux AppIndicator has no other way in) can run them.
 */
export const TRAY_ACTIONS = [
  'monitoredCall.bargeIn',
  'monitoredCall.listenIn',
  'monitoredCall.muteAgent',
  'monitoredCall.leave',
  'device.cancelMonitoring',
] as const;
export type TrayCatalogueAction = (typeof TRAY_ACTIONS)[number];

/** A catalogue row by its `target.action` name. */
export function actionRow(ref: TrayCatalogueAction): ActionRow {
  const [target, action] = ref.split('.') as [keyof typeof ACTIONS, string];
  return (ACTIONS[target] as Record<string, ActionRow>)[action]!;
}

/** The actions GWS allows now, from the capabilities it lists on the resource (in its order). */
export function allowedActions<A extends string>(rows: Record<A, ActionRow>, capabilities: readonly string[]): A[] {
  const byOperation = operationIndex(rows);
  return capabilities.flatMap((c) => {
    const action = byOperation.get(c);
    return action === undefined ? [] : [action];
  });
}

// A Map, so a capability GWS names "constructor" finds nothing; built once per target, as views
// are derived on every GWS message.
const operationIndexes = new WeakMap<object, ReadonlyMap<string, string>>();
function operationIndex<A extends string>(rows: Record<A, ActionRow>): ReadonlyMap<string, A> {
  let index = operationIndexes.get(rows);
  if (!index) {
    index = new Map(Object.entries<ActionRow>(rows).map(([action, r]) => [r.operation, action]));
    operationIndexes.set(rows, index);
  }
  return index as ReadonlyMap<string, A>;
}

/** The activity log's words for a logged GWS operation, or undefined for one the catalogue does not log. */
export function loggedOperationLabel(operation: string): string | undefined {
  for (const target of ACTION_TARGETS) {
    const rows: Record<string, ActionRow> = ACTIONS[target];
    const found = Object.values(rows).find((r) => r.logged !== null && r.operation === operation);
    if (found) return found.logged ?? undefined;
  }
  return undefined;
}
