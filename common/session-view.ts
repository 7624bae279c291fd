// What the window shows of the sign-in and the live connection.

export interface Problem {
  code: string;
  message: string;
}

export type ConnectionView =
  | { kind: 'connecting' | 'connected' | 'stopped' }
  /** Retrying on its own; nextRetryAt (epoch ms) drives a countdown. */
  | { kind: 'reconnecting' | 'offline'; attempt: number; nextRetryAt: number; reason: string };

export type SessionView =
  /** retry: the sign-in at launch could not reach the server and tries again by itself at nextRetryAt (epoch ms). */
  | { status: 'signed-out'; reason: Problem | null; retry?: { attempt: number; nextRetryAt: number } }
  | { status: 'signing-in' | 'signing-out' }
  | {
      status: 'signed-in';
      userName: string;
      displayName: string;
      serverUrl: string;
      connection: ConnectionView;
      /** Signed in to the bundled simulator by `npm start`: say so wherever the user looks. */
      demo: boolean;
      /** Plain http to another machine, accepted at sign-in: the connection bar says so. */
      unencrypted: boolean;
    };

export interface SignInForm {
  serverUrl: string;
  userName: string;
  password: string;
  remember: boolean;
  /** The user confirms that this plain-http server has no TLS (refused otherwise, but on loopback). */
  withoutTls?: boolean;
}
