// A plain HTTP client for tests, doing what a GWS client must: Basic on the first request, then
// the JSESSIONID cookie, and the CSRF token from the last GET on every POST (docs/gws-notes.md, "Signing in").
// Deliberately not the app's client: the simulator is tested on its own terms.
import type { CallResource, DeviceResource, GwsBody } from './gws-types';

export interface GwsResponse<B = GwsBody> {
  status: number;
  headers: Headers;
  /** Parsed JSON (the text, when the body is not JSON). */
  body: B;
}

export interface RequestOptions {
  /** Leave out the CSRF header. */
  noCsrf?: boolean;
  /** Send this text as the body, as is. */
  raw?: string;
  headers?: Record<string, string>;
}

export class GwsClient {
  cookie: string | undefined;
  csrfToken: string | undefined;

  constructor(
    readonly baseUrl: string,
    readonly userName: string,
    readonly password = 'demo123',
  ) {}

  get(path: string, options: RequestOptions = {}): Promise<GwsResponse> {
    return this.request('GET', path, undefined, options);
  }

  post(path: string, body: unknown, options: RequestOptions = {}): Promise<GwsResponse> {
    return this.request('POST', path, body, options);
  }

  async request(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<GwsResponse> {
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    if (this.cookie) headers.Cookie = this.cookie;
    if (!this.cookie) {
      headers.Authorization = `Basic ${Buffer.from(`${this.userName}:${this.password}`).toString('base64')}`;
    }
    if (this.csrfToken && !options.noCsrf) headers['X-CSRF-TOKEN'] = this.csrfToken;
    const text = options.raw ?? (body === undefined ? undefined : JSON.stringify(body));
    if (text !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(`${this.baseUrl}${path}`, { method, headers, ...(text !== undefined && { body: text }) });
    const session = res.headers.getSetCookie().find((c) => c.startsWith('JSESSIONID='));
    if (session) {
      const value = session.split(';')[0] ?? '';
      this.cookie = value === 'JSESSIONID=' ? undefined : value;
    }
    const token = res.headers.get('x-csrf-token');
    if (token) this.csrfToken = token;
    return { status: res.status, headers: res.headers, body: parse(await res.text()) as GwsBody };
  }

  /** GET /api/v2/me with credentials: opens the session, learns the CSRF token. */
  async signIn(): Promise<GwsResponse> {
    return this.get('/api/v2/me');
  }

  /** Signs in and starts the contact center session on the voice channel. */
  async startSession(): Promise<void> {
    if (!this.cookie) await this.signIn();
    const res = await this.post('/api/v2/me', { operationName: 'StartContactCenterSession', channels: ['voice'] });
    // "0" under the statusCode-as-a-string variation.
    if (String(res.body.statusCode) !== '0') throw new Error(`StartContactCenterSession failed: ${JSON.stringify(res.body)}`);
  }

  async myDevice(): Promise<DeviceResource> {
    const device = (await this.get('/api/v2/me/devices')).body.devices?.[0];
    if (!device) throw new Error(`${this.userName} has no device`);
    return device;
  }

  async myCalls(): Promise<CallResource[]> {
    return (await this.get('/api/v2/me/calls')).body.calls ?? [];
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The scenario API: plain JSON, no authentication. */
export async function sim<B = Record<string, unknown>>(baseUrl: string, method: string, path: string, body?: unknown): Promise<GwsResponse<B>> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  return { status: res.status, headers: res.headers, body: parse(await res.text()) as B };
}
