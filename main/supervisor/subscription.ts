// Reading the monitoring subscription and the monitored call out of GWS resources.
import type { Call, Device } from '../gws/resources';
import type { MonitoringMode, MonitoringScope, MonitoringState, MonitoringSubscription, TeamMember } from './types';

const STATES: readonly MonitoringState[] = ['ListenIn', 'Coach', 'BargeIn'];
const isMonitoringState = (s: string | undefined): s is MonitoringState => STATES.includes(s as MonitoringState);

/** The device's supervisorMonitoringState, with GWS's defaults (scope Call, mode AllCalls: reference 3.2). */
export function subscriptionOf(device: Device | null): MonitoringSubscription | null {
  const raw = device?.supervisorMonitoringState;
  if (!raw || !isMonitoringState(raw.state)) return null;
  const uri = raw.targetDeviceUri ?? null;
  return {
    state: raw.state,
    mode: (raw.mode === 'NextCall' ? 'NextCall' : 'AllCalls') satisfies MonitoringMode,
    scope: (raw.scope === 'Agent' ? 'Agent' : 'Call') satisfies MonitoringScope,
    targetDeviceUri: uri,
    targetDeviceId: uri ? (uri.split('/').filter(Boolean).at(-1) ?? null) : null,
  };
}

export function sameSubscription(a: MonitoringSubscription | null, b: MonitoringSubscription | null): boolean {
  return a?.state === b?.state && a?.mode === b?.mode && a?.scope === b?.scope && a?.targetDeviceUri === b?.targetDeviceUri;
}

export const phoneNumbers = (call: Call): string[] => call.participants.map((p) => p.phoneNumber).filter(Boolean);

/**
 * Whether a call on the supervisor's device is their monitoring leg. GWS 8.5.2 marks it with
 * `monitoring: true` (and `false` on an ordinary call, even one another supervisor monitors);
 * older servers send no flag, so then it is the call that includes the target agent's number.
 */
export function isMonitoringLeg(call: Call, subscription: MonitoringSubscription | null, team: TeamMember[]): boolean {
  if (call.state === 'Released') return false;
  if (call.monitoring !== undefined) return call.monitoring;
  const target = team.find((m) => m.deviceId !== null && m.deviceId === subscription?.targetDeviceId);
  return target?.phoneNumber != null && phoneNumbers(call).includes(target.phoneNumber);
}

/**
 * The supervisor's current mode on the call. 8.5.2 states it on the call; otherwise mute and the
 * switches on offer tell (reference 4.4): unmuted is BargeIn, and only Coach can still switch to
 * both BargeIn and ListenIn.
 */
export function monitoringModeOf(call: Call): MonitoringState {
  const stated = call.supervisorMonitoringState?.state;
  if (isMonitoringState(stated)) return stated;
  if (call.mute === 'Off') return 'BargeIn';
  return call.capabilities.includes('SwitchToListenIn') ? 'Coach' : 'ListenIn';
}
