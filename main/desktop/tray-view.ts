// What the tray shows, as data: the tray adapter renders it, tests read it. Linux
// AppIndicator ignores clicks on the icon, so every action lives in the menu, enabled only
// when GWS's capabilities allow it. The catalogue's (common/actions.ts) come from its rows.
import { acceleratorLabel } from '../../common/accelerator';
import { ACTIONS, actionRow, TRAY_ACTIONS, type TrayCatalogueAction } from '../../common/actions';
import type { ShortcutStatus } from '../../common/contract';
import type { SessionView } from '../../common/session-view';
import type { RoundView, SupervisorView } from '../../common/supervisor-view';
import { ROUND_WORDS } from '../../common/words/round';
import { TRAY_MENU, TRAY_TOOLTIP, withKey } from '../../common/words/tray';

/** One PNG per state in build/tray (resources/tray when packaged). */
export type TrayIcon = 'signed-out' | 'connected' | 'armed' | 'live' | 'barged-in' | 'problem';
export type TrayAction = 'show-window' | TrayCatalogueAction | 'round-stop' | 'sign-out' | 'quit';
export type TrayMenuEntry =
  | { type: 'separator' }
  | { type: 'item'; action: TrayAction; label: string; enabled: boolean }
  /** An alert's one-click action (tray-alerts.ts); null opens the window on it. */
  | { type: 'alert'; alertId: string; action: 'listenIn' | 'bargeIn' | null; label: string };

export interface TrayView {
  icon: TrayIcon;
  tooltip: string;
  menu: TrayMenuEntry[];
}

function stateOf(session: SessionView, view: SupervisorView): { icon: TrayIcon; words: string } {
  if (session.status !== 'signed-in') {
    const reason = session.status === 'signed-out' ? session.reason?.message : undefined;
    return { icon: reason !== undefined ? 'problem' : 'signed-out', words: TRAY_TOOLTIP.signedOut(reason) };
  }
  if (session.connection.kind === 'reconnecting' || session.connection.kind === 'offline') {
    return { icon: 'problem', words: TRAY_TOOLTIP.connectionLost(session.connection.attempt) };
  }
  const call = view.monitoredCall;
  if (call) return { icon: call.monitoring === 'BargeIn' ? 'barged-in' : 'live', words: TRAY_TOOLTIP.onCall(call) };
  if (view.armed) return { icon: 'armed', words: TRAY_TOOLTIP.armed(view.armed) };
  if (view.lost) return { icon: 'problem', words: TRAY_TOOLTIP.lost(view.lost.target.name) };
  return { icon: 'connected', words: TRAY_TOOLTIP.connected(session.displayName) };
}

/** `round`: a coaching round's line in the tooltip, and its Stop item in the menu while it runs. */
export function trayView(session: SessionView, view: SupervisorView, shortcut: ShortcutStatus, platform: string, round: RoundView = null): TrayView {
  const { icon, words } = stateOf(session, view);
  const key = acceleratorLabel(shortcut.accelerator, platform);
  const problem = shortcut.state === 'failed' ? TRAY_TOOLTIP.shortcutFailed(key, shortcut.reason) : undefined;
  const allowed = (ref: TrayCatalogueAction): boolean => {
    const [target, action] = ref.split('.');
    return target === 'device' ? view.deviceActions.some((a) => a === action) : (view.monitoredCall?.actions ?? []).some((a) => a === action);
  };
  const label = (ref: TrayCatalogueAction): string => {
    const row = actionRow(ref);
    return row.keyHint && shortcut.state !== 'failed' ? withKey(row.label, key) : row.label;
  };
  const item = (action: TrayAction, label: string, enabled: boolean): TrayMenuEntry => ({ type: 'item', action, label, enabled });
  const app = TRAY_TOOLTIP.app(session.status === 'signed-in' && session.demo);
  return {
    icon,
    tooltip: [TRAY_TOOLTIP.line(app, words), round && ROUND_WORDS.status(round), problem].filter(Boolean).join('\n'),
    menu: [
      item('show-window', TRAY_MENU.showWindow, true),
      { type: 'separator' },
      ...TRAY_ACTIONS.map((ref) => item(ref, label(ref), allowed(ref))),
      ...(round ? [item('round-stop', ACTIONS.round.stop.label, true)] : []),
      { type: 'separator' },
      item('sign-out', TRAY_MENU.signOut, session.status === 'signed-in'),
      item('quit', TRAY_MENU.quit, true),
    ],
  };
}
