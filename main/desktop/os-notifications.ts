// OS notifications, each a sentence (main/supervisor/os-notice.ts): the monitored call, monitoring armed / cancelled / lost,
// the connection lost and restored. Each kind can be switched off in settings; a burst of one
// kind replaces the notification on screen instead of stacking; a lost connection is told only
// after a grace period, so a blip says nothing. Every notification is kept referenced until it
// closes, or Electron collects it and its click handler never fires.
import { Notification } from 'electron';
import { ACTIONS, type AlertAction } from '../../common/actions';
import type { Settings } from '../../common/settings';
import { CONNECTION_NOTICES } from '../../common/words/notices';

export type NotificationKind = keyof Settings['notifications'] | 'shortcut';

export interface OsNotice {
  kind: NotificationKind;
  title: string;
  body: string;
  /** "Barge in" where the platform shows actions (macOS). */
  bargeIn?: boolean;
  /** An alert's one-click actions (Listen in, Barge in) as the notification's buttons. */
  alert?: { id: string; actions: AlertAction[] };
}

export interface OsNotificationDeps {
  enabled: (kind: keyof Settings['notifications']) => boolean;
  onClick: () => void;
  onBargeIn: () => void;
  onAlertAction: (alertId: string, action: AlertAction) => void;
  /** A click on an alert's notification: the window, on its agent. */
  onAlertClick: (alertId: string) => void;
  /** How long the connection must stay lost before saying so. */
  graceMs?: number;
}

export class OsNotifications {
  readonly #deps: OsNotificationDeps;
  readonly #open = new Map<NotificationKind, Notification>();
  #lostTimer: NodeJS.Timeout | undefined;
  #lostShown = false;

  constructor(deps: OsNotificationDeps) {
    this.#deps = deps;
  }

  show(notice: OsNotice): void {
    if (notice.kind !== 'shortcut' && !this.#deps.enabled(notice.kind)) return;
    if (!Notification.isSupported()) return;
    this.#open.get(notice.kind)?.close();
    const alert = notice.alert;
    const buttons = alert ? alert.actions.map((a) => ACTIONS.alert[a].label) : notice.bargeIn ? [ACTIONS.monitoredCall.bargeIn.label] : [];
    const n = new Notification({
      title: notice.title,
      body: notice.body,
      ...(buttons.length > 0 && { actions: buttons.map((text) => ({ type: 'button' as const, text })) }),
    });
    this.#open.set(notice.kind, n);
    n.on('click', () => (alert ? this.#deps.onAlertClick(alert.id) : this.#deps.onClick()));
    n.on('action', (_event, index) => {
      const action = alert?.actions[index];
      if (alert && action) this.#deps.onAlertAction(alert.id, action);
      else if (!alert) this.#deps.onBargeIn();
    });
    n.on('close', () => {
      if (this.#open.get(notice.kind) === n) this.#open.delete(notice.kind);
    });
    n.show();
  }

  connectionLost(reason: string): void {
    if (this.#lostTimer || this.#lostShown) return;
    this.#lostTimer = setTimeout(() => {
      this.#lostTimer = undefined;
      this.#lostShown = true;
      this.show({ kind: 'connectionLost', title: CONNECTION_NOTICES.lost.title, body: CONNECTION_NOTICES.lost.body(reason) });
    }, this.#deps.graceMs ?? 5000);
  }

  connectionRestored(): void {
    clearTimeout(this.#lostTimer);
    this.#lostTimer = undefined;
    if (!this.#lostShown) return;
    this.#lostShown = false;
    this.show({ kind: 'connectionRestored', title: CONNECTION_NOTICES.restored.title, body: CONNECTION_NOTICES.restored.body });
  }

  dispose(): void {
    clearTimeout(this.#lostTimer);
  }
}
