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
import type { z } from 'zod';
import type { GwsClient, Credentials, GwsOperation } from '../gws/client';
import type { DecodedReply } from '../gws/gws-body';
import type { GwsResult } from '../gws/gws-error';
import type { User } from '../gws/resources';
import { fail, ok, type Result } from '../result';
import { credentialAccount, rememberedPassword } from './credential-store';
import { firstSubscription } from './first-subscription';
import { LaunchSignIn, type LaunchRequest } from './launch-sign-in';
import { openLive, type Live } from './live-session';
import { checkTransport, normaliseServerUrl } from './server-address';
import type { SessionDependencies, SessionEvents, SessionProblem, SessionState, SignInRequest } from './session-state';
import { SIGN_IN_PROBLEMS } from '../../common/words';

export type { SessionDependencies, SessionEvents, SessionProblem, SessionProblemCode, SessionState, SessionWarning, SignInRequest } from './session-state';

const startVoice: GwsOperation = { operationName: 'StartContactCenterSession', channels: ['voice'] };

export class SupervisorSession extends EventEmitter<SessionEvents> {
  readonly #deps: SessionDependencies;
  #current: SessionState = { status: 'signed-out' };
  #live: Live | undefined;
  readonly #launch: LaunchSignIn;

  constructor(deps: SessionDependencies) {
    super();
    this.#deps = deps;
    this.#launch = new LaunchSignIn({
      log: deps.log,
      reconnectPolicy: deps.reconnectPolicy,
      signInWithStoredPassword: (request) => this.signInWithStoredPassword(request),
      forget: (request) => this.forget(request),
      state: () => this.#current,
      setState: (state) => this.#setState(state),
    });
  }

  get state(): SessionState {
    return this.#current;
  }

  /** The server address signed in to, as normalised (context path kept, no trailing slash). */
  get serverUrl(): string | undefined {
    return this.#live?.serverUrl;
  }

  async signIn(request: SignInRequest): Promise<Result<User, SessionProblem>> {
    // The user's own sign-in replaces the launch sign-in's retries.
    this.#launch.stop();
    if (this.#current.status !== 'signed-out') {
      return fail({ code: 'busy', message: SIGN_IN_PROBLEMS.busy });
    }
    const serverUrl = normaliseServerUrl(request.serverUrl);
    if (!serverUrl) {
      return fail({ code: 'invalid-server-url', message: SIGN_IN_PROBLEMS.notAnAddress(request.serverUrl) });
    }
    const transport = checkTransport(serverUrl, request.withoutTls ?? false);
    if (!transport.ok) return transport;
    this.#deps.redactor.addSecret(request.password);
    // The Basic credentials too: quoted without "Basic " (a server echoing them), no pattern would catch them.
    this.#deps.redactor.addSecret(Buffer.from(`${request.userName}:${request.password}`).toString('base64'));
    this.#setState({ status: 'signing-in' });
    const signedIn = await this.#connect(serverUrl, { userName: request.userName, password: request.password }, request.trustedCaFile ?? null);
    if (!signedIn.ok) {
      this.#setState({ status: 'signed-out', reason: signedIn.error });
      return signedIn;
    }
    await this.#applyRemember(credentialAccount(request.userName, serverUrl), request);
    return signedIn;
  }

  /** At launch: signs in with the password remembered in the keychain ("Remember me"). */
  async signInWithStoredPassword(request: LaunchRequest): Promise<Result<User, SessionProblem>> {
    const serverUrl = normaliseServerUrl(request.serverUrl);
    const stored = serverUrl ? await rememberedPassword(this.#deps.credentials, request.userName, serverUrl) : ok(null);
    if (!stored.ok) return stored;
    if (stored.value === null) {
      return fail({ code: 'no-stored-password', message: SIGN_IN_PROBLEMS.noStoredPassword(request.userName) });
    }
    return this.signIn({ ...request, password: stored.value, remember: true });
  }

  /** At launch, with the remembered password: see LaunchSignIn. */
  signInAtLaunch(request: LaunchRequest): Promise<Result<User, SessionProblem>> {
    return this.#launch.run(request);
  }

  /**
   * Deletes the remembered password of userName at serverUrl, in any state: signed out (the
   * sign-in screen's "Forget"), during the launch sign-in's retries (which stop: nothing is left
   * to try), or signed in (the session keeps the password it holds in memory until sign-out).
   */
  async forget(request: { serverUrl: string; userName: string }): Promise<Result<boolean, SessionProblem>> {
    this.#launch.stop();
    const serverUrl = normaliseServerUrl(request.serverUrl);
    if (!serverUrl || !request.userName) return ok(false);
    return this.#deps.credentials.delete(credentialAccount(request.userName, serverUrl));
  }

  /** CometD disconnect, then EndContactCenterSession last (docs/gws-notes.md, "Signing in"); forget deletes the keychain entry. */
  async signOut({ forget = false }: { forget?: boolean } = {}): Promise<void> {
    this.#launch.stop();
    const live = this.#live;
    if (!live || this.#current.status !== 'signed-in') return;
    this.#setState({ status: 'signing-out' });
    await this.#detach(live);
    const ended = await live.client.operate('/api/v2/me', { operationName: 'EndContactCenterSession' });
    if (!ended.ok) this.#deps.log.warn(`EndContactCenterSession failed: ${ended.error.message}`);
    await live.http.close();
    if (forget) {
      const deleted = await this.forget({ serverUrl: live.serverUrl, userName: live.credentials.userName });
      if (!deleted.ok) this.#deps.log.warn(deleted.error.message);
    }
    this.#setState({ status: 'signed-out' });
  }

  /**
   * A GWS operation on the user's resources (/api/v2/me, /me/devices/{id}, /me/calls/{id}, …).
   * An expired session is renewed once, silently, and the operation tried again.
   */
  operate(path: `/${string}`, operation: GwsOperation): Promise<GwsResult<Record<string, unknown>>> {
    return this.#withSession((client) => client.operate(path, operation));
  }

  /** Retries the notification channel now rather than after its backoff; false if nothing was waiting. */
  reconnectNow(): boolean {
    return this.#current.status === 'signed-in' && this.#live !== undefined && this.#live.channel.retryNow();
  }

  /** GET a resource of the contact center (users, devices…), checked against `schema`. */
  read<T>(path: `/${string}`, schema: z.ZodType<T>): Promise<GwsResult<T>> {
    return this.#withSession((client) => client.read(path, schema));
  }

  /** GET a resource whose body `decode` reads elsewhere (GwsClient.readDecoded: the team's, in a worker). */
  readDecoded<T>(path: `/${string}`, decode: (body: Buffer) => Promise<Result<DecodedReply<T>, string>>): Promise<GwsResult<T>> {
    return this.#withSession((client) => client.readDecoded(path, decode));
  }

  /** Runs a request; an expired session is renewed once, silently, and the request sent again. */
  async #withSession<T>(request: (client: GwsClient) => Promise<GwsResult<T>>): Promise<GwsResult<T>> {
    const live = this.#live;
    if (!live || this.#current.status !== 'signed-in') {
      return fail({ code: 'session-expired', message: SIGN_IN_PROBLEMS.notSignedIn });
    }
    const first = await request(live.client);
    if (first.ok || first.error.code !== 'session-expired') return first;
    const renewed = await this.#reauthenticate(live);
    return renewed.ok ? request(live.client) : fail({ code: 'session-expired', message: renewed.error.message });
  }

  async #connect(serverUrl: string, credentials: Credentials, trustedCaFile: string | null): Promise<Result<User, SessionProblem>> {
    const opened = await openLive(serverUrl, credentials, trustedCaFile, this.#deps);
    if (!opened.ok) return opened;
    const live = opened.value;
    const { client, channel, http, user } = live;
    // Wired before the handshake, so the messages StartContactCenterSession causes are not lost.
    this.#live = live;
    this.#wire(live);
    const ready = await firstSubscription(channel, this.#deps.handshakeTimeoutMs ?? 15_000);
    const started = ready.ok ? await client.operate('/api/v2/me', startVoice) : ready;
    if (!started.ok) {
      await this.#detach(live);
      await http.close();
      return started;
    }
    this.#setState({ status: 'signed-in', user, connection: channel.state });
    await this.#resync(live);
    return ok(user);
  }

  #wire(live: Live): void {
    const { channel } = live;
    channel.on('message', (message) => this.emit('message', message));
    channel.on('state', (connection) => {
      if (this.#live === live && this.#current.status === 'signed-in') this.#setState({ ...this.#current, connection });
    });
    channel.on('subscribed', () => {
      live.reauthenticatedSinceSubscribe = false;
      // During sign-in, connect() resyncs once StartContactCenterSession is done.
      if (this.#current.status === 'signed-in') void this.#resync(live);
    });
    channel.on('resumed', () => {
      if (this.#live === live && this.#current.status === 'signed-in') void this.#resync(live);
    });
    channel.on('refused', (reason, stale) => void this.#onHandshakeRefused(live, reason, stale));
  }

  async #onHandshakeRefused(live: Live, reason: string, stale: boolean): Promise<void> {
    if (stale) {
      // It carried the cookie of before the last sign-in: try the new one.
      live.channel.handshakeAgain();
      return;
    }
    if (live.reauthenticatedSinceSubscribe) {
      await this.#end(live, {
        code: 'notifications-refused',
        message: SIGN_IN_PROBLEMS.notificationsRefusedAgain(reason),
      });
      return;
    }
    await this.#reauthenticate(live);
    // Signed in again, or GWS unreachable for now: handshake (paced); a refusal has ended the session.
    if (this.#live === live) live.channel.handshakeAgain();
  }

  /**
   * Signs in again with the held password: GET /me with Basic auth (new cookie and CSRF token),
   * then StartContactCenterSession again. One at a time, shared by every caller. A refusal
   * ends the session; a network failure leaves it to the channel's retries.
   */
  #reauthenticate(live: Live): Promise<Result<void, SessionProblem>> {
    live.reauthentication ??= (async (): Promise<Result<void, SessionProblem>> => {
      this.#deps.log.info('GWS session expired; signing in again');
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
        message: SIGN_IN_PROBLEMS.reauthenticationFailed(started.error.message),
      };
      await this.#end(live, problem);
      return fail(problem);
    })().finally(() => {
      live.reauthentication = undefined;
    });
    return live.reauthentication;
  }

  async #resync(live: Live): Promise<void> {
    let snapshot = await live.client.snapshot();
    if (!snapshot.ok && snapshot.error.code === 'session-expired' && (await this.#reauthenticate(live)).ok) {
      snapshot = await live.client.snapshot();
    }
    if (snapshot.ok && this.#live === live) this.emit('snapshot', snapshot.value);
    else if (!snapshot.ok) this.#deps.log.warn(`Resync failed: ${snapshot.error.message}`);
  }

  /** Session lost for good: stop everything and say why. */
  async #end(live: Live, reason: SessionProblem): Promise<void> {
    if (this.#live !== live) return;
    this.#deps.log.warn(`Signed out: ${reason.message}`);
    await this.#detach(live);
    await live.http.close();
    this.#setState({ status: 'signed-out', reason });
  }

  /** Stops the notifications; nothing from this session reaches the events any more. */
  async #detach(live: Live): Promise<void> {
    this.#live = undefined;
    live.channel.removeAllListeners();
    await live.channel.stop();
  }

  async #applyRemember(account: string, request: SignInRequest): Promise<void> {
    const { credentials, log } = this.#deps;
    if (request.remember === null) return;
    if (!request.remember) {
      const deleted = await credentials.delete(account);
      if (!deleted.ok) log.warn(deleted.error.message);
      return;
    }
    const stored = await credentials.set(account, request.password);
    if (!stored.ok) this.emit('warning', { code: 'password-not-remembered', message: SIGN_IN_PROBLEMS.passwordNotRemembered(stored.error.message) });
  }

  #setState(state: SessionState): void {
    this.#current = state;
    // The password and the cookies belong to the session: none outlives it in the redactor.
    if (state.status === 'signed-out') this.#deps.redactor.forgetSecrets();
    this.emit('state', state);
  }
}
