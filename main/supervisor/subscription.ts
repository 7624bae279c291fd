// Reading the monitoring subscription and the monitored call out of GWS resources.
import type { Call, Device } from '../gws/resources';
import type { MonitoringState, MonitoringSubscription, SupervisorState, TeamMember } from './types';

const STATES: readonly MonitoringState[] = ['ListenIn', 'Coach', 'BargeIn'];
const isMonitoringState = (s: string | undefined): s is MonitoringState => STATES.includes(s as MonitoringState);

/**
 * The device's supervisorMonitoringState, with GWS's defaults (scope Call, mode AllCalls:
 * docs/gws-notes.md, "Monitoring rules"). 8.5.2 names the target and the scope; 8.5.1 names neither, so they come from the app's own
 * request of that state and mode, if it made one: the accepted one first (8.5.1's device says the
 * same when the app re-arms on another agent, so a request still out must not win before GWS
 * accepted it), else the one out (its device message may come before the reply).
 */
export function subscriptionOf(device: Device | null, arm: SupervisorState['arm'] = { sent: null, accepted: null }): MonitoringSubscription | null {
  const raw = device?.supervisorMonitoringState;
  if (!raw || !isMonitoringState(raw.state)) return null;
  const mode = raw.mode === 'NextCall' ? 'NextCall' : 'AllCalls';
  const reported = raw.targetDeviceUri !== undefined;
  const mine = reported ? null : ([arm.accepted, arm.sent].find((a) => a?.state === raw.state && a.mode === mode) ?? null);
  const uri = raw.targetDeviceUri ?? mine?.targetDeviceUri ?? null;
  const scope = raw.scope ?? mine?.scope;
  return {
    state: raw.state,
    mode,
    scope: scope === 'Agent' ? 'Agent' : 'Call',
    targetDeviceUri: uri,
    targetDeviceId: uri ? (uri.split('/').filter(Boolean).at(-1) ?? null) : null,
    targetPhoneNumber: mine?.targetPhoneNumber ?? null,
    targetKnown: reported || mine !== null,
  };
}

export function sameSubscription(a: MonitoringSubscription | null, b: MonitoringSubscription | null): boolean {
  return (
    a?.state === b?.state &&
    a?.mode === b?.mode &&
    a?.scope === b?.scope &&
    a?.targetDeviceUri === b?.targetDeviceUri &&
    a?.targetPhoneNumber === b?.targetPhoneNumber
  );
}

/** The team member a subscription is on: by device, or by number when armed by number on 8.5.1. */
export function targetOf(subscription: MonitoringSubscription | null, team: TeamMember[]): TeamMember | undefined {
  if (!subscription) return undefined;
  const { targetDeviceId, targetPhoneNumber } = subscription;
  return team.find((m) => (targetDeviceId !== null ? m.deviceId === targetDeviceId : targetPhoneNumber !== null && m.phoneNumber === targetPhoneNumber));
}

export const phoneNumbers = (call: Call): string[] => call.participants.map((p) => p.phoneNumber).filter(Boolean);

/** Operations GWS offers only on a supervisor's monitoring leg (docs/gws-notes.md, "Monitoring call"). */
const MONITORING_LEG_CAPABILITIES: readonly string[] = ['SwitchToBargeIn', 'SwitchToListenIn', 'MuteMonitoredUser', 'UnmuteMonitoredUser'];

/**
 * Whether a call on the supervisor's device is their monitoring leg. 8.5.2 marks it with
 * `monitoring: true` (and `false` on an ordinary call, even one another supervisor monitors).
 * 8.5.1 sends no mark: then it is the leg offering a monitoring-only operation, or (a leg still
 * ringing offers none) the call with the armed agent's number and someone else, the customer,
 * among its participants. An own call with the agent has only the agent; an own call the
 * supervisor dialled is never one.
 */
export function isMonitoringLeg(call: Call, subscription: MonitoringSubscription | null, team: TeamMember[], ownNumber: string | null): boolean {
  if (call.state === 'Released') return false;
  if (call.monitoring !== undefined) return call.monitoring;
  if (call.capabilities.some((c) => MONITORING_LEG_CAPABILITIES.includes(c))) return true;
  const agentNumber = targetOf(subscription, team)?.phoneNumber ?? subscription?.targetPhoneNumber ?? null;
  if (agentNumber === null || call.state === 'Dialing') return false;
  const numbers = phoneNumbers(call);
  return numbers.includes(agentNumber) && numbers.some((n) => n !== agentNumber && n !== ownNumber);
}

/**
 * The supervisor's current mode on the call. 8.5.2 states it on the call; otherwise mute and the
 * switches on offer tell (docs/gws-notes.md, "Monitoring call"): unmuted is BargeIn, and only Coach can still switch to
 * both BargeIn and ListenIn.
 */
export function monitoringModeOf(call: Call): MonitoringState {
  const stated = call.supervisorMonitoringState?.state;
  if (isMonitoringState(stated)) return stated;
  if (call.mute === 'Off') return 'BargeIn';
  return call.capabilities.includes('SwitchToListenIn') ? 'Coach' : 'ListenIn';
}
