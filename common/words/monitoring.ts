// The words the app says about monitoring, in one place: the window's choices and banners, the
// notices and OS notifications, the tray's tooltip and the activity log all read them from here,
// so "Barge in" is written once. The actions' own labels are rows of common/actions.ts.
import type { MonitoredCallView, MonitoringMode, MonitoringScope, MonitoringState, SubscriptionView } from '../supervisor-view';

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

/** What the window names when GWS reports an agent on a call the team does not hold. */
export const UNKNOWN_AGENT = 'Unknown agent';
/** What the banner names when GWS does not say whom it is armed on and the app did not arm it (8.5.1). */
export const TARGET_NOT_REPORTED = 'an agent not reported by this GWS';

/** "Listening to Alice Ng — all calls — follows the call": the armed state in one line. */
export function subscriptionSentence(s: SubscriptionView): string {
  return `${MONITORING_STATES[s.state].armed} ${s.target.name} — ${MONITORING_MODES[s.mode].phrase} — ${MONITORING_SCOPES[s.scope].phrase}`;
}

/** "Monitoring of Alice Ng (listen in, all calls, follows the call) stopped…" for a lost subscription. */
export function lostSentence(s: SubscriptionView): string {
  const how = `${MONITORING_STATES[s.state].choice.toLowerCase()}, ${MONITORING_MODES[s.mode].phrase}, ${MONITORING_SCOPES[s.scope].phrase}`;
  return `Monitoring of ${s.target.name} (${how}) stopped without a cancel: the connection dropped or the server ended it.`;
}

/** "NotReadyForNextCall" → "Not ready for next call": a readable fallback for names we do not know. */
export function words(identifier: string): string {
  const spaced = identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1).toLowerCase();
}

export const callTypeLabel = (type: string | null): string => (type ? words(type) : 'Call');

/** What the window's live regions say as the monitored call starts, switches, is muted and ends. */
export const monitoredCallAnnouncements = {
  started: (call: MonitoredCallView): string => {
    const customer = call.customerNumber ? ` with ${call.customerNumber}` : '';
    return `Monitored call started: ${call.agent.name}${customer}, ${callTypeLabel(call.callType).toLowerCase()}. ${MONITORING_STATES[call.monitoring].live}.`;
  },
  switched: (call: MonitoredCallView): string => `${MONITORING_STATES[call.monitoring].live} on ${call.agent.name}'s call.`,
  muted: (call: MonitoredCallView): string => (call.agentMuted ? `${call.agent.name} is muted.` : `${call.agent.name} is no longer muted.`),
  ended: (agentName: string): string => `The monitored call with ${agentName} ended.`,
};

/** The question a catalogue row with `confirm` asks before it runs: "Log off Alice Ng?". */
export const confirmationQuestion = (label: string, whom: string): string => `${label} ${whom}?`;

/** A team row while GWS has not yet confirmed a change: "Make Not Ready: waiting for GWS…". */
export const pendingChange = (label: string): string => `${label}: waiting for GWS…`;

/** The team member panel's words around the catalogue's agent state actions. */
export const AGENT_CONTROL_WORDS = {
  heading: (name: string): string => `${name}'s state`,
  off: "Changing agents' states is switched off on this GWS server.",
  nothing: 'GWS changes the state of logged-in agents only.',
  menu: (name: string): string => `Actions for ${name}`,
  cancel: 'Cancel',
};
