// Which domain events become OS notifications, with which title (the window announces all).
import type { SupervisorView } from '../../common/supervisor-view';
import type { OsNotice } from '../desktop/os-notifications';
import { OS_NOTICE_TITLES } from '../../common/words/notices';
import { noticeFor } from './notices';
import type { DomainEvent } from './types';

const titles: Partial<Record<DomainEvent['type'], { kind: OsNotice['kind']; title: string }>> = {
  monitoredCallStarted: { kind: 'monitoredCallStarted', title: OS_NOTICE_TITLES.monitoredCallStarted },
  monitoringArmed: { kind: 'monitoringArmed', title: OS_NOTICE_TITLES.monitoringArmed },
  monitoringCancelled: { kind: 'monitoringCancelled', title: OS_NOTICE_TITLES.monitoringCancelled },
  monitoringLost: { kind: 'monitoringLost', title: OS_NOTICE_TITLES.monitoringLost },
};

export function osNoticeFor(event: DomainEvent, view: SupervisorView): OsNotice | null {
  const meta = titles[event.type];
  const notice = noticeFor(event, view);
  if (!meta || !notice) return null;
  const canBargeIn = event.type === 'monitoredCallStarted' && view.monitoredCall?.actions.includes('bargeIn') === true;
  return { ...meta, body: notice.message, ...(canBargeIn && { bargeIn: true }) };
}
