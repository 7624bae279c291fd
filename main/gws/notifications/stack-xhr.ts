// The XMLHttpRequest CometD's long-polling transport uses in Node, over the session's HTTP stack
// (http-stack.ts). cometd-nodejs-client ships one, but it has its own fixed https agent (no way
// to trust a company CA), a proxy fixed once per process, and a separate cookie jar per process;
// this one shares the REST client's jar, trust and proxy, so a re-authenticated JSESSIONID and
// CometD's BAYEUX_BROWSER cookie travel together. It implements what LongPollingTransport uses
// (open, setRequestHeader, send, abort, onload/onerror, status, statusText, responseText) and
// reports an abort through onerror, as cometd-nodejs-client's XHR does.
import { parseJson } from '../../parse-json';
import { MAX_NOTIFICATION_REPLY_BYTES, type HttpStack } from '../http/http-stack';
import { serverText } from '../server-text';
import { NOTIFICATION_REASONS } from '../../../common/words';

/** Set on the transport by createCometD; CometD copies it to each XHR (LongPollingTransport#copyContext). */
export interface XhrContext {
  stack: HttpStack;
}

export class StackXhr {
  static readonly UNSENT = 0;
  static readonly OPENED = 1;
  static readonly DONE = 4;

  context: XhrContext | undefined;
  withCredentials = false;
  readyState = StackXhr.UNSENT;
  status = 0;
  statusText = '';
  responseText = '';
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;

  #url = '';
  #method: 'GET' | 'POST' = 'POST';
  readonly #headers: Record<string, string> = {};
  readonly #controller = new AbortController();

  open(method: string, url: string): void {
    this.#method = method.toUpperCase() === 'GET' ? 'GET' : 'POST';
    this.#url = url;
    this.readyState = StackXhr.OPENED;
  }

  setRequestHeader(name: string, value: string): void {
    this.#headers[name] = value;
  }

  send(body?: string): void {
    const stack = this.context?.stack;
    if (!stack) {
      this.#finish('no HTTP stack for CometD', this.onerror);
      return;
    }
    const request = { method: this.#method, headers: this.#headers, body, signal: this.#controller.signal, maxReplyBytes: MAX_NOTIFICATION_REPLY_BYTES };
    stack.send(this.#url, request).then(
      (reply) => {
        if (this.#controller.signal.aborted) return;
        const unanswered = reply.status === 200 ? unansweredMeta(body, reply.text) : undefined;
        // No status for that failure: CometD would give "HTTP 200" as its reason.
        if (unanswered) return this.#finish(NOTIFICATION_REASONS.unanswered(unanswered), this.onerror);
        this.status = reply.status;
        this.responseText = reply.text;
        this.#finish(reply.statusText, this.onload);
      },
      (error: unknown) => {
        if (this.#controller.signal.aborted) return;
        this.#finish(error instanceof Error ? (causeMessage(error) ?? error.message) : String(error), this.onerror);
      },
    );
  }

  abort(): void {
    if (this.readyState === StackXhr.DONE || this.#controller.signal.aborted) return;
    this.#controller.abort();
    queueMicrotask(() => this.#finish('abort', this.onerror));
  }

  #finish(statusText: string, callback: (() => void) | null): void {
    this.statusText = serverText(statusText);
    this.readyState = StackXhr.DONE;
    callback?.();
  }
}

/** fetch's "fetch failed" hides the useful part (ECONNREFUSED…) in its cause. */
function causeMessage(error: Error): string | undefined {
  return error.cause instanceof Error ? error.cause.message : undefined;
}

/**
 * The meta message of a request (handshake, connect, subscribe) that a readable reply does not
 * answer. CometD waits for that answer for ever: an HTTP 200 without it would leave the app
 * showing "connected" with no long poll running. As a failure, CometD retries it. A connect or
 * subscribe reply must carry the request's id too: CometD matches those by id and silently
 * ignores one that names another (a /meta/connect reply without its id left CometD with no long
 * poll at all, "connected" and deaf).
 */
function unansweredMeta(requestBody: string | undefined, replyText: string): string | undefined {
  const request = parseJson(requestBody ?? '');
  const reply = parseJson(replyText);
  if (!Array.isArray(request) || reply === undefined) return undefined;
  const replies = (Array.isArray(reply) ? reply : [reply]) as ({ channel?: unknown; id?: unknown } | null)[];
  const asked = (request as ({ channel?: unknown; id?: unknown } | null)[]).filter(
    (m): m is { channel: string; id?: unknown } => m?.channel === '/meta/handshake' || m?.channel === '/meta/connect' || m?.channel === '/meta/subscribe',
  );
  const answers = (m: { channel: string; id?: unknown }) => replies.some((r) => r?.channel === m.channel && (m.channel === '/meta/handshake' || r.id === m.id));
  return asked.find((m) => !answers(m))?.channel;
}
