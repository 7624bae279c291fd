// Domain events in words: announced in the window (aria-live) and, by the desktop layer, as OS
// notifications. The sentences themselves are common/words/notices.ts's.
import type { Notice } from '../../common/contract';
import type { SupervisorView } from '../../common/supervisor-view';
import { NOTICES } from '../../common/words/notices';
import type { DomainEvent } from './types';

export function noticeFor(event: DomainEvent, view: SupervisorView): Notice | null {
  switch (event.type) {
    case 'monitoringArmed':
      return view.armed ? { kind: 'info', message: NOTICES.armed(view.armed) } : null;
    case 'monitoringCancelled':
      return { kind: 'info', message: event.reason === 'cancelled' ? NOTICES.cancelled : NOTICES.endedAfterNextCall };
    case 'monitoringLost':
      return { kind: 'alert', message: NOTICES.lost(view.lost?.target.name) };
    case 'monitoredCallStarted': {
      const call = view.monitoredCall;
      return call ? { kind: 'alert', message: NOTICES.callStarted(call) } : null;
    }
    case 'monitoredCallModeChanged':
      return { kind: 'info', message: NOTICES.modeChanged(event.monitoring, event.agentMuted) };
    case 'monitoredCallEnded':
      return { kind: 'info', message: NOTICES.callEnded };
  }
}
