// Sign-in is done only once the notification channel is subscribed: until then GWS's events
// for the new session would be lost.
import type { NotificationChannel } from '../gws/notifications/channel';
import { fail, ok, type Result } from '../result';
import type { SessionProblem } from './session-state';
import { SIGN_IN_PROBLEMS } from '../../common/words';

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
          message: SIGN_IN_PROBLEMS.notificationsRefused(reason),
        }),
      );
    const timer = setTimeout(
      () =>
        done(
          fail({
            code: 'notifications-timeout',
            message: SIGN_IN_PROBLEMS.notificationsTimeout(timeoutMs),
          }),
        ),
      timeoutMs,
    );
    channel.on('subscribed', onSubscribed);
    channel.on('refused', onRefused);
    channel.start();
  });
}
