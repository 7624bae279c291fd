// --traffic N: N inbound calls a minute to idle Ready agents, answered after a few seconds,
// lasting 20 to 90 s, through a random routing point. For demos and training; off by default.
import { randomInt } from 'node:crypto';
import { GwsError } from '../model/gws-error';
import type { Scenario } from './scenario';

export interface TrafficOptions {
  callsPerMinute: number;
  /** [min, max] ms from ringing to the agent answering. */
  answerAfterMs?: [number, number];
  /** [min, max] ms from answering to the customer hanging up. */
  talkMs?: [number, number];
}

export class Traffic {
  readonly #scenario: Scenario;
  readonly #pending = new Set<NodeJS.Timeout>();
  readonly #ticker: NodeJS.Timeout;
  readonly #answerAfterMs: [number, number];
  readonly #talkMs: [number, number];

  constructor(scenario: Scenario, options: TrafficOptions) {
    this.#scenario = scenario;
    this.#answerAfterMs = options.answerAfterMs ?? [2_000, 6_000];
    this.#talkMs = options.talkMs ?? [20_000, 90_000];
    this.#ticker = setInterval(() => this.#placeCall(), 60_000 / options.callsPerMinute);
  }

  /** Forgets the calls in progress (after a reset they no longer exist). */
  cancelPending(): void {
    for (const timer of this.#pending) clearTimeout(timer);
    this.#pending.clear();
  }

  stop(): void {
    clearInterval(this.#ticker);
    this.cancelPending();
  }

  #placeCall(): void {
    const agents = this.#scenario.idleReadyAgents();
    const agent = agents[randomInt(agents.length || 1)];
    if (!agent) return;
    const points = this.#scenario.routingPoints();
    const via = points[randomInt(points.length || 1)]?.phoneNumber;
    const { callId } = this.#scenario.ringAgent({ to: agent.phoneNumber, ...(via !== undefined && { via }) });
    this.#later(between(this.#answerAfterMs), () => {
      // The hang-up is booked first: someone may have answered already.
      this.#later(between(this.#talkMs), () => this.#scenario.release(callId));
      this.#scenario.answer(callId);
    });
  }

  /** A step of a generated call; the call may be gone by then (hung up, transferred away, reset). */
  #later(ms: number, step: () => void): void {
    const timer = setTimeout(() => {
      this.#pending.delete(timer);
      try {
        step();
      } catch (error) {
        if (!(error instanceof GwsError)) throw error;
      }
    }, ms);
    this.#pending.add(timer);
  }
}

const between = ([min, max]: [number, number]): number => min + randomInt(Math.max(1, max - min + 1));
