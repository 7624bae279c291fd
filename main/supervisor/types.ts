// The supervisor domain as data: what GWS has told us, and the events the app reacts to.
import type { TeamMemberAction } from '../../common/actions';
import type { Call, Device, User } from '../gws/resources';

import type { MonitoringMode, MonitoringScope, MonitoringState } from '../../common/supervisor-view';

export type { MonitoringMode, MonitoringScope, MonitoringState };

/** An agent the supervisor may monitor (GET /api/v2/users?subresources=*, docs/gws-notes.md, "Features and users"). */
export interface TeamMember {
  userId: string;
  userName: string;
  name: string;
  deviceId: string | null;
  deviceUri: string | null;
  phoneNumber: string | null;
  /** Ready, NotReady, LoggedOut… with workMode (AfterCallWork, AuxWork) folded in. */
  agentState: string | null;
  /** When the app first saw agentState (epoch ms): time-in-state.ts. */
  stateSince: number;
  /** The app saw the state begin; false when it was already so when the app started watching. */
  stateSinceKnown: boolean;
}

/** The monitoring subscription on the supervisor's device (docs/gws-notes.md, "Monitoring subscription"). */
export interface MonitoringSubscription {
  state: MonitoringState;
  mode: MonitoringMode;
  scope: MonitoringScope;
  targetDeviceUri: string | null;
  /** The last path segment of targetDeviceUri: GWS names devices by id in their URI. */
  targetDeviceId: string | null;
  /** The number armed by phoneNumber, when GWS names no target (8.5.1) and the app asked by number. */
  targetPhoneNumber: string | null;
  /**
   * Whether anyone says whom it is on: GWS (8.5.2's targetDeviceUri) or the app's own request.
   * An 8.5.1 device armed by another instance, or before a restart, names nobody.
   */
  targetKnown: boolean;
}

/** What this app asked GWS to arm (ListenIn, Coach, BargeIn), for a GWS that does not say (8.5.1). */
export interface ArmRequest {
  state: MonitoringState;
  mode: MonitoringMode;
  scope: MonitoringScope;
  targetDeviceUri: string | null;
  targetPhoneNumber: string | null;
}

export interface SupervisorState {
  user: User | null;
  /** The supervisor's own device; monitoring operations act on it (docs/gws-notes.md, "Monitoring subscription"). */
  device: Device | null;
  /** The supervisor's own calls that are not Released, by id (Maps: GWS picks the ids, and "constructor" is a key of every object). */
  calls: ReadonlyMap<string, Call>;
  /** When each call was first seen, in epoch ms, back-dated by the duration GWS reports. */
  callSince: ReadonlyMap<string, number>;
  monitoring: MonitoringSubscription | null;
  /** The call on which the supervisor is monitoring, once recognised; kept until Released. */
  monitoredCallId: string | null;
  /** A subscription that vanished without our Cancel, kept for a one-click re-arm. */
  lostMonitoring: MonitoringSubscription | null;
  /**
   * The app's own arming: `sent` while its request is out, `accepted` once GWS said yes; kept for
   * as long as the device reports a subscription of that state and mode, through resyncs and
   * reconnects, since 8.5.1 does not say whom (or which scope) it is on.
   */
  arm: { sent: ArmRequest | null; accepted: ArmRequest | null };
  /** Set when we sent CancelSupervisorMonitoring, so its disappearance reads as cancelled. */
  cancelRequested: boolean;
  /** A monitored call has ended under the current subscription: a NextCall one is then done. */
  callServed: boolean;
  team: TeamMember[];
  /** State changes asked of GWS and not yet confirmed by reading the user again, by user id. */
  agentChanges: ReadonlyMap<string, TeamMemberAction>;
}

export const initialState: SupervisorState = {
  user: null,
  device: null,
  calls: new Map(),
  callSince: new Map(),
  monitoring: null,
  monitoredCallId: null,
  lostMonitoring: null,
  arm: { sent: null, accepted: null },
  cancelRequested: false,
  callServed: false,
  team: [],
  agentChanges: new Map(),
};

export type SupervisorInput =
  | { type: 'snapshot'; user: User; devices: Device[]; calls: Call[] }
  | { type: 'devices'; devices: Device[] }
  | { type: 'call'; call: Call }
  | { type: 'team'; members: TeamMember[] }
  | { type: 'armRequested'; request: ArmRequest }
  | { type: 'armAnswered'; accepted: boolean }
  | { type: 'cancelRequested' }
  | { type: 'cancelFailed' }
  | { type: 'agentChangeSent'; userId: string; action: TeamMemberAction }
  /** The change is over; `member` is the user read again afterwards, when that read succeeded. */
  | { type: 'agentChangeEnded'; userId: string; member: TeamMember | null }
  | { type: 'signedOut' };

export type CancelReason = 'cancelled' | 'next-call-completed';

export type DomainEvent =
  | { type: 'monitoringArmed'; subscription: MonitoringSubscription }
  | { type: 'monitoringCancelled'; subscription: MonitoringSubscription; reason: CancelReason }
  | { type: 'monitoringLost'; subscription: MonitoringSubscription }
  | { type: 'monitoredCallStarted'; callId: string }
  | { type: 'monitoredCallModeChanged'; callId: string; monitoring: MonitoringState; agentMuted: boolean }
  | { type: 'monitoredCallEnded'; callId: string };
