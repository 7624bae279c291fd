// Observers of the simulator's two edges, for benchmarks that time a client against it: a GWS
// request as it arrives (body read, before any fault latency) and a notification as it is handed
// to CometD. Nothing is timed here: each observer takes its own timestamp. Not part of GWS.
import type { IncomingHttpHeaders } from 'node:http';

export interface ReceivedRequest {
  method: string;
  /** Path and query, as in the request log. */
  path: string;
  /** The parsed JSON body (undefined when empty or not JSON). */
  body: unknown;
  /** The request's headers: a benchmark's baseline may reuse a client's session cookie and CSRF token. */
  headers: IncomingHttpHeaders;
}

export interface SimulatorProbe {
  requestReceived?(request: ReceivedRequest): void;
  /** A notification for `userId`'s CometD clients on `channel`, just before delivery. */
  notificationPublished?(userId: string, channel: string, data: unknown): void;
  /**
   * A CometD client of `userId` has its /meta/connect held open, so it is idle and will get the
   * next message at once: a benchmark waits for every client to be here before publishing.
   */
  connectHeld?(userId: string, clientId: string): void;
}

/** The probes attached now; each call reaches every one of them. */
export class Probes implements Required<SimulatorProbe> {
  readonly #attached = new Set<SimulatorProbe>();

  attach(probe: SimulatorProbe): () => void {
    this.#attached.add(probe);
    return () => this.#attached.delete(probe);
  }

  requestReceived(request: ReceivedRequest): void {
    for (const p of this.#attached) p.requestReceived?.(request);
  }

  notificationPublished(userId: string, channel: string, data: unknown): void {
    for (const p of this.#attached) p.notificationPublished?.(userId, channel, data);
  }

  connectHeld(userId: string, clientId: string): void {
    for (const p of this.#attached) p.connectHeld?.(userId, clientId);
  }
}
