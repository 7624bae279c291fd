// What the session says about itself (its state, its problems and warnings, its events), what a
// sign-in asks for and what the session depends on: apart from the session, so that the modules
// it is made of can speak of them too.
import type { GwsError } from '../gws/gws-error';
import type { ProxyResolver } from '../gws/http/proxy';
import type { GwsMessage } from '../gws/messages';
import type { ConnectionState } from '../gws/notifications/channel';
import type { ReconnectPolicyOptions } from '../gws/notifications/reconnect-policy';
import type { MeSnapshot, User } from '../gws/resources';
import type { Log } from '../log/diagnostic-log';
import type { Redactor } from '../log/redact';
import type { Problem } from '../result';
import type { CredentialStore } from './credential-store';

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
