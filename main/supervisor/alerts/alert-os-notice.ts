// A burst of alerts as one OS notification: the count and the first, with its one-click
// actions. OsNotifications replaces the one on screen (kind "alerts"), so bursts never stack.
import type { Alert } from '../../../common/alerts';
import { ALERT_WORDS } from '../../../common/words/alerts';
import type { OsNotice } from '../../desktop/os-notifications';

export function alertOsNotice(raised: readonly Alert[]): OsNotice | null {
  const first = raised[0];
  if (!first) return null;
  return {
    kind: 'alerts',
    title: ALERT_WORDS.osTitle(raised.length),
    body: ALERT_WORDS.osBody(ALERT_WORDS.line(first.agentName, first.text), raised.length),
    alert: { id: first.id, actions: first.actions.filter((a) => a !== 'snooze') },
  };
}
