// Redaction for the diagnostic log (product.md item 11: passwords, cookies and tokens never
// reach a log). Two nets: the live secrets themselves (the password being used and its Basic
// credentials, registered by the session; every cookie value and CSRF token a reply hands out,
// registered by the HTTP stack) are masked wherever they appear, and so is anything that looks
// like a credential by its key or its shape, in case a secret was never registered.

const mask = '[redacted]';

/** Object keys whose values are secrets whatever they hold. */
const secretKey = /pass(word|wd)?|authorization|cookie|csrf|token|secret|jsessionid/i;

/** Credentials embedded in text: Basic headers, cookie pairs, CSRF headers, URL user info. */
const secretPatterns: readonly [RegExp, string][] = [
  [/\b(Basic|Bearer)\s+[A-Za-z0-9+/=._~-]+/gi, `$1 ${mask}`],
  // Matches a JSESSIONID in a URL too (;jsessionid=, ?jsessionid=, &jsessionid=): the query pattern needs no entry for it.
  [/\b(JSESSIONID|BAYEUX_BROWSER|AWSELB)=[^;,?&#\s"']*/gi, `$1=${mask}`],
  [/\b(X-CSRF-TOKEN)(["']?\s*[:=]\s*["']?)[^\s,;"'}]+/gi, `$1$2${mask}`],
  [/(\w+:\/\/)[^/\s:@]+:[^/\s@]+@/g, `$1${mask}@`],
  [/([?&;](?:pass(?:word|wd)?|pwd|token|access_token|secret|api_?key)=)[^&#;?\s"']*/gi, `$1${mask}`],
];

export class Redactor {
  private readonly secrets = new Set<string>();

  /** Masks this exact value from now on (too short a value would mask ordinary words). */
  addSecret(secret: string): void {
    if (secret.length >= 3) this.secrets.add(secret);
  }

  redact(value: unknown, depth = 0): unknown {
    if (typeof value === 'string') return this.redactText(value);
    if (value instanceof Error) {
      const copy = new Error(this.redactText(value.message));
      copy.name = value.name;
      copy.stack = value.stack === undefined ? undefined : this.redactText(value.stack);
      return copy;
    }
    if (value === null || typeof value !== 'object' || depth > 6) return value;
    if (Array.isArray(value)) return value.map((item) => this.redact(item, depth + 1));
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, secretKey.test(key) ? mask : this.redact(item, depth + 1)]),
    );
  }

  private redactText(text: string): string {
    let result = text;
    for (const secret of this.secrets) result = result.split(secret).join(mask);
    for (const [pattern, replacement] of secretPatterns) result = result.replace(pattern, replacement);
    return result;
  }
}
