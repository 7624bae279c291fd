// The GWS shapes the tests read, as the reference describes them (sections 2-6).

export interface UserStateResource {
  id: string;
  displayName: string;
  state: string;
  workMode?: string;
}

export interface MonitoringStateResource {
  state: string;
  mode: string;
  scope: string;
  targetDeviceUri: string;
}

export interface DeviceResource {
  id: string;
  deviceState: string;
  userState?: UserStateResource;
  phoneNumber: string;
  doNotDisturb?: string;
  type: string;
  capabilities: string[];
  supervisorMonitoringState?: MonitoringStateResource;
  uri: string;
}

export interface Participant {
  e164Number: string;
  formattedPhoneNumber: string;
  phoneNumber: string;
  digits: string;
}

export interface CallResource {
  id: string;
  state: string;
  callUuid: string;
  connId: string;
  deviceUri: string;
  participants: Participant[] | string[];
  participantsInfo?: Omit<Participant, 'phoneNumber'>[];
  ani?: string;
  dnis: string;
  callType: string;
  capabilities: string[];
  userData: Record<string, string | number>;
  duration: string;
  mute: 'On' | 'Off';
  supervisorListeningIn: boolean;
  monitoredUserMuted: boolean;
  monitoring: boolean;
  supervisorMonitoringState?: { state: string };
  uri: string;
  path: string;
}

export interface UserResource {
  id: string;
  userName: string;
  firstName: string;
  lastName: string;
  roles: string[];
  uri: string;
  devices?: DeviceResource[];
  calls?: CallResource[];
  channels?: { channel: string; userState: UserStateResource }[];
  settings?: Record<string, unknown>;
  features?: { id: string }[];
}

/** Any GWS answer: statusCode always, the rest depending on the request. */
export interface GwsBody {
  statusCode: number;
  statusMessage?: string;
  user?: UserResource;
  users?: UserResource[];
  device?: DeviceResource;
  devices?: DeviceResource[];
  call?: CallResource;
  calls?: CallResource[];
  uris?: string[];
  features?: { id: string }[];
  version?: string;
  channels?: { channel: string; statusCode: number }[];
}

export interface DeviceMessage {
  messageType: 'DeviceStateChangeMessage';
  devices: DeviceResource[];
}

export interface CallMessage {
  messageType: 'CallStateChangeMessage';
  notificationType: string;
  call: CallResource;
  phoneNumber: string;
}

/** Supervisor Agent State Control: the agent's channel after a supervisor changed it. */
export interface ChannelMessage {
  messageType: 'ChannelStateChangeMessageV2';
  channels: { channel: string; dndState?: string; userState: UserStateResource }[];
}

export type Notification = DeviceMessage | CallMessage | ChannelMessage;

/** Participants' numbers (E.164 where there is one), whichever format the server used. */
export const participantNumbers = (call: CallResource): string[] => call.participants.map((p) => (typeof p === 'string' ? p : p.e164Number || p.phoneNumber));
