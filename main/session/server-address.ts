// Whether a server address may carry the password: https always; plain http only to this
// machine (the simulator, a tunnel) or when the user has said at sign-in that the server has no
// TLS. Otherwise the password and the session cookie would cross the network readable.
import { fail, ok, type Problem, type Result } from '../result';
import { SIGN_IN_PROBLEMS } from '../../common/words';

export type PlainHttpProblem = Problem<'plain-http'>;

/** localhost, 127.0.0.0/8 and ::1: traffic that never leaves the machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** Plain http to another machine: what the connection bar flags as not encrypted. */
export function isUnencrypted(serverUrl: string): boolean {
  try {
    const url = new URL(serverUrl);
    return url.protocol === 'http:' && !isLoopbackHost(url.hostname);
  } catch {
    return false;
  }
}

/** `serverUrl` is already normalised (a parseable http or https URL). */
export function checkTransport(serverUrl: string, withoutTlsConfirmed: boolean): Result<void, PlainHttpProblem> {
  if (!isUnencrypted(serverUrl) || withoutTlsConfirmed) return ok(undefined);
  return fail({
    code: 'plain-http',
    message: SIGN_IN_PROBLEMS.plainHttp(serverUrl),
  });
}

/** http(s)://host[:port][/path] without a trailing slash, or undefined. */
/** The server address as the session, the keychain account and settings all spell it. */
export function normaliseServerUrl(input: string): string | undefined {
  try {
    const url = new URL(input.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    // Only from the start of a run of slashes: `\/+$` tried from each slash is quadratic in the run.
    return `${url.origin}${url.pathname.replace(/(?<!\/)\/+$/, '')}`;
  } catch {
    return undefined;
  }
}
