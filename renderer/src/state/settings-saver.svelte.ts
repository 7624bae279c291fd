// The settings screen's saves: one field at a time, checked with the settings schema, stored by
// main, with each field's error kept next to it and the last field saved.
import type { Settings, SettingsChange } from '../../../common/settings';
import { settingsSchema } from '../../../common/settings';
import { SETTINGS_SAVER_WORDS, WINDOW_PROBLEMS } from '../../../common/words';
import { Actions } from './actions.svelte';
import { announcer } from './announcer.svelte';
import { app } from './app.svelte';

export type Field = keyof SettingsChange;

export class SettingsSaver {
  readonly actions = new Actions();
  errors: Partial<Record<Field, string>> = $state({});
  saved: Field | null = $state(null);

  // One save at a time, in the order made: each update is a whole-file write in main, and two
  // at once could each start from the settings before the other (a lost update).
  #saving: Promise<unknown> = Promise.resolve();
  save<K extends Field>(field: K, value: Settings[K]): Promise<boolean> {
    const next = this.#saving.then(() => this.#saveNow(field, value));
    this.#saving = next;
    return next;
  }

  /** Checks one field with the settings schema, then asks main to store it; errors stay next to the field. */
  async #saveNow<K extends Field>(field: K, value: Settings[K]): Promise<boolean> {
    const checked = settingsSchema.shape[field].safeParse(value);
    if (!checked.success) {
      this.errors[field] = checked.error.issues[0]?.message ?? WINDOW_PROBLEMS.valueNotAllowed;
      return false;
    }
    delete this.errors[field];
    this.saved = null;
    const result = await this.actions.run(field, () => window.softphone.settings.update({ [field]: value }));
    if (!result.ok) {
      this.errors[field] = result.error.message;
      return false;
    }
    app.setSettings(result.value);
    this.saved = field;
    announcer.say(SETTINGS_SAVER_WORDS.saved);
    return true;
  }

  errorId(field: Field): string {
    return `settings-${field}-error`;
  }

  describe(field: Field, hint?: string): string | undefined {
    return [hint, this.errors[field] ? this.errorId(field) : undefined].filter(Boolean).join(' ') || undefined;
  }
}
