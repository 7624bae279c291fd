// Supervisor Agent State Control (GWS 8.5.2 API): set a team member's voice channel Ready,
// NotReady or Offline, read that user again to see what GWS made of it, and GWS's refusals in
// words a supervisor can act on. The documented part: POST /api/v2/users/{userId}/channels/{channelId}
// with {"operationName"}, feature api-supervisor-agent-control, success {"statusCode":"0"}.
// Which statusCode each refusal carries is not documented (docs/gws-notes.md), so the words
// rest on what the app can check again: the features list and the user's state.
import { ACTION_REFUSALS, AGENT_CONTROL_REFUSALS } from '../../common/words';
import type { z } from 'zod';
import type { GwsOperation } from '../gws/client';
import { GWS_PATHS } from '../gws/gws-url';
import type { AgentControlOperationName } from '../gws/operations';
import type { GwsError, GwsResult } from '../gws/gws-error';
import { fail, ok, type Problem, type Result } from '../result';
import { readFeatures } from './features';
import { teamMemberFrom, userWithDevicesReply } from './team';
import type { TeamMember } from './types';

export const AGENT_CONTROL_FEATURE = 'api-supervisor-agent-control';

/** The part of the GWS session agent control needs (SupervisorSession fits it). */
export interface AgentControlSession {
  /** The signed-in server's address: names a device that comes without a uri (team.ts). */
  readonly serverUrl: string | undefined;
  operate(path: string, operation: GwsOperation): Promise<GwsResult<Record<string, unknown>>>;
  read<T>(path: string, schema: z.ZodType<T>): Promise<GwsResult<T>>;
}

/** What the app knows about the features and the agent when GWS refuses. */
export interface RefusalContext {
  agentName: string;
  /** GET /api/v2/features read now: undefined when it could not be read. */
  features: ReadonlySet<string> | undefined;
  /** The agent read again after the refusal: undefined when that failed too. */
  agentState: string | null | undefined;
}

/**
 * GET /api/v2/users/{id}?subresources=*: the user again, as a team row with their current state
 * read at `readAt` (withTimeInState carries the start over when the state did not change).
 */
export async function readTeamMember(session: AgentControlSession, userId: string, readAt: number): Promise<GwsResult<TeamMember>> {
  const reply = await session.read(GWS_PATHS.user(userId), userWithDevicesReply);
  if (!reply.ok) return reply;
  const { serverUrl } = session;
  if (serverUrl === undefined) return fail({ code: 'session-expired', message: ACTION_REFUSALS.sessionEnded });
  return ok(teamMemberFrom(reply.value.user, serverUrl, readAt));
}

/**
 * POST the operation on the member's voice channel. A refusal comes back in words: the features
 * and the user are read again to tell "switched off" from "unknown user" (both statusCode 6,
 * HTTP 404) and "logged off" from "on a call" (statusCode 2).
 */
export async function setAgentState(
  session: AgentControlSession,
  member: Pick<TeamMember, 'userId' | 'name'>,
  operationName: AgentControlOperationName,
): Promise<Result<null, Problem>> {
  const reply = await session.operate(GWS_PATHS.userVoiceChannel(member.userId), { operationName });
  if (reply.ok) return ok(null);
  const error = reply.error;
  if (!isRefusal(error)) return fail(error);
  const [features, again] = await Promise.all([readFeatures(session), readTeamMember(session, member.userId, Date.now())]);
  return fail(
    agentControlRefusal(error, {
      agentName: member.name,
      features: features.ok ? features.value : undefined,
      agentState: again.ok ? again.value.agentState : undefined,
    }),
  );
}

/** The failures that are GWS saying no (as opposed to the network, the session, a malformed reply). */
function isRefusal(error: GwsError): boolean {
  if (error.code === 'status') return error.statusCode !== undefined && [2, 3, 5, 6].includes(error.statusCode);
  // HTTP 404 without a GWS body (a disabled feature), or 403 with one (--error-status strict).
  return (error.code === 'http' && error.httpStatus === 404) || error.code === 'forbidden';
}

export const agentControlOff: Problem = {
  code: 'agent-control-off',
  message: AGENT_CONTROL_REFUSALS.off(AGENT_CONTROL_FEATURE),
};

/** GWS's own words, bounded: they come from the network. */
const said = (error: GwsError) => AGENT_CONTROL_REFUSALS.said(error.message.slice(0, 200));

export function agentControlRefusal(error: GwsError, { agentName, features, agentState }: RefusalContext): Problem {
  const notFound = (error.code === 'status' && error.statusCode === 6) || (error.code === 'http' && error.httpStatus === 404);
  if (notFound) {
    if (features && !features.has(AGENT_CONTROL_FEATURE)) return agentControlOff;
    if (features) {
      return { code: 'unknown-agent', message: AGENT_CONTROL_REFUSALS.removed(agentName, said(error)) };
    }
    return {
      code: 'unknown-agent',
      message: AGENT_CONTROL_REFUSALS.notFound(agentName, AGENT_CONTROL_FEATURE, said(error)),
    };
  }
  if ((error.code === 'status' && error.statusCode === 5) || error.code === 'forbidden') {
    return {
      code: 'no-permission',
      message: AGENT_CONTROL_REFUSALS.noPermission(said(error)),
    };
  }
  if (error.code === 'status' && error.statusCode === 2) {
    if (agentState === 'LoggedOut') {
      return { code: 'agent-logged-off', message: AGENT_CONTROL_REFUSALS.loggedOff(agentName) };
    }
    return {
      code: 'agent-on-call',
      message: AGENT_CONTROL_REFUSALS.onCall(agentName, said(error)),
    };
  }
  return { code: error.code, message: AGENT_CONTROL_REFUSALS.refused(agentName, said(error)) };
}
