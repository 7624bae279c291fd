// Sign-in, sign-out and silent re-authentication: the lifecycle of one GWS session, with its
// state and its events for the window, the tray and the supervisor domain (the next layer).
//
// Sign-in follows Genesys's own samples (docs/gws-notes.md, "Signing in"): GET /api/v2/me (auth, the
// JSESSIONID cookie, the CSRF token), then the CometD handshake and subscriptions, then
// StartContactCenterSession for voice, then the resync read, so no early event is missed.
// Sign-out: CometD disconnect, then EndContactCenterSession, which ends the HTTP session and so
// must come last (docs/gws-notes.md, "Signing in").
// When the session expires (statusCode 20 / HTTP 401 on a request, or a refused handshake), it
// signs in again once, silently, with the password it holds in memory; if GWS refuses that, it
// goes to signed-out with the reason.
import { EventEmitter } from 'node:events';
import { systemClock } from '../clock';
import type { z } from 'zod';
import { GwsClient, type Credentials, type GwsOperation } from '../gws/client';
import type { GwsError, GwsResult } from '../gws/gws-error';
import { HttpStack } from '../gws/http/http-stack';
import type { ProxyResolver } from '../gws/http/proxy';
import { loadTrust } from '../gws/http/trust';
import type { GwsMessage } from '../gws/messages';
import { NotificationChannel, type ConnectionState } from '../gws/notifications/channel';
import { defaultReconnectPolicy, ReconnectPolicy, type ReconnectPolicyOptions } from '../gws/notifications/reconnect-policy';
import type { MeSnapshot, User } from '../gws/resources';
import type { Log } from '../log/diagnostic-log';
import type { Redactor } from '../log/redact';
import { fail, ok, type Problem, type Result } from '../result';
import { credentialAccount, rememberedPassword, type CredentialStore } from './credential-store';
import { checkTransport } from './server-address';

export type SessionProblemCode =
  | GwsError['code']
  | 'invalid-server-url'
  | 'plain-http'
  | 'ca-file'
  | 'busy'
  | 'no-stored-password'
  | 'keychain-unavailable'
  | 'notifications-refused'
  | 'notifications-timeout'
  | 'reauthentication-failed';
export type SessionProblem = Problem<SessionProblemCode>;

export type SessionState =
  /** retry: the launch sign-in could not reach the server and tries again by itself in nextRetryInMs. */
  | { status: 'signed-out'; reason?: SessionProblem; retry?: { attempt: number; nextRetryInMs: number } }
  | { status: 'signing-in' }
  | { status: 'signed-in'; user: User; connection: ConnectionState }
  | { status: 'signing-out' };

export type SessionWarning = Problem<'password-not-remembered'>;

export interface SessionEvents {
  state: [SessionState];
  /** After sign-in and after every re-handshake: GWS's current devices and calls (docs/gws-notes.md, "Signing in"). */
  snapshot: [MeSnapshot];
  message: [GwsMessage];
  warning: [SessionWarning];
}

export interface SignInRequest {
  serverUrl: string;
  userName: string;
  password: string;
  /**
   * Keep the password in the keychain (true) or make sure it is not there (false); null leaves
   * the keychain alone (demo mode remembers nothing, so it has nothing to forget either).
   */
  remember: boolean | null;
  /** settings.trustedCaFile */
  trustedCaFile?: string | null;
  /** The user confirmed that this plain-http server has no TLS (server-address.ts). */
  withoutTls?: boolean;
}

export interface SessionDependencies {
  credentials: CredentialStore;
  log: Log;
  redactor: Redactor;
  /** Electron's session.resolveProxy in the app; none means direct connections. */
  resolveProxy?: ProxyResolver;
  /** REST timeout per request; default 10 s. */
  requestTimeoutMs?: number;
  /** How long sign-in waits for the notification channel; default 15 s. */
  handshakeTimeoutMs?: number;
  reconnectPolicy?: Partial<ReconnectPolicyOptions>;
}

