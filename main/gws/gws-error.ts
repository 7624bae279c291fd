// Every way a GWS request can fail, as one value with words a supervisor can act on. The client turns each
// failure into one of these once; nothing above main/gws sees an exception or a raw status.
import type { Problem, Result } from '../result';
import { ReplyTooLargeError } from './http/http-stack';

export type GwsErrorCode =
  /** The user name or password was refused (HTTP 401 or statusCode 20 to a request with credentials). */
  | 'auth'
  /** The HTTP session ended (HTTP 401 or statusCode 20 to a request with the cookie only). */
  | 'session-expired'
  /** HTTP 403: a missing or stale CSRF token (docs/gws-notes.md, "Signing in") or a refused operation. */
  | 'forbidden'
  /** A non-zero GWS statusCode (docs/gws-notes.md, "Replies"), with the server's statusMessage. */
  | 'status'
  /** An HTTP error status without a GWS body (a proxy's or load balancer's error page). */
  | 'http'
  | 'network'
  | 'certificate'
  | 'timeout'
  /** A reply that is not the JSON GWS sends. */
  | 'malformed'
  /** A reply bigger than the app reads (http-stack.ts, MAX_REST_REPLY_BYTES): not read to its end. */
  | 'too-large';

export interface GwsError extends Problem<GwsErrorCode> {
  /** The GWS statusCode, when the server sent one. */
  readonly statusCode?: number;
  readonly httpStatus?: number;
}

export type GwsResult<T> = Result<T, GwsError>;

/** Reference section 5, for a non-zero statusCode that comes without a statusMessage. */
const statusMeanings: Record<number, string> = {
  1: 'a required parameter is missing',
  2: 'the request is not valid in the current state',
  3: 'the operation is forbidden',
  4: 'GWS or one of its back ends had an internal error',
  5: 'you do not have permission for this operation',
  6: 'the resource was not found',
  20: 'you are not signed in',
};

export const statusError = (statusCode: number, statusMessage: string | undefined, httpStatus: number): GwsError => ({
  code: 'status',
  statusCode,
  httpStatus,
  message: `GWS refused the request: ${statusMessage ?? statusMeanings[statusCode] ?? `statusCode ${statusCode}`}.`,
});

/** Words for the connection errors Node reports by code. */
const networkReasons: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'unknown host name',
  EAI_AGAIN: 'host name lookup failed',
  ECONNRESET: 'the connection was closed',
  UND_ERR_SOCKET: 'the connection was closed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'the connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
};

/** Node's TLS verification codes, all meaning "this certificate is not trusted here". */
const untrustedCertificate = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/;

/** Classifies what fetch threw: a timeout, a reply too large, a certificate refused, or the network. */
export function requestFailure(error: unknown, host: string, timeoutMs: number): GwsError {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return {
      code: 'timeout',
      message: `The GWS server at ${host} did not answer within ${timeoutMs / 1000} s. Try again; if it persists, the server may be overloaded.`,
    };
  }
  if (error instanceof ReplyTooLargeError) {
    return {
      code: 'too-large',
      message: `The GWS server at ${host} sent a reply of more than ${error.limitBytes / (1024 * 1024)} MB; it was refused. If it persists, tell your GWS administrator.`,
    };
  }
  const cause = innermostCode(error);
  if (cause && untrustedCertificate.test(cause.code)) {
    return {
      code: 'certificate',
      message: `The certificate of the GWS server at ${host} is not trusted (${cause.message}). If your company uses its own certificate authority, give its file as the trusted CA certificate file (on the sign-in form, or in Settings).`,
    };
  }
  const reason = (cause && networkReasons[cause.code]) ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return { code: 'network', message: `Cannot reach the GWS server at ${host}: ${reason}. Check the server address and your network connection.` };
}

/** fetch wraps the socket's error in TypeError("fetch failed"); the code is on a cause. */
function innermostCode(error: unknown): { code: string; message: string } | undefined {
  let found: { code: string; message: string } | undefined;
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    const code = (current as NodeJS.ErrnoException).code;
    if (typeof code === 'string') found = { code, message: current.message };
  }
  return found;
}
