// What the window's live regions say about the monitored call, from the service's domain events
// (the window does not re-detect them). A switch and a mute are one event from the reducer, and
// the ended call is gone from the view, so the call last announced is kept to tell which changed
// and to name the agent at the end.
import type { Announcement } from '../../common/contract';
import type { MonitoredCallView, SupervisorView } from '../../common/supervisor-view';
import { monitoredCallAnnouncements as say } from '../../common/words';
import type { DomainEvent } from './types';

export class CallAnnouncements {
  #last: MonitoredCallView | null = null;

  for(event: DomainEvent, view: SupervisorView): Announcement | null {
    const before = this.#last;
    const call = view.monitoredCall;
    this.#last = call;
    switch (event.type) {
      case 'monitoredCallStarted':
        return call && { message: say.started(call), urgent: true };
      case 'monitoredCallModeChanged':
        if (!call) return null;
        if (before?.monitoring !== call.monitoring) return { message: say.switched(call), urgent: true };
        return { message: say.muted(call), urgent: false };
      case 'monitoredCallEnded':
        return before && { message: say.ended(before.agent.name), urgent: false };
      default:
        return null;
    }
  }
}
