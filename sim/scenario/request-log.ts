// The last GWS requests received, for GET /sim/requests; passwords never stored.
import type { ParsedBody } from '../http/body';

export interface LoggedRequest {
  time: string;
  method: string;
  path: string;
  body?: unknown;
  userName?: string;
  status?: number;
}

export const requestLogCapacity = 1000;

export class RequestLog {
  #entries: LoggedRequest[] = [];

  record(entry: LoggedRequest): LoggedRequest {
    this.#entries.push(entry);
    if (this.#entries.length > requestLogCapacity) this.#entries.splice(0, this.#entries.length - requestLogCapacity);
    return entry;
  }

  list(): readonly LoggedRequest[] {
    return this.#entries;
  }

  clear(): void {
    this.#entries = [];
  }
}

/** The operationName of each POST in the log, in order: what a client asked GWS to do. */
export function operationNames(requests: readonly LoggedRequest[]): string[] {
  return requests.flatMap((r) => {
    const body = r.body as { operationName?: unknown } | undefined;
    return r.method === 'POST' && typeof body?.operationName === 'string' ? [body.operationName] : [];
  });
}

const passwordKey = /pass(word)?|secret/i;
export const mask = '********';

/** A body for the log: JSON with every password-like field masked, or the raw text likewise. */
export function maskedBody(text: string, parsed: ParsedBody): unknown {
  if (text === '') return undefined;
  if (!parsed.ok) return text.slice(0, 2000).replace(/(pass(?:word)?["']?\s*[:=]\s*["']?)[^"'&,}\s]*/gi, `$1${mask}`);
  return maskValue(parsed.value);
}

function maskValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskValue);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, passwordKey.test(key) ? mask : maskValue(v)]));
}
