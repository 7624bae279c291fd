// The session and shortcut the tray tests render with: signed in and connected, the barge-in key registered.
import type { SessionView } from '../../../common/session-view';

export const registered = { state: 'registered' as const, accelerator: 'CommandOrControl+Shift+B' };

export const online = {
  status: 'signed-in',
  userName: 'supervisor1',
  displayName: 'Sam Lee',
  serverUrl: 'http://x',
  connection: { kind: 'connected' },
  demo: false,
  unencrypted: false,
} satisfies SessionView;
