// The GWS v2 REST client: HTTP Basic to sign in, then the session cookie (JSESSIONID, kept by
// the HTTP stack's jar) and the CSRF header (docs/gws-notes.md, "Signing in"). Every reply is checked and
// every failure becomes a GwsError (gws-error.ts); nothing here throws.
import { z } from 'zod';
import type { Log } from '../log/diagnostic-log';
import { GWS_PROBLEMS } from '../../common/words';
import { fail, ok, type Result } from '../result';
import { gwsHeadOfText, type DecodedReply, type GwsHead } from './gws-body';
import { requestFailure, statusError, type GwsError, type GwsResult } from './gws-error';
import { GWS_PATHS, gwsUrl } from './gws-url';
import type { HttpReply, HttpStack } from './http/http-stack';
import type { GwsOperation } from './operations';
import { serverText } from './server-text';
import { meReply, snapshotReply, type MeSnapshot, type User } from './resources';

export interface Credentials {
  userName: string;
  password: string;
}

export type { GwsOperation } from './operations';

export interface GwsClientOptions {
  /** e.g. https://gws.example.com or https://host/cloud-web (no trailing /api/v2, no trailing /). */
  baseUrl: string;
  http: HttpStack;
  log: Log;
  /** Per request; default 10 s. */
  timeoutMs?: number;
}

interface Csrf {
  header: string;
  token: string;
}

export class GwsClient {
  readonly #options: GwsClientOptions;
  #csrf: Csrf | undefined;
  readonly #timeoutMs: number;
  readonly #host: string;

  constructor(options: GwsClientOptions) {
    this.#options = options;
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#host = new URL(options.baseUrl).host;
  }

  /**
   * GET /api/v2/me. With credentials it signs in: Basic auth, and the reply sets the session
   * cookie and the CSRF token (Genesys's samples start this way: docs/gws-notes.md, "Signing in").
   */
  async me(credentials?: Credentials): Promise<GwsResult<User>> {
    const reply = await this.#request('GET', GWS_PATHS.me, undefined, credentials);
    const me = reply.ok ? this.#parse(meReply, reply.value) : reply;
    return me.ok ? ok(me.value.user) : me;
  }

  /** GET /api/v2/me?subresources=*: the user with devices and calls, for resync (docs/gws-notes.md, "Signing in"). */
  snapshot(): Promise<GwsResult<MeSnapshot>> {
    return this.read(GWS_PATHS.meSnapshot, snapshotReply);
  }

  /** GET a resource and check its reply against a schema: a reply of another shape is `malformed`. */
  async read<T>(path: `/${string}`, schema: z.ZodType<T>): Promise<GwsResult<T>> {
    const reply = await this.#request('GET', path);
    return reply.ok ? this.#parse(schema, reply.value) : reply;
  }

  /**
   * GET a resource whose body `decode` reads elsewhere (a worker: a 10,000-user reply is too big
   * to parse on main). `decode` is handed the bytes only after every check a reply passes here
   * (on the server, within the size cap, a 2xx status), and its head is judged as read() judges
   * it, so the errors and their words are the same. A `decode` that fails says why in words.
   */
  async readDecoded<T>(path: `/${string}`, decode: (body: Buffer) => Promise<Result<DecodedReply<T>, string>>): Promise<GwsResult<T>> {
    const exchanged = await this.#exchange('GET', path, undefined, undefined, true);
    if (!exchanged.ok) return exchanged;
    const { bytes = Buffer.alloc(0), ...reply } = exchanged.value;
    // An error's body (small, or capped like any) is read here, as read() reads it.
    const success = reply.status >= 200 && reply.status < 300;
    const text = success ? '' : bytes.toString('utf8');
    const decoded: Result<DecodedReply<T>, string> = success ? await decode(bytes) : ok({ head: gwsHeadOfText(text).head });
    if (!decoded.ok) {
      return this.#logged('GET', path, fail({ code: 'malformed', message: GWS_PROBLEMS.unreadable(this.#host, serverText(decoded.error)) }));
    }
    const { head, value, invalid } = decoded.value;
    const judged = this.#logged('GET', path, this.#judge({ ...reply, text }, head, false));
    if (!judged.ok) return judged;
    return value === undefined ? fail(this.#malformed(invalid ?? 'no value')) : ok(value);
  }

  /** POST {operationName, …} to a resource of the user: /api/v2/me, /me/devices/{id}, /me/calls/{id}, … */
  async operate(path: `/${string}`, operation: GwsOperation): Promise<GwsResult<Record<string, unknown>>> {
    return this.#request('POST', path, operation);
  }

  async #request(method: 'GET' | 'POST', path: `/${string}`, body?: GwsOperation, credentials?: Credentials): Promise<GwsResult<Record<string, unknown>>> {
    const first = await this.#send(method, path, body, credentials);
    if (first.ok || first.error.code !== 'forbidden' || method !== 'POST' || !/csrf/i.test(first.error.message)) return first;
    // A stale token: learn it again once from a GET, then retry once; a second 403 surfaces.
    this.#options.log.info(`CSRF token refused on ${path}; learning it again`);
    const relearn = await this.#send('GET', GWS_PATHS.me);
    return relearn.ok ? this.#send(method, path, body, credentials) : relearn;
  }

