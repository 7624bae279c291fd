// --traffic N: N inbound calls a minute to idle Ready agents, answered after a few seconds,
// lasting 20 to 90 s, through a random routing point; then the agent is in After Call Work for
// a wrap-up time and Ready again, as a real contact center's agents are. For demos and
// training; off by default.
import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { readyWorkModes, type ReadyWorkMode } from '../model/agent-states';
import { GwsError } from '../model/gws-error';
import type { Device } from '../model/types';
import type { Scenario } from './scenario';

/** An hour: longer is a typo, not a contact center. */
const maxStepMs = 3_600_000;

/** [min, max] ms, whole, min ≤ max. */
export const msRange = z
  .tuple([z.number().int().min(0).max(maxStepMs), z.number().int().min(0).max(maxStepMs)])
  .refine(([min, max]) => min <= max, 'a [min, max] range of ms with min ≤ max');

export const trafficSchema = z.strictObject({
  callsPerMinute: z.number().min(0).max(6_000),
  /** [min, max] ms from ringing to the agent answering. */
  answerAfterMs: msRange.optional(),
  /** [min, max] ms from answering to the customer hanging up. */
  talkMs: msRange.optional(),
  /** [min, max] ms the agent spends in After Call Work before Ready again. */
  wrapUpMs: msRange.optional(),
});
export type TrafficOptions = z.output<typeof trafficSchema>;

export const defaultWrapUpMs: [number, number] = [10_000, 60_000];

export class Traffic {
  readonly #scenario: Scenario;
  readonly #pending = new Set<NodeJS.Timeout>();
  readonly #ticker: NodeJS.Timeout;
  readonly #answerAfterMs: [number, number];
  readonly #talkMs: [number, number];
  #wrapUpMs: [number, number];

  constructor(scenario: Scenario, options: TrafficOptions) {
    this.#scenario = scenario;
    this.#answerAfterMs = options.answerAfterMs ?? [2_000, 6_000];
    this.#talkMs = options.talkMs ?? [20_000, 90_000];
    this.#wrapUpMs = options.wrapUpMs ?? defaultWrapUpMs;
    this.#ticker = setInterval(() => this.#placeCall(), 60_000 / options.callsPerMinute);
  }

  /** Forgets the calls and wrap-ups in progress (after a reset they no longer exist). */
  cancelPending(): void {
    for (const timer of this.#pending) clearTimeout(timer);
    this.#pending.clear();
  }

  /** A reset may choose another wrap-up time (POST /sim/reset). */
  set wrapUpMs(range: [number, number]) {
    this.#wrapUpMs = range;
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
      this.#later(between(this.#talkMs), () => this.#hangUp(callId));
      this.#scenario.answer(callId);
    });
  }

  /** The customer hangs up; whoever took the call, if still Ready, wraps it up. */
  #hangUp(callId: string): void {
    const agents = this.#scenario.agentsOn(callId).filter((d) => d.userState.state === 'Ready');
    this.#scenario.release(callId);
    for (const device of agents) this.#wrapUp(device);
  }

  #wrapUp(device: Device): void {
    const { workMode } = device.userState;
    const readyAgain: ReadyWorkMode | undefined = readyWorkModes.find((mode) => mode === workMode);
    const afterCallWork = this.#scenario.setDeviceState(device, 'AfterCallWork');
    this.#later(between(this.#wrapUpMs), () => {
      // Changed meanwhile (a supervisor, the agent, a test): that change stands.
      if (device.userState === afterCallWork) this.#scenario.setDeviceState(device, 'Ready', readyAgain);
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
