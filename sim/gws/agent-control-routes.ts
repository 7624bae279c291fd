// POST /api/v2/users/{userId}/channels/{channelId}: Supervisor Agent State Control (GWS 8.5.2
// API). Gated like every operation (operation.ts): the feature first (off: 404, as if the
// resource did not exist), then the supervisor role (5); then the agent (agent-control.ts).
import type { Router } from '../http/router';
import { agentControlFeature, controlledStates } from '../model/agent-control';
import type { GwsEnv, GwsHandler } from './context';
import { gatesFor } from './context';
import { operation, runOperation, type Operation } from './operation';
import { noParameters } from './schemas';

const gates = { feature: agentControlFeature, role: 'ROLE_SUPERVISOR' } as const;

export function addAgentControlRoutes(router: Router<GwsHandler>, env: GwsEnv): void {
  router.add('POST', '/api/v2/users/:userId/channels/:channelId', ({ params, body, user }) => {
    const table: Record<string, Operation> = {};
    for (const state of controlledStates) {
      table[state] = operation(noParameters, () => env.center.controlAgentState(params.userId ?? '', params.channelId ?? '', state), gates);
    }
    // The samples answer the statusCode as a string: "0" (Supervisor Agent State Control pages).
    return { ...runOperation(table, body, gatesFor(env, user)), statusCode: '0' };
  });
}
