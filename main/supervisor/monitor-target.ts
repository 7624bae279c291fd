// Whom a monitoring request names, in the form GWS takes: targetDeviceUri (a full device URI) or
// phoneNumber (docs/gws-notes.md, "Monitoring subscription").
import type { MonitorTarget } from '../../common/contract';
import { ACTION_REFUSALS } from '../../common/words';
import { fail, ok, type Problem, type Result } from '../result';
import type { TeamMember } from './types';

export interface ResolvedTarget {
  address: { targetDeviceUri: string } | { phoneNumber: string };
  /** For messages. */
  name: string;
  /** For the activity log, which is filtered by agent user name. */
  logName: string;
}

export function resolveMonitorTarget(team: readonly TeamMember[], target: MonitorTarget): Result<ResolvedTarget, Problem> {
  if ('phoneNumber' in target) {
    const member = team.find((m) => m.phoneNumber === target.phoneNumber);
    return ok({ address: { phoneNumber: target.phoneNumber }, name: member?.name ?? target.phoneNumber, logName: member?.userName ?? target.phoneNumber });
  }
  const member = 'userId' in target ? team.find((m) => m.userId === target.userId) : team.find((m) => m.deviceUri === target.deviceUri);
  const uri = 'deviceUri' in target ? target.deviceUri : member?.deviceUri;
  if (!uri) return fail({ code: 'unknown-agent', message: ACTION_REFUSALS.notInTeamOrNoDevice });
  return ok({ address: { targetDeviceUri: uri }, name: member?.name ?? uri, logName: member?.userName ?? uri });
}