  async #send(method: 'GET' | 'POST', path: `/${string}`, body?: GwsOperation, credentials?: Credentials): Promise<GwsResult<Record<string, unknown>>> {
    const reply = await this.#exchange(method, path, body, credentials);
    return reply.ok ? this.#logged(method, path, this.#interpret(reply.value, credentials !== undefined)) : reply;
  }

  /** The request and its reply, read within the cap; a failure to get one is logged here. */
  async #exchange(method: 'GET' | 'POST', path: `/${string}`, body?: GwsOperation, credentials?: Credentials, bytes = false): Promise<GwsResult<HttpReply>> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (credentials) {
      headers.Authorization = `Basic ${Buffer.from(`${credentials.userName}:${credentials.password}`).toString('base64')}`;
    }
    if (body) headers['Content-Type'] = 'application/json';
    if (method === 'POST' && this.#csrf) headers[this.#csrf.header] = this.#csrf.token;
    let reply: HttpReply;
    try {
      reply = await this.#options.http.send(gwsUrl(this.#options.baseUrl, path), {
        method,
        headers,
        ...(body && { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(this.#timeoutMs),
        bytes,
      });
    } catch (error) {
      const problem = requestFailure(error, this.#host, this.#timeoutMs);
      this.#options.log.warn(`${method} ${path} failed: ${problem.message}`, error);
      return fail(problem);
    }
    this.#learnCsrf(reply.headers);
    return ok(reply);
  }

  #logged<T>(method: 'GET' | 'POST', path: `/${string}`, result: GwsResult<T>): GwsResult<T> {
    if (!result.ok) this.#options.log.warn(`${method} ${path}: ${result.error.message}`);
    return result;
  }

  /** "X-CSRF-HEADER" names the header, "X-CSRF-TOKEN" carries the value (docs/gws-notes.md, "Signing in"). */
  #learnCsrf(headers: Headers): void {
    const header = headers.get('X-CSRF-HEADER');
    const token = headers.get('X-CSRF-TOKEN');
    if (header && token) this.#csrf = { header, token };
  }

  #interpret(reply: HttpReply, withCredentials: boolean): GwsResult<Record<string, unknown>> {
    const { head, body } = gwsHeadOfText(reply.text);
    const judged = this.#judge(reply, head, withCredentials);
    return judged.ok && body ? ok(body) : judged.ok ? fail(this.#malformed('no statusCode')) : judged;
  }

  /** A reply's status and head as the app reads them: success, or the failure in words. */
  #judge(reply: HttpReply, head: GwsHead, withCredentials: boolean): GwsResult<null> {
    const gws = head.status;
    // No credentials, or an ended session: HTTP 401 or statusCode 20 (docs/gws-notes.md, "Signing in", "Replies").
    if (reply.status === 401 || gws?.statusCode === 20) {
      return fail(
        withCredentials
          ? {
              code: 'auth',
              httpStatus: reply.status,
              message: GWS_PROBLEMS.badCredentials(gws?.statusMessage),
            }
          : { code: 'session-expired', httpStatus: reply.status, message: GWS_PROBLEMS.sessionEnded },
      );
    }
    // Signing in at an address GWS is not published at (its context path left out, or a wrong one).
    if (withCredentials && reply.status === 404) {
      return fail({
        code: 'http',
        httpStatus: 404,
        message: GWS_PROBLEMS.noGwsAt(this.#options.baseUrl, this.#host),
      });
    }
    if (reply.status === 403) {
      const reason = gws?.statusMessage ?? serverText(reply.text.trim() || reply.statusText);
      return fail({ code: 'forbidden', httpStatus: 403, message: GWS_PROBLEMS.refused(reason) });
    }
    if (gws && gws.statusCode !== 0 && gws.statusCode !== 7) return fail(statusError(gws.statusCode, gws.statusMessage, reply.status));
    if (reply.status < 200 || reply.status >= 300) {
      return fail({
        code: 'http',
        httpStatus: reply.status,
        message: GWS_PROBLEMS.httpError(this.#host, reply.status, serverText(reply.statusText)),
      });
    }
    if (!gws) return fail(this.#malformed(head.json ? 'no statusCode' : 'not JSON'));
    return ok(null);
  }

  #parse<T>(schema: z.ZodType<T>, body: Record<string, unknown>): GwsResult<T> {
    const parsed = schema.safeParse(body);
    return parsed.success ? ok(parsed.data) : fail(this.#malformed(z.prettifyError(parsed.error)));
  }

  #malformed(detail: string): GwsError {
    return { code: 'malformed', message: GWS_PROBLEMS.malformed(this.#host, serverText(detail)) };
  }
}
