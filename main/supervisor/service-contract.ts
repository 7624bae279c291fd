// What the supervisor service needs from the session and gives back: its dependencies, its events
// and the result every action returns.
import type { z } from 'zod';
import type { ActivityEntry } from '../../common/activity';
import type { SupervisorView } from '../../common/supervisor-view';
import { ACTION_REFUSALS } from '../../common/words';
import type { ActivityLog } from '../activity/activity-log';
import type { GwsOperation } from '../gws/client';
import type { DecodedReply } from '../gws/gws-body';
import type { GwsResult } from '../gws/gws-error';
import type { GwsMessage } from '../gws/messages';
import type { MeSnapshot } from '../gws/resources';
import type { Log } from '../log/diagnostic-log';
import { fail, ok, type Problem, type Result } from '../result';
import type { SessionState } from '../session/session';
import type { TeamDecoder } from './team-read';
import type { DomainEvent } from './types';

/** The part of SupervisorSession the service uses. */
export interface GwsSession {
  /** Who is signed in, known before the first snapshot arrives. */
  readonly state: SessionState;
  /** The configured server address (context path kept) while signed in. */
  readonly serverUrl: string | undefined;
  on(event: 'snapshot', listener: (snapshot: MeSnapshot) => void): unknown;
  on(event: 'message', listener: (message: GwsMessage) => void): unknown;
  operate(path: `/${string}`, operation: GwsOperation): Promise<GwsResult<Record<string, unknown>>>;
  read<T>(path: `/${string}`, schema: z.ZodType<T>): Promise<GwsResult<T>>;
  readDecoded<T>(path: `/${string}`, decode: (body: Buffer) => Promise<Result<DecodedReply<T>, string>>): Promise<GwsResult<T>>;
}

export interface SupervisorServiceDeps {
  session: GwsSession;
  activity: ActivityLog;
  /** Current defaults: scope, mode, auto-answer. */
  preferences: () => { monitoringScope: 'Agent' | 'Call'; monitoringMode: 'NextCall' | 'AllCalls'; autoAnswerMonitoringCalls: boolean };
  log: Log;
  now?: () => number;
  /** How the team reply becomes rows; default a worker thread (team-read.ts). Tests hand in one that crashes. */
  decodeTeam?: TeamDecoder;
}

export interface SupervisorServiceEvents {
  view: [SupervisorView];
  domain: [DomainEvent, SupervisorView];
  /** Something the service did by itself failed, in words for the window (no action of the user's got the refusal). */
  warning: [Problem];
}

export type ActionResult = Result<null, Problem>;

export const done: ActionResult = ok(null);
export const notAllowed = (message: string): ActionResult => fail({ code: 'not-allowed', message });
export const NOT_SIGNED_IN: Problem = { code: 'not-signed-in', message: ACTION_REFUSALS.notSignedIn };
export const notSignedIn: ActionResult = fail(NOT_SIGNED_IN);

/** One action as the activity log keeps it: who did what to whom, when, and how it ended. */
export function activityEntry(
  what: Pick<ActivityEntry, 'operation' | 'target' | 'scope' | 'mode' | 'change' | 'detail'>,
  result: ActionResult,
  supervisor: string,
  now: number,
): ActivityEntry {
  return {
    ...(what.change && { change: what.change }),
    ...(what.detail !== undefined && { detail: what.detail }),
    time: new Date(now).toISOString(),
    supervisor,
    target: what.target,
    operation: what.operation,
    scope: what.scope,
    mode: what.mode,
    result: result.ok ? { ok: true } : { ok: false, code: result.error.code, message: result.error.message },
  };
}

/** Writes an entry to the activity log: a failed write is the diagnostic log's to know, never the action's failure. */
export async function appendActivity(deps: { activity: Pick<ActivityLog, 'append'>; log: Log }, entry: ActivityEntry): Promise<void> {
  await deps.activity.append(entry).catch((error: unknown) => deps.log.error('Writing the activity log failed', error));
}
