// Main → window events on the one push channel. Views are whole snapshots, so a burst of GWS
// messages needs only its last: supervisor views are coalesced to one per frame, and flushed
// before any other event so the window never sees them out of order. Every payload is checked
// against its schema first; one that fails is logged and not sent.
import { z } from 'zod';
import type { EventName, EventPayloads, PushedEvent } from '../../common/contract';
import { eventSchemas } from '../../common/event-schemas';

const FRAME_MS = 16;

export class EventPush {
  #pendingView: EventPayloads['supervisor'] | undefined;
  #timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly deliver: (event: PushedEvent) => void,
    private readonly onInvalid: (name: EventName, problem: string) => void,
  ) {}

  push<E extends EventName>(name: E, payload: EventPayloads[E]): void {
    if (name === 'supervisor') {
      this.#pendingView = payload as EventPayloads['supervisor'];
      this.#timer ??= setTimeout(() => this.flush(), FRAME_MS);
      return;
    }
    this.flush();
    this.#send({ name, payload } as PushedEvent);
  }

  flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const view = this.#pendingView;
    this.#pendingView = undefined;
    if (view) this.#send({ name: 'supervisor', payload: view });
  }

  #send(event: PushedEvent): void {
    const checked = eventSchemas[event.name].safeParse(event.payload);
    if (checked.success) this.deliver(event);
    else this.onInvalid(event.name, z.prettifyError(checked.error));
  }
}
