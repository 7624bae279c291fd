// One group of buttons that call main: which ones are waiting for their answer, and the error of
// the last one that failed, in words, to show next to the button that caused it.
import { SvelteSet } from 'svelte/reactivity';
import type { IpcError, IpcResult } from '../../../common/contract';
import { WINDOW_PROBLEMS } from '../../../common/words/window';
import { invoke } from '../lib/ipc';
import { announcer } from './announcer.svelte';

export class Actions {
  #pending = new SvelteSet<string>();
  error = $state<{ key: string; error: IpcError } | null>(null);

  /** A key waiting for its answer, or null: for "Saving…" and the like. */
  get busy(): string | null {
    for (const key of this.#pending) return key;
    return null;
  }

  isBusy(key: string): boolean {
    return this.#pending.has(key);
  }

  /**
   * Buttons stay enabled while busy (aria-disabled): disabling the focused button would drop
   * keyboard focus to the page. A second press of the same button meanwhile does nothing; other
   * buttons work (GWS's event can make the next button appear before this answer arrives).
   */
  async run<T>(key: string, call: () => Promise<IpcResult<T>>): Promise<IpcResult<T>> {
    if (this.#pending.has(key)) return { ok: false, error: { code: 'busy', message: WINDOW_PROBLEMS.stillWaiting } };
    this.#pending.add(key);
    this.error = null;
    const result = await invoke(call);
    this.#pending.delete(key);
    if (!result.ok) {
      this.error = { key, error: result.error };
      announcer.say(result.error.message, true);
    }
    return result;
  }

  errorOf(...keys: string[]): string | null {
    return this.error && keys.includes(this.error.key) ? this.error.error.message : null;
  }
}
