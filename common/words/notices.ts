// The notices' words: what the window announces (aria-live) and the OS notifications show for
// each domain event, the connection and the barge-in key, in the product's voice. The monitoring words they use are monitoring.ts's;
// which event says what is main/supervisor/notices.ts's and os-notice.ts's.
import type { MonitoredCallView, MonitoringState, SubscriptionView } from '../supervisor-view';
import { MONITORING_STATES, subscriptionSentence } from './monitoring';

const doing = (state: MonitoringState): string => MONITORING_STATES[state].doing;

export const NOTICES = {
  armed: (s: SubscriptionView): string => `${subscriptionSentence(s)}.`,
  cancelled: 'Monitoring cancelled.',
  endedAfterNextCall: 'Monitoring ended after the next call, as asked.',
  /** The agent's name, or none when the view no longer says whom. */
  lost: (agentName: string | undefined): string => `Monitoring of ${agentName ?? 'the agent'} was lost. Re-arm it to go on monitoring.`,
  /** "Alice Ng is on a call with +1 916 555 0104: you are listening." */
  callStarted: (call: MonitoredCallView): string => {
    const customer = call.customerNumber ? ` with ${call.customerNumber}` : '';
    return `${call.agent.name} is on a call${customer}: you are ${doing(call.monitoring)}.`;
  },
  modeChanged: (monitoring: MonitoringState, agentMuted: boolean): string =>
    agentMuted ? `You are ${doing(monitoring)}; the agent is muted.` : `You are ${doing(monitoring)}.`,
  callEnded: 'The monitored call has ended.',
};

/** The OS notifications' titles; their bodies are the notices above. */
export const OS_NOTICE_TITLES = {
  monitoredCallStarted: 'Monitored call started',
  monitoringArmed: 'Monitoring armed',
  monitoringCancelled: 'Monitoring ended',
  monitoringLost: 'Monitoring lost',
};

/** The OS notifications about the connection to GWS, told after a grace period (main/desktop/os-notifications.ts). */
export const CONNECTION_NOTICES = {
  lost: { title: 'Connection to GWS lost', body: (reason: string): string => `${reason}. Retrying; monitoring alerts may be late.` },
  restored: { title: 'Connection to GWS restored', body: 'Alerts are live again.' },
};

/** What the global barge-in key says, in the window and as an OS notification with this title (main/desktop/barge-in-key.ts). */
export const BARGE_IN_KEY_NOTICES = {
  title: 'Barge-in shortcut',
  alreadyBargedIn: (agentName: string): string => `You are already ${MONITORING_STATES.BargeIn.doing} on ${agentName}'s call.`,
  failed: (reason: string): string => `Could not barge in: ${reason}`,
  noCall: (agentName: string): string => `No monitored call in progress: ${agentName} is not on a call.`,
};
