// How the window says things: GWS's identifiers turned into the words a supervisor reads.
// Pure functions, unit-tested in format.test.ts.
import { AGENT_STATE_REQUESTS, type AgentStateRequest } from '../../../common/contract';
import type { ConnectionView } from '../../../common/session-view';
import type { MonitoringMode, MonitoringScope } from '../../../common/supervisor-view';
import { loggedOperationLabel } from '../../../common/actions';
import { MONITORING_MODES, MONITORING_SCOPES, TIME_IN_STATE_WORDS, words } from '../../../common/words';
import { AGENT_STATE_LABELS, CALL_STATE_LABELS, CONNECTION_WORDS, UNKNOWN_AGENT_STATE } from '../../../common/words/window';

export type AgentStateTone = 'ready' | 'not-ready' | 'after-call' | 'aux' | 'offline' | 'unknown';

// GWS folds workMode into the state (main/supervisor/team.ts): ManualIn and AutoIn are Ready.
// GWS's names are looked up in Maps: a state named "constructor" must find nothing.
const AGENT_STATES = new Map<string, { tone: AgentStateTone; request: AgentStateRequest }>([
  ['Ready', { tone: 'ready', request: 'Ready' }],
  ['ManualIn', { tone: 'ready', request: 'Ready' }],
  ['AutoIn', { tone: 'ready', request: 'Ready' }],
  ['NotReady', { tone: 'not-ready', request: 'NotReady' }],
  ['AfterCallWork', { tone: 'after-call', request: 'AfterCallWork' }],
  ['AuxWork', { tone: 'aux', request: 'AuxWork' }],
  ['LoggedOut', { tone: 'offline', request: 'Offline' }],
  ['Offline', { tone: 'offline', request: 'Offline' }],
]);

export function agentStateLabel(state: string | null): string {
  if (!state) return UNKNOWN_AGENT_STATE;
  const known = AGENT_STATES.get(state);
  return known ? AGENT_STATE_LABELS[known.request] : words(state);
}

export function agentStateTone(state: string | null): AgentStateTone {
  return (state && AGENT_STATES.get(state)?.tone) || 'unknown';
}

/** The agent-state selector's value for the device's current state, or '' when it has none. */
export function agentStateRequestOf(state: string | null): AgentStateRequest | '' {
  return (state && AGENT_STATES.get(state)?.request) || '';
}

export const AGENT_STATE_CHOICES: ReadonlyArray<{ value: AgentStateRequest; label: string }> = AGENT_STATE_REQUESTS.map((value) => ({
  value,
  label: AGENT_STATE_LABELS[value],
}));

/** 7 s → "0:07", 754 s → "12:34", 3723 s → "1:02:03". */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * How long in a state, to the minute: "<1 min", "12 min", "2 h 05 min", with "+" when the state
 * began before the app was watching (the time is then only a lower bound).
 */
export function timeInState(since: number, known: boolean, now: number): string {
  const minutes = Math.max(0, Math.floor((now - since) / 60_000));
  const text =
    minutes < 1
      ? TIME_IN_STATE_WORDS.underAMinute
      : minutes < 60
        ? TIME_IN_STATE_WORDS.minutes(minutes)
        : TIME_IN_STATE_WORDS.hours(Math.floor(minutes / 60), String(minutes % 60).padStart(2, '0'));
  return known ? text : `${text}+`;
}

/** A running timer from `since` (epoch ms); '' when the start is unknown (0). */
export function elapsed(since: number, now: number): string {
  return since > 0 ? formatDuration(now - since) : '';
}

export type Tone = 'ok' | 'warning' | 'danger' | 'neutral';

export interface ConnectionWords {
  label: string;
  /** "next try in 7 s" while retrying. */
  countdown: string | null;
  detail: string | null;
  tone: Tone;
}

/** The connection bar's words; a countdown to the next retry when the session is retrying. */
export function connectionWords(c: ConnectionView, now: number): ConnectionWords {
  switch (c.kind) {
    case 'connected':
      return { label: CONNECTION_WORDS.connected, countdown: null, detail: null, tone: 'ok' };
    case 'connecting':
      return { label: CONNECTION_WORDS.connecting, countdown: null, detail: null, tone: 'neutral' };
    case 'stopped':
      return { label: CONNECTION_WORDS.stopped, countdown: null, detail: null, tone: 'neutral' };
    case 'reconnecting':
    case 'offline': {
      const seconds = Math.ceil((c.nextRetryAt - now) / 1000);
      return {
        label: CONNECTION_WORDS.retrying(c.kind === 'offline', c.attempt),
        countdown: seconds > 0 ? CONNECTION_WORDS.nextTry(seconds) : CONNECTION_WORDS.tryingNow,
        detail: c.reason || null,
        tone: c.kind === 'offline' ? 'danger' : 'warning',
      };
    }
  }
}

export const callStateLabel = (state: string): string => CALL_STATE_LABELS.get(state) ?? words(state);

export const operationLabel = (operation: string): string => loggedOperationLabel(operation) ?? words(operation);

/** "Listen in · all calls · follows the call" for an activity entry's options. */
export function activityOptions(scope: string | null, mode: string | null): string {
  const parts: string[] = [];
  if (mode) parts.push(MONITORING_MODES[mode as MonitoringMode]?.phrase ?? words(mode));
  if (scope) parts.push(MONITORING_SCOPES[scope as MonitoringScope]?.phrase ?? words(scope));
  return parts.join(' · ');
}

/** "Ready → Not ready" for an agent state change in the activity log; "?" where the new state could not be read. */
export const stateChangeWords = ({ from, to }: { from: string | null; to: string | null }): string =>
  `${agentStateLabel(from)} → ${to === null ? '?' : agentStateLabel(to)}`;