/** What one signed-in session holds; dropped as a whole at sign-out. */
interface Live {
  serverUrl: string;
  credentials: Credentials;
  http: HttpStack;
  client: GwsClient;
  channel: NotificationChannel;
  user: User;
  /** Set by a re-authentication, cleared by the next successful subscription: "once". */
  reauthenticatedSinceSubscribe: boolean;
  reauthentication?: Promise<Result<void, SessionProblem>>;
}

const startVoice: GwsOperation = { operationName: 'StartContactCenterSession', channels: ['voice'] };

/** Failures of the launch sign-in that may mend by themselves: the server down, the network not up yet. */
const retriedAtLaunch: ReadonlySet<SessionProblemCode> = new Set(['network', 'timeout']);

export class SupervisorSession extends EventEmitter<SessionEvents> {
  private current: SessionState = { status: 'signed-out' };
  private live: Live | undefined;
  /** The wait before the launch sign-in's next try; stop() ends that loop. */
  private launchRetry: { timer: NodeJS.Timeout; stop: () => void } | undefined;

  constructor(private readonly deps: SessionDependencies) {
    super();
  }

  get state(): SessionState {
    return this.current;
  }

  /** The server address signed in to, as normalised (context path kept, no trailing slash). */
  get serverUrl(): string | undefined {
    return this.live?.serverUrl;
  }

  async signIn(request: SignInRequest): Promise<Result<User, SessionProblem>> {
    // The user's own sign-in replaces the launch sign-in's retries.
    this.stopLaunchRetry();
    if (this.current.status !== 'signed-out') {
      return fail({ code: 'busy', message: 'Already signed in (or signing in or out); sign out first.' });
    }
    const serverUrl = normaliseServerUrl(request.serverUrl);
    if (!serverUrl) {
      return fail({ code: 'invalid-server-url', message: `"${request.serverUrl}" is not a server address; use the form https://gws.example.com.` });
    }
    const transport = checkTransport(serverUrl, request.withoutTls ?? false);
    if (!transport.ok) return transport;
    this.deps.redactor.addSecret(request.password);
    // The Basic credentials too: quoted without "Basic " (a server echoing them), no pattern would catch them.
    this.deps.redactor.addSecret(Buffer.from(`${request.userName}:${request.password}`).toString('base64'));
    this.setState({ status: 'signing-in' });
    const signedIn = await this.connect(serverUrl, { userName: request.userName, password: request.password }, request.trustedCaFile ?? null);
    if (!signedIn.ok) {
      this.setState({ status: 'signed-out', reason: signedIn.error });
      return signedIn;
    }
    await this.applyRemember(credentialAccount(request.userName, serverUrl), request);
    return signedIn;
  }

  /** At launch: signs in with the password remembered in the keychain ("Remember me"). */
  async signInWithStoredPassword(request: Omit<SignInRequest, 'password' | 'remember'>): Promise<Result<User, SessionProblem>> {
    const serverUrl = normaliseServerUrl(request.serverUrl);
    const stored = serverUrl ? await rememberedPassword(this.deps.credentials, request.userName, serverUrl) : ok(null);
    if (!stored.ok) return stored;
    if (stored.value === null) {
      return fail({ code: 'no-stored-password', message: `No password is remembered for ${request.userName}; sign in with it.` });
    }
    return this.signIn({ ...request, password: stored.value, remember: true });
  }

