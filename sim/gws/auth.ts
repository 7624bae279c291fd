// Who is asking: HTTP Basic opens a session, the JSESSIONID cookie alone continues it
// (docs/gws-notes.md, "Signing in"); CSRF guards every modifying request (docs/gws-notes.md, "Signing in").
import type { IncomingMessage } from 'node:http';
import type { Directory } from '../model/directory';
import { GwsError, StatusCode } from '../model/gws-error';
import type { User } from '../model/types';
import type { HttpSession, SessionStore } from './sessions';

export interface Authenticated {
  session: HttpSession;
  user: User;
  /** A session opened by this request: the reply must set its cookie. */
  opened: boolean;
}

export const accessDenied = (): GwsError => new GwsError(StatusCode.notAuthenticated, 'Access denied');

export function authenticate(req: IncomingMessage, sessions: SessionStore, directory: Directory): Authenticated {
  const current = sessions.fromCookieHeader(req.headers.cookie);
  const authorization = req.headers.authorization;
  if (authorization !== undefined) {
    const user = checkBasic(authorization, directory);
    if (!user) throw accessDenied();
    if (current?.userId === user.id) return { session: current, user, opened: false };
    return { session: sessions.create(user.id), user, opened: true };
  }
  const user = current && directory.users.get(current.userId);
  if (!current || !user) throw accessDenied();
  return { session: current, user, opened: false };
}

function checkBasic(header: string, directory: Directory): User | undefined {
  const [scheme, encoded] = header.split(' ');
  if (scheme?.toLowerCase() !== 'basic' || !encoded) return undefined;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const user = directory.userByName(decoded.slice(0, colon));
  return user?.password === decoded.slice(colon + 1) ? user : undefined;
}

// --- CSRF (docs/gws-notes.md, "Signing in") ---

/** The name GWS tells clients to send the token under (header X-CSRF-HEADER). */
const csrfTokenHeader = 'X-CSRF-TOKEN';

export const csrfHeaders = (session: HttpSession): Record<string, string> => ({
  'X-CSRF-HEADER': csrfTokenHeader,
  [csrfTokenHeader]: session.csrfToken,
});

export const isModifying = (method: string): boolean => ['POST', 'PUT', 'DELETE', 'PATCH'].includes(method);

/** The token must match the session named by the cookie: no cookie, no pass (docs/gws-notes.md, "Signing in"). */
export function csrfAccepted(req: IncomingMessage, sessions: SessionStore): boolean {
  const session = sessions.fromCookieHeader(req.headers.cookie);
  return session !== undefined && req.headers[csrfTokenHeader.toLowerCase()] === session.csrfToken;
}
