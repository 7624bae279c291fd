// The alerts in the tray menu, each one click from monitoring its agent: "Listen in to Alice Ng —
// After Call Work 6 min". Linux AppIndicator shows no notification actions reliably, so the menu
// is where the one-click action always is. A few at most: the window lists them all.
import type { Alert } from '../../common/alerts';
import { ALERT_WORDS } from '../../common/words/alerts';
import type { TrayMenuEntry, TrayView } from './tray-view';

export const TRAY_ALERTS_MAX = 5;

/** The tray view with the alerts listed after "Show window". */
export function withAlerts(view: TrayView, alerts: readonly Alert[]): TrayView {
  if (alerts.length === 0) return view;
  const items: TrayMenuEntry[] = alerts.slice(0, TRAY_ALERTS_MAX).map((alert) => {
    const line = ALERT_WORDS.line(alert.agentName, alert.text);
    const action = alert.actions.includes('listenIn') ? 'listenIn' : alert.actions.includes('bargeIn') ? 'bargeIn' : null;
    return { type: 'alert', alertId: alert.id, action, label: action ? ALERT_WORDS.trayItem(action, line) : line };
  });
  if (alerts.length > TRAY_ALERTS_MAX) items.push({ type: 'alert', alertId: '', action: null, label: ALERT_WORDS.trayMore(alerts.length - TRAY_ALERTS_MAX) });
  const [first, ...rest] = view.menu;
  return { ...view, menu: [...(first ? [first] : []), { type: 'separator' }, ...items, ...rest] };
}
