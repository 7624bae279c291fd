// What GWS route handlers work with.
import type { Params } from '../http/router';
import type { ContactCenter } from '../model/contact-center';
import type { User } from '../model/types';
import type { Faults } from '../scenario/faults';
import type { GwsBody, OperationGates } from './operation';
import type { ResourceContext } from './resources';
import type { HttpSession, SessionStore } from './sessions';

export interface GwsEnv {
  center: ContactCenter;
  faults: Faults;
  sessions: SessionStore;
  /** Built per use: a reset replaces the directory it reads. */
  resources(): ResourceContext;
}

export interface GwsRequest {
  url: URL;
  params: Params;
  body: unknown;
  user: User;
  session: HttpSession;
}

/** Some documented samples answer the statusCode as a string (Supervisor Agent State Control: "0"). */
export type GwsHandler = (request: GwsRequest) => GwsBody | (Record<string, unknown> & { statusCode: string });

export const gatesFor = (env: GwsEnv, user: User): OperationGates => ({
  user,
  features: env.center.options.features,
  faults: env.faults,
});
