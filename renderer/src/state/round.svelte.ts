// The window's copy of the coaching round (main/supervisor/coaching-round.ts): the 'round' event's
// snapshots, and round.get when the console opens, as main is the source of truth.
import type { RoundView } from '../../../common/supervisor-view';
import { invoke } from '../lib/ipc';

class RoundState {
  view = $state.raw<RoundView>(null);
  #seen = 0;

  start(): () => void {
    const off = window.softphone.on('round', (view) => {
      this.#seen++;
      this.view = view;
    });
    const seen = this.#seen;
    void invoke(() => window.softphone.round.get()).then((result) => {
      // An event newer than the get's answer wins.
      if (result.ok && seen === this.#seen) this.view = result.value;
    });
    return off;
  }
}

export const round = new RoundState();
