// GWS's refusals of a monitoring request, in words a supervisor can act on (docs/gws-notes.md, "Monitoring rules", "Replies").
import type { GwsError } from '../gws/gws-error';
import type { Problem } from '../result';

export const MONITORING_FEATURE = 'api-supervisor-monitoring';

export const monitoringOff: Problem = {
  code: 'monitoring-off',
  message: `Monitoring is switched off on this GWS server (feature ${MONITORING_FEATURE}). Ask your administrator to enable it.`,
};

export const noSupervisorRole: Problem = {
  code: 'no-permission',
  message: 'Your GWS user may not monitor agents: it needs the supervisor role. Ask your administrator.',
};

/** statusCode 3: one supervisor per agent; 5: no permission; 6 or HTTP 404: the feature is off. */
export function monitoringRefusal(error: GwsError, targetName: string): Problem {
  if (error.code === 'status' && error.statusCode === 3) {
    return { code: 'already-monitored', message: `${targetName} is already monitored by another supervisor.` };
  }
  if (error.code === 'status' && error.statusCode === 5) return noSupervisorRole;
  if ((error.code === 'status' && error.statusCode === 6) || (error.code === 'http' && error.httpStatus === 404)) return monitoringOff;
  return error;
}
