// Every GWS operation the app sends: its operationName with the request body GWS expects beside
// it (docs/gws-notes.md, "Signing in", "Monitoring subscription", "Calls", "Monitoring call"). A body that does not fit its name does not
// compile, and the catalogue of actions (common/actions.ts) can only name operations listed here.
// Where each is posted: GWS_PATHS in gws-url.ts.
import type { AgentStateRequest } from '../../common/contract';
import type { MonitoringMode, MonitoringScope } from '../../common/supervisor-view';

/**
 * Monitoring an agent from the supervisor's own device (docs/gws-notes.md, "Monitoring subscription"): targetDeviceUri or
 * phoneNumber; GWS defaults scope and mode (Call, AllCalls) when they are left out.
 */
export type MonitorOperation = {
  operationName: 'ListenIn' | 'Coach' | 'BargeIn';
  supervisorMonitoringScope?: MonitoringScope;
  supervisorMonitoringMode?: MonitoringMode;
} & ({ targetDeviceUri: string } | { phoneNumber: string });

/** On one of the supervisor's calls, the monitoring leg included (docs/gws-notes.md, "Calls", "Monitoring call"). */
export type CallOperationName =
  'Answer' | 'Hangup' | 'Hold' | 'Retrieve' | 'SwitchToBargeIn' | 'SwitchToListenIn' | 'MuteMonitoredUser' | 'UnmuteMonitoredUser';

/** Supervisor Agent State Control on a team member's voice channel (GWS 8.5.2; docs/gws-notes.md). */
export type AgentControlOperationName = 'Ready' | 'NotReady' | 'Offline';

export type GwsOperation =
  | { operationName: 'StartContactCenterSession'; channels: string[] }
  | { operationName: 'EndContactCenterSession' }
  | MonitorOperation
  | { operationName: 'CancelSupervisorMonitoring' }
  | { operationName: 'Dial'; destination: { phoneNumber: string } }
  | { operationName: CallOperationName }
  | { operationName: AgentStateRequest }
  | { operationName: AgentControlOperationName };

export type GwsOperationName = GwsOperation['operationName'];
