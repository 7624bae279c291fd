// Which of GWS's refusals of a monitoring request it is (docs/gws-notes.md, "Monitoring rules", "Replies"); the words are
// common/words/supervisor-problems.ts's.
import { MONITORING_REFUSALS } from '../../common/words';
import type { GwsError } from '../gws/gws-error';
import type { Problem } from '../result';

export const MONITORING_FEATURE = 'api-supervisor-monitoring';

export const monitoringOff: Problem = {
  code: 'monitoring-off',
  message: MONITORING_REFUSALS.off(MONITORING_FEATURE),
};

export const noSupervisorRole: Problem = {
  code: 'no-permission',
  message: MONITORING_REFUSALS.noSupervisorRole,
};

/** statusCode 3: one supervisor per agent; 5: no permission; 6 or HTTP 404: the feature is off. */
export function monitoringRefusal(error: GwsError, targetName: string): Problem {
  if (error.code === 'status' && error.statusCode === 3) {
    return { code: 'already-monitored', message: MONITORING_REFUSALS.alreadyMonitored(targetName) };
  }
  if (error.code === 'status' && error.statusCode === 5) return noSupervisorRole;
  if ((error.code === 'status' && error.statusCode === 6) || (error.code === 'http' && error.httpStatus === 404)) return monitoringOff;
  return error;
}
