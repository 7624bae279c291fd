// The barge-in key's lifecycle: held while signed in, released at sign-out and quit, re-bound
// when the setting changes; its status (registered, inactive, failed with the reason) is what
// settings and the tray show.
import { globalShortcut } from 'electron';
import type { ShortcutStatus } from '../../common/contract';
import { registerGlobalShortcut } from './global-shortcut';

export class BargeInShortcut {
  #accelerator: string;
  readonly #onPress: () => void;
  #status: ShortcutStatus;

  constructor(accelerator: string, onPress: () => void) {
    this.#accelerator = accelerator;
    this.#onPress = onPress;
    this.#status = { state: 'inactive', accelerator };
  }

  get status(): ShortcutStatus {
    return this.#status;
  }

  /** Follows the session: bound while signed in, released otherwise. */
  signedIn(yes: boolean): void {
    if (yes && this.#status.state === 'inactive') this.#bind();
    if (!yes) this.release();
  }

  /** A new accelerator from settings: re-bound at once if the key is held now. */
  change(accelerator: string, signedIn: boolean): void {
    if (accelerator === this.#accelerator) return;
    this.#accelerator = accelerator;
    if (signedIn) this.#bind();
    else this.release();
  }

  release(): void {
    globalShortcut.unregisterAll();
    this.#status = { state: 'inactive', accelerator: this.#accelerator };
  }

  #bind(): void {
    globalShortcut.unregisterAll();
    this.#status = registerGlobalShortcut(this.#accelerator, this.#onPress);
  }
}
