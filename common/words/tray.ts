// The tray's words: its tooltip ("Supervisor Softphone: listening: Alice Ng on a call") and its
// menu's fixed items. Which state the tray is in, and which catalogue actions its menu offers, is
// main/desktop/tray-view.ts's; the actions' labels are common/actions.ts's.
import type { MonitoredCallView, MonitoringState, SubscriptionView } from '../supervisor-view';
import { MONITORING_STATES, subscriptionSentence } from './monitoring';
import { APP_NAME } from './app';

const doing = (state: MonitoringState): string => MONITORING_STATES[state].doing;

/** The tooltip's first line is the app's name, then what it is doing now. */
export const TRAY_TOOLTIP = {
  app: (demo: boolean): string => (demo ? `${APP_NAME} (demo)` : APP_NAME),
  line: (app: string, state: string): string => `${app}: ${state}`,
  signedOut: (reason: string | undefined): string => (reason === undefined ? 'signed out' : `signed out (${reason})`),
  connectionLost: (attempt: number): string => `connection lost, retrying (attempt ${attempt})`,
  onCall: (call: MonitoredCallView): string => {
    const customer = call.customerNumber ? ` with ${call.customerNumber}` : '';
    return `${doing(call.monitoring)}: ${call.agent.name} on a call${customer}`;
  },
  armed: (s: SubscriptionView): string => subscriptionSentence(s),
  lost: (agentName: string): string => `monitoring of ${agentName} lost`,
  connected: (displayName: string): string => `connected as ${displayName}`,
  shortcutFailed: (key: string, reason: string): string => `Barge-in shortcut ${key} unavailable: ${reason}`,
};

/** A catalogue action's menu label, with its key where it has one. */
export const withKey = (label: string, key: string): string => `${label} (${key})`;

export const TRAY_MENU = {
  showWindow: 'Show window',
  signOut: 'Sign out',
  quit: 'Quit',
};
