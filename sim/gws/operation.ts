// Running a GWS operation: a POST {"operationName": ..., params} on a resource (docs/gws-notes.md, "Calls").
// The checks come in the order a client can observe: an injected fault, an operation the
// resource does not have, a feature that is off (404, docs/gws-notes.md, "Features and users"), a missing role
// (statusCode 5), then the parameters (1 missing, 2 not valid).
import type { z } from 'zod';
import { GwsError, StatusCode, invalidState } from '../model/gws-error';
import type { Role, User } from '../model/types';
import type { Faults } from '../scenario/faults';

export type GwsBody = Record<string, unknown> & { statusCode: number };

export interface Operation {
  schema: z.ZodType;
  feature?: string;
  role?: Role;
  /**
   * Gets what `schema` parsed (method syntax, so operation() can narrow the type). Returns a
   * body when it has more to say than {"statusCode":0}.
   */
  run(params: unknown): GwsBody | void;
}

/** Ties an operation's run() to its schema's output type. */
export const operation = <S extends z.ZodType>(
  schema: S,
  run: (params: z.output<S>) => GwsBody | void,
  gates: { feature?: string; role?: Role } = {},
): Operation => ({ schema, run, ...gates });

export interface OperationGates {
  user: User;
  features: ReadonlySet<string>;
  faults: Faults;
}

export function runOperation(table: Record<string, Operation>, body: unknown, gates: OperationGates): GwsBody {
  const name = operationName(body);
  const failure = gates.faults.takeFailure(name);
  if (failure) throw new GwsError(failure.statusCode, failure.statusMessage ?? `Simulated failure of ${name}`);
  const op = Object.hasOwn(table, name) ? table[name] : undefined;
  if (!op) throw invalidState(`Invalid operation ${name} for this resource`);
  if (op.feature && !gates.features.has(op.feature)) {
    throw new GwsError(StatusCode.notFound, `${name} is not available: feature ${op.feature} is not enabled`, 404);
  }
  if (op.role && !gates.user.roles.includes(op.role)) {
    throw new GwsError(StatusCode.noPermission, `${gates.user.userName} does not have permission for ${name}`);
  }
  const parsed = op.schema.safeParse(body);
  if (!parsed.success) throw parameterError(parsed.error, body);
  return op.run(parsed.data) ?? { statusCode: StatusCode.ok };
}

function operationName(body: unknown): string {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw invalidState('The request body must be a JSON object');
  }
  const name = (body as { operationName?: unknown }).operationName;
  if (name === undefined || name === null) {
    throw new GwsError(StatusCode.missingParameter, 'Parameter operationName is missing');
  }
  if (typeof name !== 'string') throw invalidState('Parameter operationName must be a string');
  return name;
}

/** statusCode 1 when the first bad parameter is absent, 2 when it is there but not valid. */
function parameterError(error: z.ZodError, body: unknown): GwsError {
  const issue = error.issues[0];
  const path = issue?.path ?? [];
  const name = path.join('.') || 'body';
  const value = path.reduce<unknown>((v, key) => (v as Record<PropertyKey, unknown> | undefined)?.[key], body);
  return value === undefined || value === null
    ? new GwsError(StatusCode.missingParameter, `Parameter ${name} is missing`)
    : invalidState(`Parameter ${name} is not valid: ${issue?.message ?? 'invalid value'}`);
}
