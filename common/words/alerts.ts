// The alerts' words (main/supervisor/alerts): what a team row, the console's alerts area, the
// tray menu, OS notifications and the activity log say of each rule that holds.
import { ACTIONS } from '../actions';
import type { AlertKind } from '../alerts';

/** Each rule's name, as the settings list it. */
export const ALERT_RULE_NAMES: Record<AlertKind, string> = {
  longCall: 'The monitored call lasts longer than',
  notReady: 'An agent is Not Ready longer than',
  afterCallWork: 'An agent is in After Call Work longer than',
  armedAgentUnavailable: 'The armed agent logs off or goes Not Ready',
};

const duration = (minutes: number, lowerBound: boolean): string => `${minutes} min${lowerBound ? '+' : ''}`;

export const ALERT_TEXT = {
  longCall: (minutes: number): string => `On a monitored call ${duration(minutes, false)}`,
  notReady: (minutes: number, lowerBound: boolean): string => `Not Ready ${duration(minutes, lowerBound)}`,
  afterCallWork: (minutes: number, lowerBound: boolean): string => `After Call Work ${duration(minutes, lowerBound)}`,
  armedLoggedOff: 'Logged off while armed: GWS ended the monitoring',
  armedNotReady: 'Not Ready while armed: monitoring will not fire until Ready',
};

export const ALERT_WORDS = {
  /** "Alice Ng — After Call Work 6 min" */
  line: (agentName: string, text: string): string => `${agentName} — ${text}`,
  /** A tray menu item: "Listen in to Alice Ng — After Call Work 6 min", "Barge in on Bo Diaz — On a monitored call 12 min". */
  trayItem: (action: 'listenIn' | 'bargeIn', line: string): string => `${ACTIONS.alert[action].label} ${action === 'listenIn' ? 'to' : 'on'} ${line}`,
  /** The tray's last alert item when there are more than it lists. */
  trayMore: (count: number): string => `${count} more alerts…`,
  /** A row's mark, read by screen readers beside the agent's name. */
  rowMark: (text: string): string => `Alert: ${text}`,
  /** A row's mark as seen; screen readers hear rowMark instead. */
  rowBadge: '⚠ Alert',
  regionLabel: 'Alerts',
  osTitle: (count: number): string => (count === 1 ? 'Alert' : `${count} alerts`),
  /** One notification for a burst: the first alert, and how many more. */
  osBody: (firstLine: string, count: number): string => (count > 1 ? `${firstLine}, and ${count - 1} more.` : `${firstLine}.`),
  snoozed: (agentName: string): string => `Alerts on ${agentName} are snoozed until the end of the day.`,
};

/** The settings' alert rules (AlertRulesSettings.svelte), under a heading of the alerts' name. */
export const ALERT_SETTINGS_WORDS = {
  heading: ALERT_WORDS.regionLabel,
  minutesLabel: (rule: AlertKind): string => `${ALERT_RULE_NAMES[rule]} (minutes)`,
  minutes: 'min',
  save: 'Save thresholds',
};

export const ALERT_PROBLEMS = {
  gone: 'That alert has cleared, so there is nothing to act on.',
  notOffered: (label: string): string => `${label} is not offered on this alert.`,
  noAgent: 'This alert names no team member, so there is nobody to snooze.',
  tooManySnoozes: (max: number): string => `At most ${max} agents can be snoozed at once; the oldest snoozes end at midnight.`,
};
