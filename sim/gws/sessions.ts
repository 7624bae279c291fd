// HTTP sessions: the JSESSIONID cookie and the CSRF token bound to it (docs/gws-notes.md, "Signing in").
import { randomBytes, randomUUID } from 'node:crypto';

const sessionCookieName = 'JSESSIONID';

export interface HttpSession {
  id: string;
  userId: string;
  csrfToken: string;
}

export class SessionStore {
  readonly #sessions = new Map<string, HttpSession>();
  readonly #endListeners: ((session: HttpSession) => void)[] = [];

  create(userId: string): HttpSession {
    const session = { id: randomBytes(16).toString('hex').toUpperCase(), userId, csrfToken: randomUUID() };
    this.#sessions.set(session.id, session);
    return session;
  }

  get(id: string | undefined): HttpSession | undefined {
    return id === undefined ? undefined : this.#sessions.get(id);
  }

  /** The session named by a request's Cookie header, if it is still alive. */
  fromCookieHeader(header: string | undefined): HttpSession | undefined {
    return this.get(cookieValue(header, sessionCookieName));
  }

  end(id: string): void {
    const session = this.#sessions.get(id);
    if (!session) return;
    this.#sessions.delete(id);
    for (const listener of this.#endListeners) listener(session);
  }

  endAll(): void {
    for (const id of [...this.#sessions.keys()]) this.end(id);
  }

  endAllOf(userId: string): void {
    for (const session of [...this.#sessions.values()]) if (session.userId === userId) this.end(session.id);
  }

  onEnd(listener: (session: HttpSession) => void): void {
    this.#endListeners.push(listener);
  }

  get size(): number {
    return this.#sessions.size;
  }
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const [key, ...value] = pair.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

export const sessionCookie = (session: HttpSession, path: string): string => `${sessionCookieName}=${session.id}; Path=${path}; HttpOnly`;

export const expiredSessionCookie = (path: string): string => `${sessionCookieName}=; Path=${path}; Max-Age=0; HttpOnly`;
