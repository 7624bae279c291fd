// Main → window events on the one push channel. Views are whole snapshots, so a burst of GWS
// messages needs only its last: supervisor views are coalesced to one per frame, and flushed
// before any other event so the window never sees them out of order. The team goes apart from
// the rest of the view, just before it and only when it is another array (a row changed): with 2,000 agents it is nearly
// all of each view, and most views change only a call. Every payload is checked against its
// schema first; one that fails is logged and not sent.
import { z } from 'zod';
import type { EventName, EventPayloads, PushedEvent } from '../../common/contract';
import { eventSchemas } from '../../common/event-schemas';
import type { SupervisorView, TeamMemberView } from '../../common/supervisor-view';

const FRAME_MS = 16;

export class EventPush {
  #pendingView: SupervisorView | undefined;
  #timer: NodeJS.Timeout | undefined;
  #sentTeam: TeamMemberView[] | undefined;

  readonly #deliver: (event: PushedEvent) => void;
  readonly #onInvalid: (name: EventName, problem: string) => void;

  constructor(deliver: (event: PushedEvent) => void, onInvalid: (name: EventName, problem: string) => void) {
    this.#deliver = deliver;
    this.#onInvalid = onInvalid;
  }

  /** The supervisor's view: the last of a burst goes at the next frame. */
  pushView(view: SupervisorView): void {
    this.#pendingView = view;
    this.#timer ??= setTimeout(() => this.flush(), FRAME_MS);
  }

  push<E extends Exclude<EventName, 'supervisor' | 'team'>>(name: E, payload: EventPayloads[E]): void {
    this.flush();
    this.#send({ name, payload } as PushedEvent);
  }

  flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const view = this.#pendingView;
    this.#pendingView = undefined;
    if (!view) return;
    const { team, ...rest } = view;
    // The service hands out the same array until a row changes (main/supervisor/team-changes.ts).
    if (team !== this.#sentTeam && this.#send({ name: 'team', payload: team })) this.#sentTeam = team;
    this.#send({ name: 'supervisor', payload: rest });
  }

  #send(event: PushedEvent): boolean {
    const checked = eventSchemas[event.name].safeParse(event.payload);
    if (checked.success) this.#deliver(event);
    else this.#onInvalid(event.name, z.prettifyError(checked.error));
    return checked.success;
  }
}
