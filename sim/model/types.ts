// The simulated contact center's state, in GWS's words (docs/gws-notes.md, "Monitoring subscription", "Calls").

export const roles = ['ROLE_AGENT', 'ROLE_SUPERVISOR', 'ROLE_ADMIN'] as const;
export type Role = (typeof roles)[number];

export const supervisionStates = ['ListenIn', 'Coach', 'BargeIn'] as const;
export type SupervisionState = (typeof supervisionStates)[number];

/** Reference 3.2: supervisorMonitoringMode, default AllCalls. */
export const monitoringModes = ['NextCall', 'AllCalls'] as const;
export type MonitoringMode = (typeof monitoringModes)[number];

/** Reference 3.2: supervisorMonitoringScope, default Call. */
export const monitoringScopes = ['Agent', 'Call'] as const;
export type MonitoringScope = (typeof monitoringScopes)[number];

export type CallState = 'Dialing' | 'Ringing' | 'Established' | 'Held' | 'Released';
export type CallType = 'Inbound' | 'Outbound' | 'Internal';

export interface User {
  id: string;
  userName: string;
  password: string;
  firstName: string;
  lastName: string;
  emailAddress: string;
  roles: Role[];
  deviceId: string;
}

/** Reference 3.6: the userState object a device carries. */
export interface UserState {
  id: string;
  displayName: string;
  state: 'Ready' | 'NotReady' | 'LoggedOut';
  workMode?: 'AfterCallWork' | 'AuxWork' | 'ManualIn' | 'AutoIn';
}

/** What a supervisor's device is armed to do (supervisorMonitoringState: docs/gws-notes.md, "Monitoring subscription"). */
export interface MonitoringSubscription {
  state: SupervisionState;
  mode: MonitoringMode;
  scope: MonitoringScope;
  targetDeviceId: string;
}

export interface Device {
  id: string;
  phoneNumber: string;
  /** ACD positions belong to users; routing points (seed `routingPoints`) only route calls. */
  type: 'ACDPosition' | 'RoutingPoint';
  name?: string;
  userId?: string;
  userState: UserState;
  doNotDisturb: boolean;
  monitoring?: MonitoringSubscription;
}

/** The supervisor's side of a monitored call. */
export interface Supervision {
  state: SupervisionState;
  monitoredUserMuted: boolean;
  scope: MonitoringScope;
  mode: MonitoringMode;
  /** The agent currently served by this leg: the original target, or with scope Call the agent the call moved to. */
  monitoredDeviceId: string;
}

/** One device's leg of a call. */
export interface Party {
  deviceId: string;
  state: CallState;
  /** When the leg appeared, for `duration`. */
  since: number;
  supervision?: Supervision;
}

/** Attached data: a flat key/value object (docs/gws-notes.md, "Calls"). */
export type UserData = Record<string, string | number>;

export interface Call {
  id: string;
  connId: string;
  callType: CallType;
  ani?: string;
  dnis: string;
  /** The party outside the switch (the customer, or the number dialled); absent on internal calls. */
  remote?: { phoneNumber: string; connected: boolean };
  routingPointId?: string;
  userData: UserData;
  parties: Party[];
}

export type CallNotification = 'StatusChange' | 'ParticipantsUpdated' | 'MonitoredUserMutedStateChange';

/** Where the model reports what changed; the wiring turns these into CometD messages. */
export interface ChangeSink {
  device(device: Device): void;
  call(call: Call, party: Party, notification: CallNotification): void;
  /** A supervisor changed the device's channel state (its owner's /v2/me/channels). */
  channel(device: Device): void;
}

/** Behaviour a real GWS deployment configures (see sim/README.md, "Choices"). */
export interface CenterOptions {
  /** SIP Server intrusion-enabled: who joins a call already in progress (docs/gws-notes.md, "Monitoring rules"). */
  intrusion: 'on' | 'off' | 'all';
  /** How the supervisor's leg first appears (docs/gws-notes.md, "Monitoring call": not documented). */
  monitoringCall: 'established' | 'ringing';
  /** SIP Cluster: no routing-point monitoring, Call scope only (docs/gws-notes.md, "Monitoring subscription"). */
  sipCluster: boolean;
  /** Whether CancelSupervisorMonitoring also takes the supervisor off a call in progress (not documented: docs/gws-notes.md, "Monitoring rules"). */
  cancelReleasesCall: boolean;
  /** Replaced on a reset that switches a feature (POST /sim/reset). */
  features: ReadonlySet<string>;
}
