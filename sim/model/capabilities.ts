// The operations a device or call leg offers right now. GWS lists exactly the operation names the
// resource accepts in its current state (docs/gws-notes.md, "Calls"), so the simulator refuses any operation
// that is not listed here with statusCode 2.
import { isLoggedIn } from './agent-states';
import type { Directory } from './directory';
import type { CenterOptions, Device, Party } from './types';

export const monitoringFeature = 'api-supervisor-monitoring';

export function deviceCapabilities(device: Device, directory: Directory, options: CenterOptions): string[] {
  if (device.type !== 'ACDPosition') return [];
  const capabilities = [device.doNotDisturb ? 'DoNotDisturbOff' : 'DoNotDisturbOn'];
  if (canMonitor(device, directory, options)) {
    // Reference 3.1: ListenIn, Coach and BargeIn stay listed while armed; Cancel only then.
    capabilities.push('ListenIn', 'Coach', 'BargeIn');
    if (device.monitoring) capabilities.push('CancelSupervisorMonitoring');
  }
  return capabilities;
}

/** A logged-in supervisor on a contact center with the monitoring feature. */
function canMonitor(device: Device, directory: Directory, options: CenterOptions): boolean {
  return options.features.has(monitoringFeature) && directory.hasRole(device, 'ROLE_SUPERVISOR') && isLoggedIn(device.userState);
}

export function callCapabilities(party: Party): string[] {
  const supervision = party.supervision;
  if (party.state === 'Released') return [];
  if (party.state === 'Ringing') return ['Answer', 'Hangup'];
  if (!supervision) {
    if (party.state === 'Held') return ['Retrieve', 'Hangup'];
    if (party.state === 'Dialing') return ['Hangup'];
    return ['Hangup', 'Hold', 'SingleStepTransfer'];
  }
  // Reference 4.4: SwitchToBargeIn from ListenIn or Coach, SwitchToListenIn from Coach or
  // BargeIn; there is no way back to Coach.
  const switches = {
    ListenIn: ['SwitchToBargeIn'],
    Coach: ['SwitchToBargeIn', 'SwitchToListenIn'],
    BargeIn: ['SwitchToListenIn'],
  }[supervision.state];
  return ['Hangup', ...switches, supervision.monitoredUserMuted ? 'UnmuteMonitoredUser' : 'MuteMonitoredUser'];
}
