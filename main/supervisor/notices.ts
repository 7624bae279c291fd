// Domain events in words: announced in the window (aria-live) and, by the desktop layer, as OS
// notifications, in the product's voice: "Alice Ng is on a call with +1 916 555 0104: you are listening".
import type { Notice } from '../../common/contract';
import type { SupervisorView } from '../../common/supervisor-view';
import { MONITORING_STATES, subscriptionSentence } from '../../common/words';
import type { DomainEvent } from './types';

const doing = (state: keyof typeof MONITORING_STATES) => MONITORING_STATES[state].doing;

export function noticeFor(event: DomainEvent, view: SupervisorView): Notice | null {
  switch (event.type) {
    case 'monitoringArmed':
      return view.armed ? { kind: 'info', message: `${subscriptionSentence(view.armed)}.` } : null;
    case 'monitoringCancelled':
      return { kind: 'info', message: event.reason === 'cancelled' ? 'Monitoring cancelled.' : 'Monitoring ended after the next call, as asked.' };
    case 'monitoringLost':
      return { kind: 'alert', message: `Monitoring of ${view.lost?.target.name ?? 'the agent'} was lost. Re-arm it to go on monitoring.` };
    case 'monitoredCallStarted': {
      const call = view.monitoredCall;
      if (!call) return null;
      const customer = call.customerNumber ? ` with ${call.customerNumber}` : '';
      return { kind: 'alert', message: `${call.agent.name} is on a call${customer}: you are ${doing(call.monitoring)}.` };
    }
    case 'monitoredCallModeChanged':
      return { kind: 'info', message: event.agentMuted ? `You are ${doing(event.monitoring)}; the agent is muted.` : `You are ${doing(event.monitoring)}.` };
    case 'monitoredCallEnded':
      return { kind: 'info', message: 'The monitored call has ended.' };
  }
}
