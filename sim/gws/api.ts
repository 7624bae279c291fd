// The /api/v2 REST pipeline, in the order a Spring-based GWS applies it: CSRF, authentication,
// routing, body parsing, the operation. Every answer is JSON with a statusCode (docs/gws-notes.md, "Replies").
import type { IncomingMessage } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { parseJson, type ParsedBody } from '../http/body';
import { jsonReply, type Reply } from '../http/reply';
import { Router } from '../http/router';
import { GwsError, StatusCode } from '../model/gws-error';
import type { SimulatorProbe } from '../probe';
import { maskedBody, type LoggedRequest, type RequestLog } from '../scenario/request-log';
import { authenticate, csrfAccepted, csrfHeaders, isModifying, type Authenticated } from './auth';
import type { GwsEnv, GwsHandler } from './context';
import { addAgentControlRoutes } from './agent-control-routes';
import { addDirectoryRoutes } from './directory-routes';
import { addMeRoutes } from './me-routes';
import { expiredSessionCookie, sessionCookie } from './sessions';
import { httpStatusFor, type ErrorStatusMode } from './status';
import type { Variation } from '../variations';

export interface GwsApiOptions {
  csrf: boolean;
  errorStatus: ErrorStatusMode;
  /** The CSRF 403 body: documented only as "Missing or invalid Csrf token" (docs/gws-notes.md, "Signing in"). */
  csrfFailureBody: 'json' | 'text';
  serverVersion: string;
  /** The server variation played now: the context path for cookies, statusCode's type. */
  variation(): Variation;
}

const csrfFailureMessage = 'Missing or invalid Csrf token';

export class GwsApi {
  readonly #env: GwsEnv;
  readonly #options: GwsApiOptions;
  readonly #log: RequestLog;
  readonly #probe: SimulatorProbe;
  readonly #router = new Router<GwsHandler>();

  constructor(env: GwsEnv, options: GwsApiOptions, log: RequestLog, probe: SimulatorProbe = {}) {
    this.#env = env;
    this.#options = options;
    this.#log = log;
    this.#probe = probe;
    addMeRoutes(this.#router, env);
    addDirectoryRoutes(this.#router, env);
    addAgentControlRoutes(this.#router, env);
  }

  async handle(req: IncomingMessage, url: URL, text: string): Promise<Reply> {
    const method = req.method ?? 'GET';
    const body = parseJson(text);
    const entry = this.#log.record({
      time: new Date().toISOString(),
      method,
      path: url.pathname + url.search,
      body: maskedBody(text, body),
    });
    this.#probe.requestReceived?.({ method, path: entry.path, body: body.ok ? body.value : undefined, headers: req.headers });
    if (this.#env.faults.latencyMs > 0) await delay(this.#env.faults.latencyMs);
    const reply = this.#answer(req, method, url, body, entry);
    entry.status = reply.status;
    return this.#options.variation().statusCodeAs === 'string' ? withStatusCodeAsString(reply) : reply;
  }

  #answer(req: IncomingMessage, method: string, url: URL, body: ParsedBody, entry: LoggedRequest): Reply {
    // The version probe needs no session (the docs show only its reply: docs/gws-notes.md, "Signing in").
    if (method === 'GET' && /^\/api\/v2\/diagnostics\/version\/?$/.test(url.pathname)) {
      return jsonReply(200, { statusCode: 0, version: this.#options.serverVersion });
    }
    if (this.#options.csrf && isModifying(method) && !csrfAccepted(req, this.#env.sessions)) {
      return this.#options.csrfFailureBody === 'text'
        ? jsonReply(403, csrfFailureMessage)
        : jsonReply(403, { statusCode: StatusCode.forbidden, statusMessage: csrfFailureMessage });
    }
    let auth: Authenticated | undefined;
    try {
      auth = authenticate(req, this.#env.sessions, this.#env.center.directory);
      entry.userName = auth.user.userName;
      return this.#withSessionHeaders(jsonReply(200, this.#route(method, url, body, auth)), method, auth);
    } catch (error) {
      if (!(error instanceof GwsError)) throw error;
      const reply = jsonReply(httpStatusFor(error, this.#options.errorStatus), {
        statusCode: error.statusCode,
        statusMessage: error.message,
      });
      return auth ? this.#withSessionHeaders(reply, method, auth) : reply;
    }
  }

  #route(method: string, url: URL, body: ParsedBody, auth: Authenticated): Record<string, unknown> {
    const match = this.#router.match(method, url.pathname);
    if (!match) throw new GwsError(StatusCode.notFound, `No resource at ${url.pathname}`, 404);
    if ('allowed' in match) {
      throw new GwsError(StatusCode.forbidden, `Method ${method} not supported; use ${match.allowed.join(', ')}`, 405);
    }
    if (!body.ok) throw new GwsError(StatusCode.missingParameter, 'The request body is not valid JSON', 400);
    return match.handler({ url, params: match.params, body: body.value, user: auth.user, session: auth.session });
  }

  /** A new session sets its cookie, an ended one clears it, and every GET carries the CSRF token. */
  #withSessionHeaders(reply: Reply, method: string, { session, opened }: Authenticated): Reply {
    const alive = this.#env.sessions.get(session.id) !== undefined;
    const headers: Record<string, string> = {};
    // A servlet container scopes its session cookie to the application's context path.
    const cookiePath = this.#options.variation().contextPath || '/';
    if (!alive) headers['Set-Cookie'] = expiredSessionCookie(cookiePath);
    else if (opened) headers['Set-Cookie'] = sessionCookie(session, cookiePath);
    if (alive && method === 'GET' && this.#options.csrf) Object.assign(headers, csrfHeaders(session));
    return { ...reply, headers: { ...reply.headers, ...headers } };
  }
}

/** The docs' samples for the supervisor agent-state operations send "statusCode": "0" (docs/gws-notes.md). */
function withStatusCodeAsString(reply: Reply): Reply {
  const body = reply.body;
  if (typeof body !== 'object' || body === null || typeof (body as { statusCode?: unknown }).statusCode !== 'number') return reply;
  return { ...reply, body: { ...body, statusCode: String((body as { statusCode: number }).statusCode) } };
}
