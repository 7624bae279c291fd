// Every way a GWS request can fail, as one value with words a supervisor can act on. The client turns each
// failure into one of these once; nothing above main/gws sees an exception or a raw status.
import { GWS_PROBLEMS, GWS_STATUS_MEANINGS, NETWORK_REASONS } from '../../common/words';
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

export const statusError = (statusCode: number, statusMessage: string | undefined, httpStatus: number): GwsError => ({
  code: 'status',
  statusCode,
  httpStatus,
  message: GWS_PROBLEMS.refused(statusMessage ?? GWS_STATUS_MEANINGS[statusCode] ?? GWS_PROBLEMS.unknownStatus(statusCode)),
});

/** Node's TLS verification codes, all meaning "this certificate is not trusted here". */
const untrustedCertificate = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/;

/** Classifies what fetch threw: a timeout, a reply too large, a certificate refused, or the network. */
export function requestFailure(error: unknown, host: string, timeoutMs: number): GwsError {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return { code: 'timeout', message: GWS_PROBLEMS.timeout(host, timeoutMs) };
  }
  if (error instanceof ReplyTooLargeError) {
    return { code: 'too-large', message: GWS_PROBLEMS.tooLarge(host, error.limitBytes) };
  }
  const cause = innermostCode(error);
  if (cause && untrustedCertificate.test(cause.code)) {
    return { code: 'certificate', message: GWS_PROBLEMS.untrusted(host, cause.message) };
  }
  const reason = (cause && NETWORK_REASONS[cause.code]) ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return { code: 'network', message: GWS_PROBLEMS.unreachable(host, reason) };
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
