// The subscriptions to the voice topics, made anew after each successful handshake (CometD
// forgets them on a re-handshake), retried while refused, and the messages they deliver.
import type { CometD, Message, SubscriptionHandle } from 'cometd';
import type { Clock } from '../../clock';
import type { Log } from '../../log/diagnostic-log';
import { parseMessage, type GwsMessage } from '../messages';
import { serverText } from '../server-text';
import type { ReconnectPolicy } from './reconnect-policy';

/** The voice topics (docs/gws-notes.md, "Notifications"). */
const topics = ['/v2/me/devices', '/v2/me/calls'] as const;

export interface TopicSubscriptionsOptions {
  cometd: CometD;
  clock: Clock;
  log: Log;
  policy: ReconnectPolicy;
  stopping: () => boolean;
  /** Every topic is subscribed for the current handshake. */
  onSubscribed: () => void;
  onMessage: (message: GwsMessage) => void;
}

export class TopicSubscriptions {
  readonly #options: TopicSubscriptionsOptions;
  /** Counts successful handshakes: each makes its own subscriptions, and a later one voids them. */
  #handshakes = 0;
  /** The topics the current handshake's subscriptions have been confirmed for. */
  readonly #confirmed = new Set<string>();
  /** The subscriptions' next try (subscribe()): a stop or a new handshake calls it off. */
  #retry: unknown;

  constructor(options: TopicSubscriptionsOptions) {
    this.#options = options;
  }

  /** After a successful handshake: subscribes to every topic for it. */
  renew(): void {
    this.#handshakes++;
    this.#options.clock.clearTimeout(this.#retry);
    this.#confirmed.clear();
    this.#subscribe(topics, this.#handshakes, 0);
  }

  /** Calls off the next try. */
  cancel(): void {
    this.#options.clock.clearTimeout(this.#retry);
  }

  /**
   * Subscribes to `wanted` for handshake number `handshake`. A subscription refused (or its reply
   * missing, which CometD reports the same way) is made again after a backoff, as long as that
   * handshake is current: connected but not subscribed, the app would hear nothing and say nothing.
   */
  #subscribe(wanted: readonly string[], handshake: number, attempt: number): void {
    const { cometd, clock, log, policy, stopping } = this.#options;
    let retrying = false;
    const retry = () => {
      // A refusal may come in after stop(), for a subscribe it cut short.
      if (retrying || stopping()) return;
      retrying = true;
      this.#retry = clock.setTimeout(
        () => {
          if (stopping() || handshake !== this.#handshakes || cometd.isDisconnected()) return;
          const missing = wanted.filter((topic) => !this.#confirmed.has(topic));
          if (missing.length > 0) this.#subscribe(missing, handshake, attempt + 1);
        },
        policy.retryDelay(attempt + 1),
      );
    };
    cometd.batch(() => {
      for (const topic of wanted) {
        const handle: SubscriptionHandle = cometd.subscribe(
          topic,
          (delivered) => this.#onDelivery(delivered),
          (reply) => {
            if (!reply.successful) {
              // At once, whatever handshake is current: CometD drops a refused subscription's
              // listener only when the refusal names it, and while one is left it would answer
              // a later subscribe to the topic itself, "successful", without asking the server.
              cometd.removeListener(handle);
              if (handshake !== this.#handshakes) return;
              log.error(`Subscribing to ${topic} failed: ${serverText(String(reply.error ?? 'no reason given'))}; subscribing again`);
              retry();
              return;
            }
            if (handshake !== this.#handshakes) return;
            this.#confirmed.add(topic);
            if (this.#confirmed.size === topics.length) this.#options.onSubscribed();
          },
        );
      }
    });
  }

  #onDelivery(delivered: Message): void {
    const { log, onMessage } = this.#options;
    const parsed = parseMessage(delivered.data);
    if (parsed.kind === 'message') onMessage(parsed.message);
    else if (parsed.kind === 'unknown') log.info(`Ignoring a ${parsed.messageType} on ${delivered.channel}`);
    else log.warn(`Ignoring a malformed ${parsed.messageType} on ${delivered.channel}: ${parsed.problem}`);
  }
}
