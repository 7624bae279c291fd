// Sign-in is done only once the notification channel is subscribed: until then GWS's events
// for the new session would be lost.
import type { NotificationChannel } from '../gws/notifications/channel';
import { fail, ok, type Result } from '../result';
import type { SessionProblem } from './session-state';

/** Starts the channel and waits for its first subscription, a refusal, or the timeout. */
export function firstSubscription(channel: NotificationChannel, timeoutMs: number): Promise<Result<void, SessionProblem>> {
  return new Promise((resolve) => {
    const done = (result: Result<void, SessionProblem>) => {
      clearTimeout(timer);
      channel.off('subscribed', onSubscribed);
      channel.off('refused', onRefused);
      resolve(result);
    };
    const onSubscribed = () => done(ok(undefined));
    const onRefused = (reason: string) =>
      done(
        fail({
          code: 'notifications-refused',
          message: `GWS refused the notification connection (${reason}). Try again; if it persists, tell your GWS administrator.`,
        }),
      );
    const timer = setTimeout(
      () =>
        done(
          fail({
            code: 'notifications-timeout',
            message: `GWS notifications did not connect within ${timeoutMs / 1000} s. Check your network or proxy, then sign in again.`,
          }),
        ),
      timeoutMs,
    );
    channel.on('subscribed', onSubscribed);
    channel.on('refused', onRefused);
    channel.start();
  });
}
