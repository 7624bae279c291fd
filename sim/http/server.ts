// The one HTTP server: CometD at /api/v2/notifications, GWS REST under /api/v2, the scenario
// API under /sim. Whatever arrives, the answer is JSON and the server keeps running.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { GwsApi } from '../gws/api';
import { StatusCode } from '../model/gws-error';
import { bayeuxRequest } from '../notifications/bayeux';
import type { NotificationHub } from '../notifications/hub';
import { BodyTooLarge, parseJson, readBody } from './body';
import { jsonReply, send, type Reply } from './reply';

export interface Endpoints {
  gws: GwsApi;
  hub: NotificationHub;
  /** Where GWS is mounted now ('' or e.g. '/cloud-web'): /api/v2 is served only under it. */
  contextPath(): string;
  scenario(method: string, url: URL, text: string): Reply;
}

const notificationsPath = /^\/api\/v2\/notifications(\/|$)/;
const failure = (status: number, statusCode: number, statusMessage: string): Reply => jsonReply(status, { statusCode, statusMessage });

/** With `tls`, the same server over https (an on-premises GWS with its company's certificate). */
export function createHttpServer(endpoints: Endpoints, tls?: { key: string | Buffer; cert: string | Buffer }): http.Server {
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    dispatch(req, res, endpoints).catch((error: unknown) => {
      console.error('[sim] internal error:', error);
      send(res, failure(500, StatusCode.internalError, 'Internal error'));
    });
  };
  const server: http.Server = tls ? https.createServer(tls, listener) : http.createServer(listener);
  // Requests Node cannot even parse get a JSON 400 too.
  server.on('clientError', (_error, socket) => {
    const body = JSON.stringify({ statusCode: StatusCode.invalidState, statusMessage: 'Bad request' });
    if (socket.writable) {
      socket.end(`HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`);
    } else {
      socket.destroy();
    }
  });
  return server;
}

async function dispatch(req: IncomingMessage, res: ServerResponse, endpoints: Endpoints): Promise<void> {
  const url = requestUrl(req.url ?? '/');
  if (!url) return send(res, failure(400, StatusCode.invalidState, 'Bad request target'));
  let text: string;
  try {
    text = await readBody(req);
  } catch (error) {
    if (error instanceof BodyTooLarge) return send(res, failure(413, StatusCode.invalidState, error.message));
    return; // the client went away mid-request
  }
  const method = req.method ?? 'GET';
  // The scenario API is not GWS: it stays at the root whatever the context path.
  if (url.pathname.startsWith('/sim/')) return send(res, endpoints.scenario(method, url, text));
  const gwsUrl = underContextPath(url, endpoints.contextPath());
  if (gwsUrl && notificationsPath.test(gwsUrl.pathname)) return notifications(req, res, endpoints.hub, method, text);
  if (gwsUrl?.pathname.startsWith('/api/v2/')) return send(res, await endpoints.gws.handle(req, gwsUrl, text));
  send(res, failure(404, StatusCode.notFound, `No resource at ${url.pathname}`));
}

/** The URL with the context path taken off, or undefined for a URL outside it (a 404, as on a servlet container). */
function underContextPath(url: URL, contextPath: string): URL | undefined {
  if (contextPath === '') return url;
  if (!url.pathname.startsWith(`${contextPath}/`)) return undefined;
  const inner = new URL(url.href);
  inner.pathname = url.pathname.slice(contextPath.length);
  return inner;
}

function notifications(req: IncomingMessage, res: ServerResponse, hub: NotificationHub, method: string, text: string): void {
  if (method !== 'POST') return send(res, failure(405, StatusCode.invalidState, 'CometD takes POST'));
  const body = parseJson(text);
  const messages = body.ok ? bayeuxRequest.safeParse(body.value) : undefined;
  if (!messages?.success) return send(res, failure(400, StatusCode.invalidState, 'Not a Bayeux message array'));
  hub.handle(req, res, messages.data);
}

/** The request target as a URL; `//x` stays a path, an absolute-form target is taken as given. */
function requestUrl(target: string): URL | undefined {
  try {
    return target.startsWith('/') ? new URL(`http://sim.invalid${target}`) : new URL(target);
  } catch {
    return undefined;
  }
}
