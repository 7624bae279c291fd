// Faults that stay in force until cleared: REST latency and queued operation failures.
// (dropNotifications and expireSessions are one-off actions, done where they are asked for.)

export interface FailNext {
  operationName: string;
  statusCode: number;
  statusMessage?: string;
}

export class Faults {
  latencyMs = 0;
  #failures: FailNext[] = [];

  failNext(failure: FailNext): void {
    this.#failures.push(failure);
  }

  /** The queued failure for this operation, used up by taking it. */
  takeFailure(operationName: string): FailNext | undefined {
    const index = this.#failures.findIndex((f) => f.operationName === operationName);
    return index < 0 ? undefined : this.#failures.splice(index, 1)[0];
  }

  clear(): void {
    this.latencyMs = 0;
    this.#failures = [];
  }

  snapshot(): { latencyMs: number; failNext: FailNext[] } {
    return { latencyMs: this.latencyMs, failNext: [...this.#failures] };
  }
}
