// Redaction for the diagnostic log (passwords, cookies and tokens never
// reach a log). Two nets: the live secrets themselves (the password being used and its Basic
// credentials, registered by the session; every cookie value and CSRF token a reply hands out,
// registered by the HTTP stack) are masked wherever they appear, and so is anything that looks
// like a credential by its key or its shape, in case a secret was never registered.
//
// It runs on the main loop for every line logged, and what it reads may come from a hostile
// server: each string is cut to MAX_LOGGED_TEXT first, and every pattern runs in linear time
// (scripts/linear-patterns.test.ts runs them on 1 MB of adversarial text).

const mask = '[redacted]';

/** The longest string a log line keeps; server text is cut shorter where it is read (main/gws/server-text.ts). */
export const MAX_LOGGED_TEXT = 4096;
export const CUT_MARK = '…(cut)';
/** How far past the cut a token (a cookie, a URL) is kept whole, so no credential is cut in two and escapes its pattern. */
const TOKEN_SLACK = 256;
/** The user's own credentials held at once: the password and its Basic form, for one sign-in. */
const MAX_TYPED_SECRETS = 8;
/** Values the server handed out (cookies, CSRF tokens) held at once: the newest are kept. */
export const MAX_ISSUED_SECRETS = 64;
/** Items of an array, or entries of an object, a log line keeps. */
const MAX_ITEMS = 1000;

/** Object keys whose values are secrets whatever they hold. */
const secretKey = /pass(word|wd)?|authorization|cookie|csrf|token|secret|jsessionid/i;

/** Credentials embedded in text: Basic headers, cookie pairs, CSRF headers, URL user info. */
const secretPatterns: readonly [RegExp, string][] = [
  [/\b(Basic|Bearer)\s+[A-Za-z0-9+/=._~-]+/gi, `$1 ${mask}`],
  // Matches a JSESSIONID in a URL too (;jsessionid=, ?jsessionid=, &jsessionid=): the query pattern needs no entry for it.
  [/\b(JSESSIONID|BAYEUX_BROWSER|AWSELB)=[^;,?&#\s"']*/gi, `$1=${mask}`],
  [/\b(X-CSRF-TOKEN)(["']?\s*[:=]\s*["']?)[^\s,;"'}]+/gi, `$1$2${mask}`],
  // The scheme starts where no scheme character precedes it and has at most 32: `\w+://` tried
  // from every letter of a long word took time quadratic in its length (issue 15, finding 1).
  [/(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]{0,31}:\/\/)[^/\s:@]+:[^/\s@]+@/g, `$1${mask}@`],
  [/([?&;](?:pass(?:word|wd)?|pwd|token|access_token|secret|api_?key)=)[^&#;?\s"']*/gi, `$1${mask}`],
];

export class Redactor {
  readonly #typed = new Set<string>();
  readonly #issued = new Set<string>();

  /** Masks this credential of the user's (a password) until forgetSecrets; too short a value would mask ordinary words. */
  addSecret(secret: string): void {
    remember(this.#typed, secret, MAX_TYPED_SECRETS);
  }

  /** Masks this value the server handed out (a cookie, a token) until forgetSecrets or until newer ones push it out. */
  addIssuedSecret(secret: string): void {
    remember(this.#issued, secret, MAX_ISSUED_SECRETS);
  }

  /** At sign-out: the secrets belong to the session, and none outlives it in memory. */
  forgetSecrets(): void {
    this.#typed.clear();
    this.#issued.clear();
  }

  redact(value: unknown, depth = 0): unknown {
    if (typeof value === 'string') return this.#redactText(value);
    if (value instanceof Error) {
      const copy = new Error(this.#redactText(value.message));
      copy.name = value.name;
      copy.stack = value.stack === undefined ? undefined : this.#redactText(value.stack);
      return copy;
    }
    if (value === null || typeof value !== 'object' || depth > 6) return value;
    if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map((item) => this.redact(item, depth + 1));
    return Object.fromEntries(
      Object.entries(value)
        .slice(0, MAX_ITEMS)
        .map(([key, item]) => [key, secretKey.test(key) ? mask : this.redact(item, depth + 1)]),
    );
  }

  #redactText(text: string): string {
    const end = this.#cutAt(text);
    let result = text.slice(0, end);
    for (const secret of [...this.#typed, ...this.#issued]) result = result.split(secret).join(mask);
    for (const [pattern, replacement] of secretPatterns) result = result.replace(pattern, replacement);
    return end < text.length ? `${result}${CUT_MARK}` : result;
  }

  /** Where a long text is cut: past MAX_LOGGED_TEXT at the end of the token there, and never inside a secret. */
  #cutAt(text: string): number {
    if (text.length <= MAX_LOGGED_TEXT) return text.length;
    const space = text.slice(MAX_LOGGED_TEXT, MAX_LOGGED_TEXT + TOKEN_SLACK).search(/\s+/);
    let end = MAX_LOGGED_TEXT + Math.max(space, 0);
    for (const secret of [...this.#typed, ...this.#issued]) {
      const from = Math.max(0, end - secret.length + 1);
      const at = text.slice(from, end + secret.length - 1).indexOf(secret);
      if (at >= 0) end = from + at + secret.length;
    }
    return end;
  }
}

/** Adds `secret` as the newest of `set`, dropping the oldest past `cap`. */
function remember(set: Set<string>, secret: string, cap: number): void {
  if (secret.length < 3) return;
  set.delete(secret);
  set.add(secret);
  if (set.size > cap) set.delete(set.values().next().value as string);
}
