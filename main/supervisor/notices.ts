// Domain events in words: announced in the window (aria-live) and, by the desktop layer, as OS
// notifications, in the product's voice: "Alice Ng is on a call with +1 916 555 0104: you are listening".
import type { Notice } from '../../common/contract';
import type { MonitoringState, SubscriptionView, SupervisorView } from '../../common/supervisor-view';
import type { DomainEvent } from './types';

const doing: Record<MonitoringState, string> = { ListenIn: 'listening', Coach: 'coaching', BargeIn: 'barged in' };
const verb: Record<MonitoringState, string> = { ListenIn: 'Listening to', Coach: 'Coaching', BargeIn: 'Barging in on' };

/** "Listening to Alice Ng — all calls — follows the call": the armed state in one line. */
export function describeSubscription(s: SubscriptionView): string {
  const when = s.mode === 'AllCalls' ? 'all calls' : 'next call only';
  const scope = s.scope === 'Call' ? 'follows the call' : 'this agent only';
  return `${verb[s.state]} ${s.target.name} — ${when} — ${scope}`;
}

export function noticeFor(event: DomainEvent, view: SupervisorView): Notice | null {
  switch (event.type) {
    case 'monitoringArmed':
      return view.armed ? { kind: 'info', message: `${describeSubscription(view.armed)}.` } : null;
    case 'monitoringCancelled':
      return { kind: 'info', message: event.reason === 'cancelled' ? 'Monitoring cancelled.' : 'Monitoring ended after the next call, as asked.' };
    case 'monitoringLost':
      return { kind: 'alert', message: `Monitoring of ${view.lost?.target.name ?? 'the agent'} was lost. Re-arm it to go on monitoring.` };
    case 'monitoredCallStarted': {
      const call = view.monitoredCall;
      if (!call) return null;
      const customer = call.customerNumber ? ` with ${call.customerNumber}` : '';
      return { kind: 'alert', message: `${call.agent.name} is on a call${customer}: you are ${doing[call.mode]}.` };
    }
    case 'monitoredCallModeChanged':
      return { kind: 'info', message: event.agentMuted ? `You are ${doing[event.mode]}; the agent is muted.` : `You are ${doing[event.mode]}.` };
    case 'monitoredCallEnded':
      return { kind: 'info', message: 'The monitored call has ended.' };
  }
}