  /**
   * At launch, with the remembered password. A server that cannot be reached (down, or the
   * network not up yet) is tried again with the notification channel's backoff, the state saying
   * when, until it answers or the user signs in or out; any other failure is final. A password
   * GWS refuses is forgotten (the keychain entry deleted), so no later launch sends it again.
   */
  async signInAtLaunch(request: Omit<SignInRequest, 'password' | 'remember'>): Promise<Result<User, SessionProblem>> {
    const policy = new ReconnectPolicy({ ...defaultReconnectPolicy, ...this.deps.reconnectPolicy }, systemClock);
    for (;;) {
      const result = await this.signInWithStoredPassword(request);
      if (!result.ok && result.error.code === 'auth') return this.forgetRefusedPassword(request, result.error);
      if (result.ok || !retriedAtLaunch.has(result.error.code)) return result;
      const attempt = policy.failed();
      const nextRetryInMs = policy.retryDelay(attempt);
      this.deps.log.warn(`Signing in at launch: ${result.error.message} Trying again in ${Math.round(nextRetryInMs / 1000)} s (attempt ${attempt}).`);
      this.setState({ status: 'signed-out', reason: result.error, retry: { attempt, nextRetryInMs } });
      const retry = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => {
          this.launchRetry = undefined;
          resolve(true);
        }, nextRetryInMs);
        this.launchRetry = { timer, stop: () => resolve(false) };
      });
      if (!retry) return result;
    }
  }

  private async forgetRefusedPassword(request: { serverUrl: string; userName: string }, refusal: SessionProblem): Promise<Result<User, SessionProblem>> {
    const forgotten = await this.forget(request);
    const problem: SessionProblem = {
      code: refusal.code,
      message: forgotten.ok
        ? `${refusal.message} The remembered password was refused, so it is forgotten: sign in with your current password.`
        : `${refusal.message} The remembered password could not be forgotten: ${forgotten.error.message}`,
    };
    if (this.current.status === 'signed-out') this.setState({ status: 'signed-out', reason: problem });
    return fail(problem);
  }

  /**
   * Deletes the remembered password of userName at serverUrl, in any state: signed out (the
   * sign-in screen's "Forget"), during the launch sign-in's retries (which stop: nothing is left
   * to try), or signed in (the session keeps the password it holds in memory until sign-out).
   */
  async forget(request: { serverUrl: string; userName: string }): Promise<Result<boolean, SessionProblem>> {
    this.stopLaunchRetry();
    const serverUrl = normaliseServerUrl(request.serverUrl);
    if (!serverUrl || !request.userName) return ok(false);
    return this.deps.credentials.delete(credentialAccount(request.userName, serverUrl));
  }

  /** CometD disconnect, then EndContactCenterSession last (docs/gws-notes.md, "Signing in"); forget deletes the keychain entry. */
  async signOut({ forget = false }: { forget?: boolean } = {}): Promise<void> {
    this.stopLaunchRetry();
    const live = this.live;
    if (!live || this.current.status !== 'signed-in') return;
    this.setState({ status: 'signing-out' });
    await this.detach(live);
    const ended = await live.client.operate('/api/v2/me', { operationName: 'EndContactCenterSession' });
    if (!ended.ok) this.deps.log.warn(`EndContactCenterSession failed: ${ended.error.message}`);
    await live.http.close();
    if (forget) {
      const deleted = await this.forget({ serverUrl: live.serverUrl, userName: live.credentials.userName });
      if (!deleted.ok) this.deps.log.warn(deleted.error.message);
    }
    this.setState({ status: 'signed-out' });
  }

  /**
   * A GWS operation on the user's resources (/api/v2/me, /me/devices/{id}, /me/calls/{id}, …).
   * An expired session is renewed once, silently, and the operation tried again.
   */
  operate(path: `/${string}`, operation: GwsOperation): Promise<GwsResult<Record<string, unknown>>> {
    return this.withSession((client) => client.operate(path, operation));
  }

  /** Retries the notification channel now rather than after its backoff; false if nothing was waiting. */
  reconnectNow(): boolean {
    return this.current.status === 'signed-in' && this.live !== undefined && this.live.channel.retryNow();
  }

  /** GET a resource of the contact center (users, devices…), checked against `schema`. */
  read<T>(path: `/${string}`, schema: z.ZodType<T>): Promise<GwsResult<T>> {
    return this.withSession((client) => client.read(path, schema));
  }

  /** Runs a request; an expired session is renewed once, silently, and the request sent again. */
  private async withSession<T>(request: (client: GwsClient) => Promise<GwsResult<T>>): Promise<GwsResult<T>> {
    const live = this.live;
    if (!live || this.current.status !== 'signed-in') {
      return fail({ code: 'session-expired', message: 'Not signed in to GWS.' });
    }
    const first = await request(live.client);
    if (first.ok || first.error.code !== 'session-expired') return first;
    const renewed = await this.reauthenticate(live);
    return renewed.ok ? request(live.client) : fail({ code: 'session-expired', message: renewed.error.message });
  }

  private async connect(serverUrl: string, credentials: Credentials, trustedCaFile: string | null): Promise<Result<User, SessionProblem>> {
    const { log } = this.deps;
    const trust = await loadTrust(trustedCaFile);
    if (!trust.ok) return trust;
    const http = await HttpStack.create({
      baseUrl: serverUrl,
      trust: trust.value,
      resolveProxy: this.deps.resolveProxy,
      log,
      onSecret: (value) => this.deps.redactor.addIssuedSecret(value),
    });
    const client = new GwsClient({ baseUrl: serverUrl, http, log, timeoutMs: this.deps.requestTimeoutMs });
    const me = await client.me(credentials);
    if (!me.ok) {
      await http.close();
      return me;
    }
    const channel = new NotificationChannel({ baseUrl: serverUrl, http, log, policy: this.deps.reconnectPolicy });
    const live: Live = { serverUrl, credentials, http, client, channel, user: me.value, reauthenticatedSinceSubscribe: false };
    // Wired before the handshake, so the messages StartContactCenterSession causes are not lost.
    this.live = live;
    this.wire(live);
    const ready = await this.firstSubscription(channel);
    const started = ready.ok ? await client.operate('/api/v2/me', startVoice) : ready;
    if (!started.ok) {
      await this.detach(live);
      await http.close();
      return started;
    }
    this.setState({ status: 'signed-in', user: me.value, connection: channel.state });
    await this.resync(live);
    return ok(me.value);
  }

  /** Starts the channel and waits for its first subscription, a refusal, or the timeout. */
  private firstSubscription(channel: NotificationChannel): Promise<Result<void, SessionProblem>> {
    const timeoutMs = this.deps.handshakeTimeoutMs ?? 15_000;
    return new Promise((resolve) => {
      const done = (result: Result<void, SessionProblem>) => {
        clearTimeout(timer);
        channel.off('subscribed', onSubscribed);
        channel.off('refused', onRefused);
        resolve(result);
      };
      const onSubscribed = () => done(ok(undefined));
      const onRefused = (reason: string) =>
        done(fail({ code: 'notifications-refused', message: `GWS refused the notification connection (${reason}). Try again; if it persists, tell your GWS administrator.` }));
      const timer = setTimeout(
        () => done(fail({ code: 'notifications-timeout', message: `GWS notifications did not connect within ${timeoutMs / 1000} s. Check your network or proxy, then sign in again.` })),
        timeoutMs,
      );
      channel.on('subscribed', onSubscribed);
      channel.on('refused', onRefused);
      channel.start();
    });
  }

  private wire(live: Live): void {
    const { channel } = live;
    channel.on('message', (message) => this.emit('message', message));
    channel.on('state', (connection) => {
      if (this.live === live && this.current.status === 'signed-in') this.setState({ ...this.current, connection });
    });
    channel.on('subscribed', () => {
      live.reauthenticatedSinceSubscribe = false;
      // During sign-in, connect() resyncs once StartContactCenterSession is done.
      if (this.current.status === 'signed-in') void this.resync(live);
    });
    channel.on('resumed', () => {
      if (this.live === live && this.current.status === 'signed-in') void this.resync(live);
    });
    channel.on('refused', (reason, stale) => void this.onHandshakeRefused(live, reason, stale));
  }

  private async onHandshakeRefused(live: Live, reason: string, stale: boolean): Promise<void> {
    if (stale) {
      // It carried the cookie of before the last sign-in: try the new one.
      live.channel.handshakeAgain();
      return;
    }
    if (live.reauthenticatedSinceSubscribe) {
      await this.end(live, {
        code: 'notifications-refused',
        message: `GWS refused the notification connection even after signing in again (${reason}). Sign in again; if it persists, tell your GWS administrator.`,
      });
      return;
    }
    await this.reauthenticate(live);
    // Signed in again, or GWS unreachable for now: handshake (paced); a refusal has ended the session.
    if (this.live === live) live.channel.handshakeAgain();
  }

  /**
   * Signs in again with the held password: GET /me with Basic auth (new cookie and CSRF token),
   * then StartContactCenterSession again. One at a time, shared by every caller. A refusal
   * ends the session; a network failure leaves it to the channel's retries.
   */
  private reauthenticate(live: Live): Promise<Result<void, SessionProblem>> {
    live.reauthentication ??= (async (): Promise<Result<void, SessionProblem>> => {
      this.deps.log.info('GWS session expired; signing in again');
      const me = await live.client.me(live.credentials);
      const started = me.ok ? await live.client.operate('/api/v2/me', startVoice) : me;
      if (started.ok) {
        live.reauthenticatedSinceSubscribe = true;
        live.channel.credentialsRenewed();
        return ok(undefined);
      }
      if (started.error.code === 'network' || started.error.code === 'timeout') return started;
      const problem: SessionProblem = {
        code: 'reauthentication-failed',
        message: `Your GWS session ended and signing in again failed: ${started.error.message}`,
      };
      await this.end(live, problem);
      return fail(problem);
    })().finally(() => {
      live.reauthentication = undefined;
    });
    return live.reauthentication;
  }

  private async resync(live: Live): Promise<void> {
    let snapshot = await live.client.snapshot();
    if (!snapshot.ok && snapshot.error.code === 'session-expired' && (await this.reauthenticate(live)).ok) {
      snapshot = await live.client.snapshot();
    }
    if (snapshot.ok && this.live === live) this.emit('snapshot', snapshot.value);
    else if (!snapshot.ok) this.deps.log.warn(`Resync failed: ${snapshot.error.message}`);
  }

  /** Session lost for good: stop everything and say why. */
  private async end(live: Live, reason: SessionProblem): Promise<void> {
    if (this.live !== live) return;
    this.deps.log.warn(`Signed out: ${reason.message}`);
    await this.detach(live);
    await live.http.close();
    this.setState({ status: 'signed-out', reason });
  }

  /** Stops the notifications; nothing from this session reaches the events any more. */
  private async detach(live: Live): Promise<void> {
    this.live = undefined;
    live.channel.removeAllListeners();
    await live.channel.stop();
  }

  /**
   * Ends the launch sign-in's wait for its next try, and the state's announcement of it: whatever
   * follows (a sign-out, a sign-in refused before it starts), nothing will try again by itself.
   */
  private stopLaunchRetry(): void {
    const retry = this.launchRetry;
    if (!retry) return;
    this.launchRetry = undefined;
    clearTimeout(retry.timer);
    retry.stop();
    if (this.current.status === 'signed-out' && this.current.retry) {
      this.setState({ status: 'signed-out', ...(this.current.reason && { reason: this.current.reason }) });
    }
  }

  private async applyRemember(account: string, request: SignInRequest): Promise<void> {
    const { credentials, log } = this.deps;
    if (request.remember === null) return;
    if (!request.remember) {
      const deleted = await credentials.delete(account);
      if (!deleted.ok) log.warn(deleted.error.message);
      return;
    }
    const stored = await credentials.set(account, request.password);
    if (!stored.ok) this.emit('warning', { code: 'password-not-remembered', message: `Password not remembered: ${stored.error.message}` });
  }

  private setState(state: SessionState): void {
    this.current = state;
    // The password and the cookies belong to the session: none outlives it in the redactor.
    if (state.status === 'signed-out') this.deps.redactor.forgetSecrets();
    this.emit('state', state);
  }
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
