// What the app says when a request to GWS fails: the network, the certificate, the reply, and
// GWS's refusals. Which failure it is is main/gws's (gws-error.ts, client.ts, http/); text from
// the server comes in bounded.

/** Reference section 5, for a non-zero statusCode that comes without a statusMessage. */
export const GWS_STATUS_MEANINGS: Readonly<Record<number, string>> = {
  1: 'a required parameter is missing',
  2: 'the request is not valid in the current state',
  3: 'the operation is forbidden',
  4: 'GWS or one of its back ends had an internal error',
  5: 'you do not have permission for this operation',
  6: 'the resource was not found',
  20: 'you are not signed in',
};

/** Words for the connection errors Node reports by code. */
export const NETWORK_REASONS: Readonly<Record<string, string>> = {
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

const megabytes = (bytes: number): number => bytes / (1024 * 1024);

export const GWS_PROBLEMS = {
  refused: (reason: string): string => `GWS refused the request: ${reason}.`,
  unknownStatus: (statusCode: number): string => `statusCode ${statusCode}`,
  timeout: (host: string, timeoutMs: number): string =>
    `The GWS server at ${host} did not answer within ${timeoutMs / 1000} s. Try again; if it persists, the server may be overloaded.`,
  tooLarge: (host: string, limitBytes: number): string =>
    `The GWS server at ${host} sent a reply of more than ${megabytes(limitBytes)} MB; it was refused. If it persists, tell your GWS administrator.`,
  untrusted: (host: string, reason: string): string =>
    `The certificate of the GWS server at ${host} is not trusted (${reason}). If your company uses its own certificate authority, give its file as the trusted CA certificate file (on the sign-in form, or in Settings).`,
  unreachable: (host: string, reason: string): string =>
    `Cannot reach the GWS server at ${host}: ${reason}. Check the server address and your network connection.`,
  badCredentials: (said: string | undefined): string =>
    `GWS did not accept the user name or password (${said ?? 'access denied'}). Check them and sign in again.`,
  sessionEnded: 'The GWS session has ended.',
  noGwsAt: (baseUrl: string, host: string): string =>
    `No GWS answered at ${baseUrl} (HTTP 404 for /api/v2/me). Check the server address: GWS is often published under a path, such as https://${host}/cloud-web.`,
  httpError: (host: string, status: number, statusText: string): string =>
    `The GWS server at ${host} answered with an error (HTTP ${status}${statusText ? ` ${statusText}` : ''}). Try again; if it persists, tell your GWS administrator.`,
  malformed: (host: string, detail: string): string => `The GWS server at ${host} sent a reply the app cannot read (${detail}).`,
  /** The team reply's reader (a worker thread for a large team) failed before judging it. */
  unreadable: (host: string, detail: string): string => `The app could not read the reply of the GWS server at ${host} (${detail}).`,
  /** The reasons of the HTTP stack's own refusals, which the sentences above name. */
  offServer: (host: string | undefined): string => `the app sends requests only to the configured server, not to ${host ?? 'another address'}`,
  replyTooLarge: (limitBytes: number): string => `GWS sent a reply of more than ${megabytes(limitBytes)} MB; it was refused`,
};

/** Why the notification channel connects again: the reason the connection notices and the tray name. */
export const NOTIFICATION_REASONS = {
  noReply: 'no reply from GWS in time',
  unanswered: (what: string): string => `GWS answered without a reply to ${what}`,
  noReconnect: 'GWS advised not to reconnect',
};
