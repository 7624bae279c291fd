// What the window, the tray and notifications show of the supervisor's situation: derived in
// main from GWS state, sent to the renderer as data. Actions appear only when GWS's
// capabilities allow them, so no button offers what the server would refuse.

import type { DeviceAction, MonitoredCallAction, OwnCallAction } from './actions';

export type MonitoringState = 'ListenIn' | 'Coach' | 'BargeIn';
export type MonitoringScope = 'Agent' | 'Call';
export type MonitoringMode = 'NextCall' | 'AllCalls';

export interface AgentRef {
  userName: string | null;
  name: string;
  phoneNumber: string | null;
}

export interface SubscriptionView {
  state: MonitoringState;
  mode: MonitoringMode;
  scope: MonitoringScope;
  target: AgentRef;
}


export interface MonitoredCallView {
  callId: string;
  callState: string;
  agent: AgentRef;
  customerNumber: string | null;
  callType: string | null;
  /** Epoch ms the call began, for a running timer. */
  since: number;
  mode: MonitoringState;
  agentMuted: boolean;
  actions: MonitoredCallAction[];
}

export interface OwnCallView {
  callId: string;
  callState: string;
  number: string | null;
  callType: string | null;
  since: number;
  actions: OwnCallAction[];
}

export interface TeamMemberView {
  userId: string;
  userName: string;
  name: string;
  phoneNumber: string | null;
  agentState: string | null;
  /** When the app first saw agentState (epoch ms). */
  stateSince: number;
  /** False when the state had begun before the app was watching: the time is a lower bound ("12 min+"). */
  stateSinceKnown: boolean;
  /** The supervisor's subscription targets this agent. */
  armed: boolean;
}

export interface SupervisorView {
  /** The supervisor's own device number (DN). */
  myNumber: string | null;
  /** Why monitoring cannot be offered at all (no supervisor role, feature off), or null. */
  monitoringUnavailable: { code: string; message: string } | null;
  armed: SubscriptionView | null;
  /** A subscription that vanished without a Cancel, offered for re-arming. */
  lost: SubscriptionView | null;
  monitoredCall: MonitoredCallView | null;
  ownCalls: OwnCallView[];
  agentState: string | null;
  deviceActions: DeviceAction[];
  team: TeamMemberView[];
}

/**
 * The supervisor view as pushed to the window: the team travels in its own 'team' event, sent
 * only when it changed, because with 2,000 agents it is nearly all of every view and most views
 * change only a call.
 */
export type PushedSupervisorView = Omit<SupervisorView, 'team'>;

/** The same members in the same order and states: nothing a team row shows differs. */
export function sameTeam(a: readonly TeamMemberView[] | undefined, b: readonly TeamMemberView[]): boolean {
  if (a === b) return true;
  if (!a || a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i]!;
    return x.userId === y.userId && x.userName === y.userName && x.name === y.name && x.phoneNumber === y.phoneNumber && x.agentState === y.agentState && x.stateSince === y.stateSince && x.stateSinceKnown === y.stateSinceKnown && x.armed === y.armed;
  });
}
