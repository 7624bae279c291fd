// One HTTP stack per signed-in session: undici's fetch (Node's own fetch implementation, as a
// pinned package so that its Agent and ProxyAgent can be handed to it), the trusted
// certificates, the proxy chosen for the server, and the cookie jar. REST calls and CometD's
// long-polling both go through it (docs/architecture.md, "Network").
import { Agent, ProxyAgent, fetch, type Dispatcher, type Response } from 'undici';
import { GWS_PROBLEMS } from '../../../common/words';
import type { Log } from '../../log/diagnostic-log';
import { isOnServer } from '../gws-url';
import { CookieJar } from './cookie-jar';
import { choosePacEntry, type ProxyResolver } from './proxy';
import type { TrustedCertificates } from './trust';

export interface HttpRequest {
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
  /** The reply's body is refused past this many bytes; default MAX_REST_REPLY_BYTES. */
  maxReplyBytes?: number;
  /** The body as bytes (HttpReply.bytes), not decoded here: for a reply a worker decodes (main/supervisor/team-read.ts). */
  bytes?: boolean;
}

/**
 * The biggest REST reply read. The largest the app asks for is the team,
 * /api/v2/users?subresources=*: about 1 KB per user with a device (9.4 MB for 10,000 agents, the
 * large contact center issue 18 measures; 8 MB refused it), so 32 MB leaves room for three times
 * that; a server sending more is broken or hostile, and reading on would only fill the memory of
 * a process that must stay up all day.
 */
export const MAX_REST_REPLY_BYTES = 32 * 1024 * 1024;
/**
 * The biggest CometD reply read: one long poll carries the few messages of the user's own
 * device and calls (about 1 KB each), so 2 MB is already hundreds of them.
 */
export const MAX_NOTIFICATION_REPLY_BYTES = 2 * 1024 * 1024;

/**
 * A request for a host other than the configured server's: refused before it leaves. GWS writes
 * its own view of its address into resources (an internal host behind a load balancer); the
 * Basic credentials and the session cookie must only ever go to the address the supervisor gave.
 */
export class OffServerRequestError extends Error {
  override readonly name = 'OffServerRequestError';
  constructor(url: string) {
    super(GWS_PROBLEMS.offServer(URL.canParse(url) ? new URL(url).host : undefined));
  }
}

/** A reply whose body passed its size limit: it was not read further (the connection is dropped). */
export class ReplyTooLargeError extends Error {
  override readonly name = 'ReplyTooLargeError';
  constructor(readonly limitBytes: number) {
    super(GWS_PROBLEMS.replyTooLarge(limitBytes));
  }
}

export interface HttpReply {
  status: number;
  statusText: string;
  headers: Headers;
  /** The body as text; empty when it was asked for as bytes. */
  text: string;
  /** The body, when asked for as bytes: one buffer of its own, so it can be transferred to a worker. */
  bytes?: Buffer;
}

export interface HttpStackOptions {
  /** The GWS base URL; the proxy is chosen for it once. */
  baseUrl: string;
  trust: TrustedCertificates;
  /** Electron's session.resolveProxy, or nothing for direct connections. */
  resolveProxy?: ProxyResolver;
  log: Log;
  /** Told every credential a reply hands out (cookie values, the CSRF token), for the log's redactor. */
  onSecret?: (value: string) => void;
}

export class HttpStack {
  readonly #serverUrl: string;
  readonly #dispatcher: Dispatcher;
  readonly #onSecret: (value: string) => void;
  readonly cookies = new CookieJar();

  private constructor(serverUrl: string, dispatcher: Dispatcher, onSecret: (value: string) => void) {
    this.#serverUrl = serverUrl;
    this.#dispatcher = dispatcher;
    this.#onSecret = onSecret;
  }

  static async create({ baseUrl, trust, resolveProxy, log, onSecret = () => {} }: HttpStackOptions): Promise<HttpStack> {
    const tlsOptions = { ca: [...trust] };
    let pac = 'DIRECT';
    if (resolveProxy) {
      try {
        pac = await resolveProxy(baseUrl);
      } catch (error) {
        log.warn('Proxy resolution failed; connecting directly', error);
      }
    }
    const choice = choosePacEntry(pac);
    if (choice.kind === 'proxy') {
      log.info(`Using proxy ${choice.uri} for ${baseUrl}`);
      return new HttpStack(baseUrl, new ProxyAgent({ uri: choice.uri, requestTls: tlsOptions, proxyTls: tlsOptions }), onSecret);
    }
    if (choice.kind === 'unsupported') log.warn(`Proxy "${choice.entry}" is not supported; connecting directly`);
    return new HttpStack(baseUrl, new Agent({ connect: tlsOptions }), onSecret);
  }

  /**
   * Sends the jar's cookies and keeps the reply's. Network failures throw (callers classify them),
   * and so does a URL off the configured server (OffServerRequestError), before anything is sent.
   */
  async send(url: string, request: HttpRequest): Promise<HttpReply> {
    if (!isOnServer(url, this.#serverUrl)) throw new OffServerRequestError(url);
    const cookie = this.cookies.header();
    const response = await fetch(url, {
      method: request.method,
      headers: { ...request.headers, ...(cookie && { Cookie: cookie }) },
      body: request.body,
      signal: request.signal,
      // GWS answers in place; a redirect (to a login page, say) is an answer to report, not follow.
      redirect: 'manual',
      dispatcher: this.#dispatcher,
    });
    this.cookies.store(response.headers.getSetCookie());
    // Registered before anything can log them: a server's error message may quote them bare.
    for (const value of this.cookies.values()) this.#onSecret(value);
    const csrf = response.headers.get('X-CSRF-TOKEN');
    if (csrf) this.#onSecret(csrf);
    const body = await readCapped(response, request.maxReplyBytes ?? MAX_REST_REPLY_BYTES);
    const reply = { status: response.status, statusText: response.statusText, headers: response.headers as unknown as Headers };
    return request.bytes ? { ...reply, text: '', bytes: body } : { ...reply, text: new TextDecoder().decode(body) };
  }

  /** Ends pooled connections; requests still in flight are aborted. */
  async close(): Promise<void> {
    await this.#dispatcher.destroy();
  }
}

/** The body, counting bytes as they come: past `limit` the read stops and the body is cancelled. */
async function readCapped(response: Response, limit: number): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > limit || !response.body) {
    await response.body?.cancel();
    if (declared > limit) throw new ReplyTooLargeError(limit);
    return Buffer.alloc(0);
  }
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      await reader.cancel();
      throw new ReplyTooLargeError(limit);
    }
    chunks.push(value);
  }
  // Not Buffer.concat: a small result sits in Node's shared pool, which cannot be transferred to
  // a worker; and not zero-filled first, as every byte is written.
  const body = Buffer.allocUnsafeSlow(received);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
