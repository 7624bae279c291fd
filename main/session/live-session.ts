// What one signed-in session holds, and its opening: the HTTP stack (with the trusted CA), the
// GWS client authenticated by GET /api/v2/me, and the notification channel, not yet started.
import { GwsClient, type Credentials } from '../gws/client';
import { HttpStack } from '../gws/http/http-stack';
import { loadTrust } from '../gws/http/trust';
import { NotificationChannel } from '../gws/notifications/channel';
import type { User } from '../gws/resources';
import { ok, type Result } from '../result';
import type { SessionDependencies, SessionProblem } from './session-state';

/** What one signed-in session holds; dropped as a whole at sign-out. */
export interface Live {
  serverUrl: string;
  credentials: Credentials;
  http: HttpStack;
  client: GwsClient;
  channel: NotificationChannel;
  user: User;
  /** Set by a re-authentication, cleared by the next successful subscription: "once". */
  reauthenticatedSinceSubscribe: boolean;
  reauthentication?: Promise<Result<void, SessionProblem>>;
}

/** The HTTP stack is closed again when GWS refuses the credentials. */
export async function openLive(
  serverUrl: string,
  credentials: Credentials,
  trustedCaFile: string | null,
  deps: SessionDependencies,
): Promise<Result<Live, SessionProblem>> {
  const { log } = deps;
  const trust = await loadTrust(trustedCaFile);
  if (!trust.ok) return trust;
  const http = await HttpStack.create({
    baseUrl: serverUrl,
    trust: trust.value,
    resolveProxy: deps.resolveProxy,
    log,
    onSecret: (value) => deps.redactor.addIssuedSecret(value),
  });
  const client = new GwsClient({ baseUrl: serverUrl, http, log, timeoutMs: deps.requestTimeoutMs });
  const me = await client.me(credentials);
  if (!me.ok) {
    await http.close();
    return me;
  }
  const channel = new NotificationChannel({ baseUrl: serverUrl, http, log, policy: deps.reconnectPolicy });
  return ok({ serverUrl, credentials, http, client, channel, user: me.value, reauthenticatedSinceSubscribe: false });
}
