// The session's cookies, shared by REST and CometD (one jar, so a JSESSIONID learned when the
// app signs in again reaches the next handshake). Every server cookie is kept: CometD's own
// BAYEUX_BROWSER cookie must come back on /meta/connect, or the server answers 402 and the
// client re-handshakes in a hot loop (docs/architecture.md, "Network"). One jar serves one GWS
// server, whose cookies all live at Path=/, so names are the only key: a cookie set again
// replaces its old value.
//
// Bounded, as a hostile server could otherwise fill it (and the redactor, which is told every
// value: main/log/redact.ts keeps the newest MAX_ISSUED_SECRETS, more than this jar holds).

/** Cookies kept at once: GWS sets two or three; the first ones, the session's, are never pushed out. */
export const MAX_COOKIES = 32;
/** The size a cookie (name and value) may have: browsers keep at least this much (RFC 6265, 6.1) and refuse more. */
export const MAX_COOKIE_BYTES = 4096;

export class CookieJar {
  readonly #cookies = new Map<string, string>();

  /** Takes each Set-Cookie of a reply; Max-Age<=0 or a past Expires removes the cookie; one too big, or new past the cap, is not kept. */
  store(setCookies: readonly string[], now = Date.now()): void {
    for (const header of setCookies) {
      const [pair = '', ...attributes] = header.split(';');
      const equals = pair.indexOf('=');
      if (equals <= 0) continue;
      const name = pair.slice(0, equals).trim();
      const value = pair.slice(equals + 1).trim();
      if (isExpired(attributes, now)) this.#cookies.delete(name);
      else if (name.length + value.length > MAX_COOKIE_BYTES) continue;
      else if (this.#cookies.has(name) || this.#cookies.size < MAX_COOKIES) this.#cookies.set(name, value);
    }
  }

  /** The values held: each is a credential of the session. */
  values(): string[] {
    return [...this.#cookies.values()];
  }

  /** The Cookie request header, or undefined when the jar is empty. */
  header(): string | undefined {
    if (this.#cookies.size === 0) return undefined;
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

function isExpired(attributes: string[], now: number): boolean {
  for (const attribute of attributes) {
    const [key = '', value = ''] = attribute.split('=').map((part) => part.trim());
    if (/^max-age$/i.test(key) && Number(value) <= 0) return true;
    if (/^expires$/i.test(key) && Date.parse(value) <= now) return true;
  }
  return false;
}
