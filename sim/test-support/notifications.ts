// A CometD listener for tests, built on the official `cometd` client with its Node adapter,
// long-polling with the session cookie as GWS clients do (docs/gws-notes.md, "Notifications").
import { CometD, type Message } from 'cometd';
import { adapt } from 'cometd-nodejs-client';
import type { CallMessage, DeviceMessage, DeviceResource, Notification } from './gws-types';

// The adapter installs a global `window` (and XMLHttpRequest on it) that the CometD client uses.
adapt();

export class NotificationListener {
  readonly #channel: string;
  readonly messages: Message[] = [];
  /** Every /meta/handshake, /meta/connect and /meta/subscribe reply, in order. */
  readonly meta: Message[] = [];
  #consumed = 0;
  #waiters: (() => void)[] = [];
  readonly cometd = new CometD();

  private constructor(url: string, cookie: string | undefined, channel: string) {
    this.#channel = channel;
    this.cometd.unregisterTransport('websocket');
    this.cometd.configure({
      url: `${url}/api/v2/notifications`,
      requestHeaders: cookie ? { Cookie: cookie } : {},
      logLevel: 'warn',
      maxBackoff: 500,
      backoffIncrement: 100,
    });
    // Subscriptions are dropped on every (re-)handshake: subscribe again each time.
    this.cometd.addListener('/meta/handshake', (m: Message) => {
      if (m.successful) this.cometd.subscribe(this.#channel, (message) => this.#received(message));
    });
    for (const channel of ['/meta/handshake', '/meta/connect', '/meta/subscribe']) {
      this.cometd.addListener(channel, (m: Message) => {
        this.meta.push(m);
        this.#wake();
      });
    }
  }

  /** Handshakes with `cookie` and subscribes to `channel`; resolves once subscribed. */
  static connect(url: string, cookie: string | undefined, channel = '/v2/me/*'): Promise<NotificationListener> {
    const listener = new NotificationListener(url, cookie, channel);
    return new Promise((resolve, reject) => {
      const handle = listener.cometd.addListener('/meta/subscribe', (m: Message) => {
        listener.cometd.removeListener(handle);
        if (m.successful) resolve(listener);
        else reject(new Error(`subscribe failed: ${JSON.stringify(m)}`));
      });
      listener.cometd.handshake((reply) => {
        if (!reply.successful) reject(new HandshakeDenied(reply));
      });
    });
  }

  /** The next message (after those already taken) that matches; waits up to timeoutMs. */
  async next<T extends Notification>(match: (data: Notification) => data is T, timeoutMs = 5_000): Promise<T> {
    const index = await this.until(() => this.messages.findIndex((m, i) => i >= this.#consumed && match(m.data as Notification)), timeoutMs);
    this.#consumed = index + 1;
    return this.messages[index]?.data as T;
  }

  /** The next DeviceStateChangeMessage's device that passes `check`. */
  async nextDevice(check: (device: DeviceResource) => boolean = () => true): Promise<DeviceResource> {
    const message = await this.next((d): d is DeviceMessage => isDeviceMessage(d) && d.devices.some(check));
    return message.devices[0] as DeviceResource;
  }

  /** The next CallStateChangeMessage that passes `check`. */
  nextCall(check: (message: CallMessage) => boolean = () => true): Promise<CallMessage> {
    return this.next((d): d is CallMessage => isCallMessage(d) && check(d));
  }

  /** Waits until `count` replies on a meta channel have matched. */
  async waitForMeta(channel: string, match: (m: Message) => boolean, count = 1, timeoutMs = 5_000): Promise<void> {
    await this.until(() => (this.meta.filter((m) => m.channel === channel && match(m)).length >= count ? 0 : -1), timeoutMs);
  }

  /** Resolves when check() returns a non-negative number; rejects after timeoutMs. */
  until(check: () => number, timeoutMs = 5_000): Promise<number> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((w) => w !== test);
        reject(new Error(`timed out after ${timeoutMs} ms; received: ${JSON.stringify(this.messages.map((m): unknown => m.data))}`));
      }, timeoutMs);
      const test = () => {
        const found = check();
        if (found < 0) return;
        clearTimeout(timer);
        this.#waiters = this.#waiters.filter((w) => w !== test);
        resolve(found);
      };
      this.#waiters.push(test);
      test();
    });
  }

  close(): Promise<void> {
    if (this.cometd.isDisconnected()) return Promise.resolve();
    // disconnect() never calls back when the server already forgot the client; do not wait forever.
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, 1_000);
      this.cometd.disconnect(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  #received(message: Message): void {
    this.messages.push(message);
    this.#wake();
  }

  #wake(): void {
    for (const waiter of [...this.#waiters]) waiter();
  }
}

export class HandshakeDenied extends Error {
  constructor(readonly reply: Message) {
    super(`handshake denied: ${reply.error ?? 'unknown'}`);
  }
}

export const isDeviceMessage = (data: Notification): data is DeviceMessage => data.messageType === 'DeviceStateChangeMessage';
export const isCallMessage = (data: Notification): data is CallMessage => data.messageType === 'CallStateChangeMessage';
