// The window's words for domain things: agent and call states, the connection and the
// notification settings. How they are picked (tones, which request a GWS state maps to) is
// renderer/src/lib/format.ts's; the components only place them.
import type { AgentStateRequest } from '../contract';
import type { Settings } from '../settings';

/** An agent state by the request that sets it; GWS's other names for them map here in format.ts. */
export const AGENT_STATE_LABELS: Record<AgentStateRequest, string> = {
  Ready: 'Ready',
  NotReady: 'Not Ready',
  AfterCallWork: 'After call work',
  AuxWork: 'Aux work',
  Offline: 'Logged out',
};
export const UNKNOWN_AGENT_STATE = 'Unknown';

/** GWS's call states as a supervisor says them; another state is spelled out from its name. */
export const CALL_STATE_LABELS: ReadonlyMap<string, string> = new Map([
  ['Ringing', 'Ringing'],
  ['Dialing', 'Dialing'],
  ['Established', 'Talking'],
  ['Held', 'On hold'],
  ['Released', 'Ended'],
]);

/** The connection bar: its status, and the countdown while it retries. */
export const CONNECTION_WORDS = {
  connected: 'Connected',
  connecting: 'Connecting…',
  stopped: 'Not connected',
  retrying: (offline: boolean, attempt: number): string => `${offline ? 'Offline' : 'Reconnecting'} (attempt ${attempt})`,
  nextTry: (seconds: number): string => `next try in ${seconds} s`,
  tryingNow: 'trying now…',
  unencrypted: 'Not encrypted (no TLS)',
};

/** The settings' "Tell me when" list, one line per OS notification kind, in its order. */
export const NOTIFICATION_SETTING_LABELS: Record<keyof Settings['notifications'], string> = {
  monitoredCallStarted: 'A monitored call starts',
  monitoringArmed: 'Monitoring is armed',
  monitoringCancelled: 'Monitoring is cancelled',
  monitoringLost: 'Monitoring is lost',
  connectionLost: 'The connection is lost',
  connectionRestored: 'The connection is restored',
  alerts: 'An alert fires',
};

/** A call's other party when GWS gives no number (the call card, My phone). */
export const UNKNOWN_NUMBER = 'Unknown number';

/** The call card's "Agent audio". */
export const agentAudio = (muted: boolean): string => (muted ? 'Muted: the customer cannot hear the agent' : 'Not muted');

/** The activity screen's result column. */
export const ACTIVITY_RESULTS = { done: 'Done', failed: 'Failed' };

/** The problems the window itself puts in words (main's come with their own, from GWS and the session). */
export const WINDOW_PROBLEMS = {
  noAnswer: (reason: string): string => `The app did not answer (${reason}). Try again; if it persists, restart the app.`,
  stillWaiting: 'Still waiting for the previous answer.',
  valueNotAllowed: 'This value is not allowed.',
};
