// The session as the window shows it (common/session-view.ts).
import type { ConnectionView, SessionView } from '../../common/session-view';
import type { ConnectionState } from '../gws/notifications/channel';
import { isUnencrypted } from './server-address';
import type { SessionState } from './session';

function connectionView(c: ConnectionState, now: number): ConnectionView {
  return c.kind === 'reconnecting' || c.kind === 'offline'
    ? { kind: c.kind, attempt: c.attempt, nextRetryAt: now + c.nextRetryInMs, reason: c.reason }
    : { kind: c.kind };
}

export function sessionView(state: SessionState, serverUrl: string, now: number, demo = false): SessionView {
  switch (state.status) {
    case 'signed-out':
      return {
        status: 'signed-out',
        reason: state.reason ?? null,
        ...(state.retry && { retry: { attempt: state.retry.attempt, nextRetryAt: now + state.retry.nextRetryInMs } }),
      };
    case 'signing-in':
    case 'signing-out':
      return { status: state.status };
    case 'signed-in': {
      const displayName = [state.user.firstName, state.user.lastName].filter(Boolean).join(' ') || state.user.userName;
      return {
        status: 'signed-in',
        userName: state.user.userName,
        displayName,
        serverUrl,
        connection: connectionView(state.connection, now),
        demo,
        unencrypted: isUnencrypted(serverUrl),
      };
    }
  }
}
