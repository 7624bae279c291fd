// What the tray shows, as data: the tray adapter renders it, tests read it. Linux
// AppIndicator ignores clicks on the icon, so every action lives in the menu.
import { acceleratorLabel } from '../../common/accelerator';
import type { ShortcutStatus } from './shortcut-status';

/** One PNG per state in build/tray (resources/tray when packaged). */
export type TrayIcon = 'signed-out' | 'connected' | 'armed' | 'live' | 'barged-in' | 'problem';
export type TrayAction = 'show-window' | 'quit';
export type TrayMenuEntry = { type: 'separator' } | { type: 'item'; action: TrayAction; label: string; enabled: boolean };

export interface TrayView {
  icon: TrayIcon;
  tooltip: string;
  menu: TrayMenuEntry[];
}

const APP = 'Supervisor Softphone';

function shortcutProblem(shortcut: ShortcutStatus, platform: string): string | undefined {
  if (shortcut.state === 'registered') return undefined;
  return `Barge-in shortcut ${acceleratorLabel(shortcut.accelerator, platform)} unavailable: ${shortcut.reason}`;
}

export function signedOutTrayView(shortcut: ShortcutStatus, platform: string): TrayView {
  const problem = shortcutProblem(shortcut, platform);
  return {
    icon: 'signed-out',
    tooltip: [`${APP}: signed out`, problem].filter(Boolean).join('\n'),
    menu: [
      { type: 'item', action: 'show-window', label: 'Show window', enabled: true },
      { type: 'separator' },
      { type: 'item', action: 'quit', label: 'Quit', enabled: true },
    ],
  };
}
