// The sign-in at launch, with the password remembered in the keychain (Remember me): a
// server that cannot be reached yet is tried again by itself, and a refused password forgotten.
import type { User } from '../gws/resources';
import type { Log } from '../log/diagnostic-log';
import { systemClock } from '../clock';
import { defaultReconnectPolicy, ReconnectPolicy, type ReconnectPolicyOptions } from '../gws/notifications/reconnect-policy';
import { fail, type Result } from '../result';
import type { SessionProblem, SessionProblemCode, SessionState, SignInRequest } from './session-state';
import { SIGN_IN_PROBLEMS } from '../../common/words';

/** Failures of the launch sign-in that may mend by themselves: the server down, the network not up yet. */
const retriedAtLaunch: ReadonlySet<SessionProblemCode> = new Set(['network', 'timeout']);

export type LaunchRequest = Omit<SignInRequest, 'password' | 'remember'>;

/** What the launch sign-in asks of the session it signs in. */
export interface LaunchSignInHost {
  log: Log;
  reconnectPolicy?: Partial<ReconnectPolicyOptions>;
  signInWithStoredPassword(request: LaunchRequest): Promise<Result<User, SessionProblem>>;
  forget(request: { serverUrl: string; userName: string }): Promise<Result<boolean, SessionProblem>>;
  state(): SessionState;
  setState(state: SessionState): void;
}

export class LaunchSignIn {
  readonly #host: LaunchSignInHost;
  /** The wait before the launch sign-in's next try; stop() ends that loop. */
  #retry: { timer: NodeJS.Timeout; stop: () => void } | undefined;

  constructor(host: LaunchSignInHost) {
    this.#host = host;
  }

  /**
   * A server that cannot be reached (down, or the network not up yet) is tried again with the
   * notification channel's backoff, the state saying when, until it answers or the user signs in
   * or out; any other failure is final. A password GWS refuses is forgotten (the keychain entry
   * deleted), so no later launch sends it again.
   */
  async run(request: LaunchRequest): Promise<Result<User, SessionProblem>> {
    const host = this.#host;
    const policy = new ReconnectPolicy({ ...defaultReconnectPolicy, ...host.reconnectPolicy }, systemClock);
    for (;;) {
      const result = await host.signInWithStoredPassword(request);
      if (!result.ok && result.error.code === 'auth') return this.#forgetRefusedPassword(request, result.error);
      if (result.ok || !retriedAtLaunch.has(result.error.code)) return result;
      const attempt = policy.failed();
      const nextRetryInMs = policy.retryDelay(attempt);
      host.log.warn(`Signing in at launch: ${result.error.message} Trying again in ${Math.round(nextRetryInMs / 1000)} s (attempt ${attempt}).`);
      host.setState({ status: 'signed-out', reason: result.error, retry: { attempt, nextRetryInMs } });
      const retry = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => {
          this.#retry = undefined;
          resolve(true);
        }, nextRetryInMs);
        this.#retry = { timer, stop: () => resolve(false) };
      });
      if (!retry) return result;
    }
  }

  /**
   * Ends the launch sign-in's wait for its next try, and the state's announcement of it: whatever
   * follows (a sign-out, a sign-in refused before it starts), nothing will try again by itself.
   */
  stop(): void {
    const retry = this.#retry;
    if (!retry) return;
    this.#retry = undefined;
    clearTimeout(retry.timer);
    retry.stop();
    const current = this.#host.state();
    if (current.status === 'signed-out' && current.retry) {
      this.#host.setState({ status: 'signed-out', ...(current.reason && { reason: current.reason }) });
    }
  }

  async #forgetRefusedPassword(request: { serverUrl: string; userName: string }, refusal: SessionProblem): Promise<Result<User, SessionProblem>> {
    const forgotten = await this.#host.forget(request);
    const problem: SessionProblem = {
      code: refusal.code,
      message: forgotten.ok
        ? SIGN_IN_PROBLEMS.rememberedRefused(refusal.message)
        : SIGN_IN_PROBLEMS.rememberedNotForgotten(refusal.message, forgotten.error.message),
    };
    if (this.#host.state().status === 'signed-out') this.#host.setState({ status: 'signed-out', reason: problem });
    return fail(problem);
  }
}
