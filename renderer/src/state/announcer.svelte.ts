// What the aria-live regions say. Each message is added as its own element, so that two things
// said at once (main's notice and the call card's arrival) are both read, and the same words
// twice are read twice. Old messages are dropped after a while; they have been read by then.
export interface Announcement {
  id: number;
  text: string;
}

const KEEP = 5;

class Announcer {
  polite = $state<Announcement[]>([]);
  assertive = $state<Announcement[]>([]);
  #nextId = 1;

  say(text: string, urgent = false): void {
    const key = urgent ? 'assertive' : 'polite';
    this[key] = [...this[key].slice(1 - KEEP), { id: this.#nextId++, text }];
  }
}

export const announcer = new Announcer();
