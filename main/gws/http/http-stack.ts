// One HTTP stack per signed-in session: undici's fetch (Node's own fetch implementation, as a
// pinned package so that its Agent and ProxyAgent can be handed to it), the trusted
// certificates, the proxy chosen for the server, and the cookie jar. REST calls and CometD's
// long-polling both go through it (docs/architecture.md, "Network").
import { Agent, ProxyAgent, fetch, type Dispatcher } from 'undici';
import type { Log } from '../../log/diagnostic-log';
import { CookieJar } from './cookie-jar';
import { choosePacEntry, type ProxyResolver } from './proxy';
import type { TrustedCertificates } from './trust';

export interface HttpRequest {
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

export interface HttpReply {
  status: number;
  statusText: string;
  headers: Headers;
  text: string;
}

export interface HttpStackOptions {
  /** The GWS base URL; the proxy is chosen for it once. */
  baseUrl: string;
  trust: TrustedCertificates;
  /** Electron's session.resolveProxy, or nothing for direct connections. */
  resolveProxy?: ProxyResolver;
  log: Log;
}

export class HttpStack {
  readonly cookies = new CookieJar();

  private constructor(private readonly dispatcher: Dispatcher) {}

  static async create({ baseUrl, trust, resolveProxy, log }: HttpStackOptions): Promise<HttpStack> {
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
      return new HttpStack(new ProxyAgent({ uri: choice.uri, requestTls: tlsOptions, proxyTls: tlsOptions }));
    }
    if (choice.kind === 'unsupported') log.warn(`Proxy "${choice.entry}" is not supported; connecting directly`);
    return new HttpStack(new Agent({ connect: tlsOptions }));
  }

  /** Sends the jar's cookies and keeps the reply's. Network failures throw (callers classify them). */
  async send(url: string, request: HttpRequest): Promise<HttpReply> {
    const cookie = this.cookies.header();
    const response = await fetch(url, {
      method: request.method,
      headers: { ...request.headers, ...(cookie && { Cookie: cookie }) },
      body: request.body,
      signal: request.signal,
      // GWS answers in place; a redirect (to a login page, say) is an answer to report, not follow.
      redirect: 'manual',
      dispatcher: this.dispatcher,
    });
    this.cookies.store(response.headers.getSetCookie());
    const text = await response.text();
    return { status: response.status, statusText: response.statusText, headers: response.headers as unknown as Headers, text };
  }

  /** Ends pooled connections; requests still in flight are aborted. */
  async close(): Promise<void> {
    await this.dispatcher.destroy();
  }
}
