// /sim: the scenario API over HTTP. Plain JSON, no authentication; answers {"error": ...} with
// 400 (bad request), 404 (unknown call, agent or path) or 409 (not possible in the current state).
import { z } from 'zod';
import { parseJson } from '../http/body';
import { jsonReply, type Reply } from '../http/reply';
import { Router, type Params } from '../http/router';
import { agentStateNames, readyWorkModes } from '../model/agent-states';
import { GwsError, StatusCode } from '../model/gws-error';
import { variationSchema } from '../variations';
import type { Scenario } from './scenario';
import { msRange } from './traffic';

const userData = z.record(z.string(), z.union([z.string(), z.number()]));

const schemas = {
  call: z.strictObject({
    to: z.string().min(1),
    from: z.string().min(1).optional(),
    via: z.string().min(1).optional(),
    userData: userData.optional(),
  }),
  transfer: z.strictObject({ to: z.string().min(1) }),
  password: z.strictObject({ password: z.string().min(1) }),
  reset: variationSchema.extend({ agentControlFeature: z.boolean().optional(), wrapUpMs: msRange.optional() }),
  agentState: z.strictObject({ state: z.enum(agentStateNames), workmode: z.enum(readyWorkModes).optional() }),
  faults: z.strictObject({
    dropNotifications: z.boolean().optional(),
    expireSessions: z.boolean().optional(),
    latencyMs: z.number().int().min(0).max(60_000).optional(),
    failNext: z
      .strictObject({
        operationName: z.string().min(1),
        statusCode: z.number().int().min(1).max(99),
        statusMessage: z.string().optional(),
      })
      .optional(),
    clear: z.boolean().optional(),
  }),
};

type Handler = (params: Params, body: unknown) => unknown;

class BadRequest extends Error {}

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body ?? {});
  if (!result.success) throw new BadRequest(z.prettifyError(result.error));
  return result.data;
}

export function scenarioRouter(scenario: Scenario): Router<Handler> {
  /** For the verbs that have nothing to return. */
  const acknowledged =
    (action: Handler): Handler =>
    (params, body) => {
      action(params, body);
      return { ok: true };
    };
  return new Router<Handler>()
    .add('POST', '/sim/calls', (_, body) => scenario.ringAgent(parse(schemas.call, body)))
    .add(
      'POST',
      '/sim/calls/:id/answer',
      acknowledged(({ id = '' }) => scenario.answer(id)),
    )
    .add(
      'POST',
      '/sim/calls/:id/release',
      acknowledged(({ id = '' }) => scenario.release(id)),
    )
    .add(
      'POST',
      '/sim/calls/:id/transfer',
      acknowledged(({ id = '' }, body) => scenario.transfer(id, parse(schemas.transfer, body).to)),
    )
    .add(
      'POST',
      '/sim/agents/:userName/state',
      acknowledged(({ userName = '' }, body) => {
        const { state, workmode } = parse(schemas.agentState, body);
        scenario.setAgentState(userName, state, workmode);
      }),
    )
    .add(
      'POST',
      '/sim/users/:userName/password',
      acknowledged(({ userName = '' }, body) => scenario.changePassword(userName, parse(schemas.password, body).password)),
    )
    .add('GET', '/sim/state', () => scenario.state())
    .add('GET', '/sim/requests', () => ({ requests: scenario.requests() }))
    .add(
      'POST',
      '/sim/reset',
      acknowledged((_, body) => scenario.reset(parse(schemas.reset, body))),
    )
    .add('POST', '/sim/faults', (_, body) => ({ faults: scenario.applyFaults(parse(schemas.faults, body)) }));
}

export function handleScenario(router: Router<Handler>, method: string, url: URL, text: string): Reply {
  const match = router.match(method, url.pathname);
  if (!match) return jsonReply(404, { error: `No scenario endpoint at ${url.pathname}` });
  if ('allowed' in match) return jsonReply(405, { error: `Use ${match.allowed.join(', ')}` });
  const body = parseJson(text);
  if (!body.ok) return jsonReply(400, { error: 'The request body is not valid JSON' });
  try {
    return jsonReply(200, match.handler(match.params, body.value));
  } catch (error) {
    if (error instanceof BadRequest) return jsonReply(400, { error: error.message });
    if (error instanceof GwsError) {
      return jsonReply(error.statusCode === StatusCode.notFound ? 404 : 409, { error: error.message });
    }
    throw error;
  }
}
