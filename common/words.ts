// The words the app says about monitoring, in one place: the window's choices and banners, the
// notices and OS notifications, the tray's tooltip and the activity log all read them from here,
// so "Barge in" is written once. The actions' own labels are rows of common/actions.ts.
import type { MonitoringMode, MonitoringScope, MonitoringState, SubscriptionView } from './supervisor-view';

export const MONITORING_STATES: Record<MonitoringState, { choice: string; armed: string; live: string; doing: string }> = {
  ListenIn: { choice: 'Listen in', armed: 'Listening to', live: 'Listening in', doing: 'listening' },
  Coach: { choice: 'Coach', armed: 'Coaching', live: 'Coaching', doing: 'coaching' },
  BargeIn: { choice: 'Barge in', armed: 'Barging in on', live: 'Barged in', doing: 'barged in' },
};
export const MONITORING_MODES: Record<MonitoringMode, { choice: string; phrase: string }> = {
  AllCalls: { choice: 'All calls', phrase: 'all calls' },
  NextCall: { choice: 'Next call only', phrase: 'next call only' },
};
export const MONITORING_SCOPES: Record<MonitoringScope, { choice: string; phrase: string }> = {
  Call: { choice: 'Follow the call', phrase: 'follows the call' },
  Agent: { choice: 'This agent only', phrase: 'this agent only' },
};

/** "Listening to Alice Ng — all calls — follows the call": the armed state in one line. */
export function subscriptionSentence(s: SubscriptionView): string {
  return `${MONITORING_STATES[s.state].armed} ${s.target.name} — ${MONITORING_MODES[s.mode].phrase} — ${MONITORING_SCOPES[s.scope].phrase}`;
}

/** "Monitoring of Alice Ng (listen in, all calls, follows the call) stopped…" for a lost subscription. */
export function lostSentence(s: SubscriptionView): string {
  const how = `${MONITORING_STATES[s.state].choice.toLowerCase()}, ${MONITORING_MODES[s.mode].phrase}, ${MONITORING_SCOPES[s.scope].phrase}`;
  return `Monitoring of ${s.target.name} (${how}) stopped without a cancel: the connection dropped or the server ended it.`;
}
