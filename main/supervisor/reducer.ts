// The supervisor domain's reducer: (state, what GWS said, now) → (state, domain events).
// Pure: no I/O, time passed in. Resync feeds a snapshot and must land on the state the
// messages would have built.
import type { Call } from '../gws/resources';
import { withTimeInState } from './time-in-state';
import { keepUnchangedTeam } from './team-changes';
import { isMonitoringLeg, monitoringStateOf, sameSubscription, subscriptionOf } from './subscription';
import { initialState, type DomainEvent, type SupervisorInput, type SupervisorState } from './types';

export interface Reduction {
  state: SupervisorState;
  events: DomainEvent[];
}

export function reduce(state: SupervisorState, input: SupervisorInput, now: number): Reduction {
  switch (input.type) {
    case 'signedOut':
      return { state: initialState, events: [] };
    case 'armRequested':
      return settle(state, { ...state, arm: { ...state.arm, sent: input.request } });
    case 'armAnswered':
      return settle(state, { ...state, arm: { sent: null, accepted: input.accepted ? state.arm.sent : state.arm.accepted } });
    case 'cancelRequested':
    case 'cancelFailed':
      return { state: { ...state, cancelRequested: input.type === 'cancelRequested' }, events: [] };
    case 'team':
      return settle(state, { ...state, team: keepUnchangedTeam(state.team, input.members) });
    case 'agentChangeSent':
      return { state: { ...state, agentChanges: new Map(state.agentChanges).set(input.userId, input.action) }, events: [] };
    case 'agentChangeEnded': {
      const agentChanges = new Map(state.agentChanges);
      agentChanges.delete(input.userId);
      const read = input.member;
      if (!read) return { state: { ...state, agentChanges }, events: [] };
      const team = state.team.map((m) => (m.userId === read.userId ? withTimeInState([m], [read])[0]! : m));
      return settle(state, { ...state, agentChanges, team });
    }
    case 'snapshot': {
      // The snapshot is the whole truth: calls it lacks ended while we were not listening.
      const live = input.calls.filter((c) => c.state !== 'Released');
      return settle(state, {
        ...state,
        user: input.user,
        device: input.devices[0] ?? null,
        calls: new Map(live.map((c) => [c.id, c])),
        callSince: new Map(live.map((c) => [c.id, state.callSince.get(c.id) ?? since(c, now)])),
      });
    }
    case 'devices': {
      const own = input.devices.find((d) => d.id === state.device?.id) ?? (state.device ? undefined : input.devices[0]);
      return own ? settle(state, { ...state, device: own }) : { state, events: [] };
    }
    case 'call': {
      const { call } = input;
      const calls = new Map(state.calls);
      const callSince = new Map(state.callSince);
      if (call.state === 'Released') {
        calls.delete(call.id);
        callSince.delete(call.id);
      } else {
        calls.set(call.id, call);
        callSince.set(call.id, state.callSince.get(call.id) ?? since(call, now));
      }
      return settle(state, { ...state, calls, callSince });
    }
  }
}

/** When a call began, back-dated by the duration (seconds, docs/gws-notes.md, "Calls") GWS reports. */
function since(call: Call, now: number): number {
  return now - (call.durationSeconds ?? 0) * 1000;
}

/** Derives the subscription and the monitored call, and the events that tell how they changed. */
function settle(prev: SupervisorState, draft: SupervisorState): Reduction {
  const monitoring = subscriptionOf(draft.device, draft.arm);
  const stillLive = prev.monitoredCallId !== null && draft.calls.has(prev.monitoredCallId) ? prev.monitoredCallId : null;
  const monitoredCallId =
    stillLive ?? [...draft.calls.values()].find((c) => isMonitoringLeg(c, monitoring, draft.team, draft.device?.phoneNumber ?? null))?.id ?? null;
  const events: DomainEvent[] = [];
  let next: SupervisorState = { ...draft, monitoring, monitoredCallId };

  if (prev.monitoredCallId && prev.monitoredCallId !== monitoredCallId) {
    events.push({ type: 'monitoredCallEnded', callId: prev.monitoredCallId });
    next = { ...next, callServed: true };
  }
  if (monitoredCallId && monitoredCallId !== prev.monitoredCallId) {
    events.push({ type: 'monitoredCallStarted', callId: monitoredCallId });
  } else if (monitoredCallId) {
    const before = prev.calls.get(monitoredCallId);
    const after = next.calls.get(monitoredCallId)!;
    if (before && (monitoringStateOf(before) !== monitoringStateOf(after) || !!before.monitoredUserMuted !== !!after.monitoredUserMuted)) {
      events.push({ type: 'monitoredCallModeChanged', callId: monitoredCallId, monitoring: monitoringStateOf(after), agentMuted: !!after.monitoredUserMuted });
    }
  }

  if (!sameSubscription(prev.monitoring, monitoring)) {
    if (monitoring) {
      events.push({ type: 'monitoringArmed', subscription: monitoring });
      // A new subscription (GWS replaces the old one: docs/gws-notes.md, "Monitoring rules") starts with nothing served.
      next = { ...next, lostMonitoring: null, cancelRequested: false, callServed: false };
    } else if (prev.monitoring) {
      const ended = prev.monitoring;
      // The subscription is gone: what the app had armed is no longer anything's target.
      next = { ...next, arm: { ...next.arm, accepted: null } };
      // NextCall ends by itself once its call is over (docs/gws-notes.md, "Monitoring rules"); anything else we did not ask for is lost.
      const servedItsCall = next.callServed || next.monitoredCallId !== null;
      if (prev.cancelRequested) events.push({ type: 'monitoringCancelled', subscription: ended, reason: 'cancelled' });
      else if (ended.mode === 'NextCall' && servedItsCall) events.push({ type: 'monitoringCancelled', subscription: ended, reason: 'next-call-completed' });
      else {
        events.push({ type: 'monitoringLost', subscription: ended });
        next = { ...next, lostMonitoring: ended };
      }
      next = { ...next, cancelRequested: false, callServed: false };
    }
  }
  return { state: next, events };
}
