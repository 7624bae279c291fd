// The app's non-secret settings (never a password) in <userData>/settings.json. The zod schema
// is the one description of the fields and their defaults. Writes are atomic (write-file-atomic:
// a temp file, fsync, rename), so a crash mid-write leaves the old file or the new one, never
// half of each. A file that cannot be read, is not JSON, or holds values the schema refuses is
// kept aside as settings.json.bad-<time>, the defaults fill in, and a warning says so.
// (conf was considered: it re-reads the file on every access and either throws on a corrupt
// file or silently empties it; it keeps no copy and gives no warning.)
import { EventEmitter } from 'node:events';
import { readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { z } from 'zod';
import type { Log } from '../log/diagnostic-log';
import { parseJson } from '../parse-json';
import { defaultSettings, settingsSchema, type Settings } from '../../common/settings';
import { fail, ok, type Problem, type Result } from '../result';
import { SETTINGS_PROBLEMS } from '../../common/words';

export { defaultSettings, settingsSchema, type Settings } from '../../common/settings';

export type SettingsProblem = Problem<'settings-reset' | 'settings-invalid' | 'settings-not-saved'>;

export interface OpenedSettings {
  store: SettingsStore;
  /** Present when the file could not be used as it was. */
  warning?: SettingsProblem;
}

/** 'saved': after every successful update, whoever made it (a settings change, sign-in, Forget). */
export class SettingsStore extends EventEmitter<{ saved: [Settings] }> {
  readonly #file: string;
  readonly #log: Log;
  #current: Settings;

  private constructor(file: string, initial: Settings, log: Log) {
    super();
    this.#file = file;
    this.#log = log;
    this.#current = initial;
  }

  /** Reads <dir>/settings.json; a missing file is a first start, anything else unusable is set aside. */
  static async open(dir: string, log: Log, now: () => Date = () => new Date()): Promise<OpenedSettings> {
    const file = path.join(dir, 'settings.json');
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { store: new SettingsStore(file, defaultSettings, log) };
      return {
        store: new SettingsStore(file, defaultSettings, log),
        warning: await setAside(file, SETTINGS_PROBLEMS.unreadable((error as Error).message), now, log),
      };
    }
    const parsed = settingsSchema.safeParse(parseJson(text));
    if (parsed.success) return { store: new SettingsStore(file, parsed.data, log) };
    const reason = parseJson(text) === undefined ? SETTINGS_PROBLEMS.notJson : invalidFields(parsed.error);
    return { store: new SettingsStore(file, defaultSettings, log), warning: await setAside(file, reason, now, log) };
  }

  get(): Settings {
    return this.#current;
  }

  /** Validates the change, writes the whole file atomically, and only then takes it. */
  async update(change: Partial<Settings>): Promise<Result<Settings, SettingsProblem>> {
    const parsed = settingsSchema.safeParse({ ...this.#current, ...change });
    if (!parsed.success) return fail({ code: 'settings-invalid', message: SETTINGS_PROBLEMS.notSaved(invalidFields(parsed.error)) });
    try {
      await writeFileAtomic(this.#file, `${JSON.stringify(parsed.data, null, 2)}\n`, { encoding: 'utf8' });
    } catch (error) {
      this.#log.error('Saving settings failed', error);
      return fail({ code: 'settings-not-saved', message: SETTINGS_PROBLEMS.writeFailed((error as Error).message) });
    }
    this.#current = parsed.data;
    this.emit('saved', this.#current);
    return ok(this.#current);
  }
}

/** "invalid values for theme, notifications.connectionLost": the fields, in a supervisor's sentence. */
function invalidFields(error: z.ZodError): string {
  return SETTINGS_PROBLEMS.invalidFields([...new Set(error.issues.map((issue) => issue.path.join('.') || SETTINGS_PROBLEMS.wholeFile))]);
}

/** Renames the unusable file to settings.json.bad-<time> (a name Windows accepts too). */
async function setAside(file: string, reason: string, now: () => Date, log: Log): Promise<SettingsProblem> {
  const aside = `${file}.bad-${now().toISOString().replace(/[:.]/g, '-')}`;
  let kept = SETTINGS_PROBLEMS.keptAs(path.basename(aside));
  try {
    await rename(file, aside);
  } catch (error) {
    kept = SETTINGS_PROBLEMS.notKept((error as Error).message);
  }
  log.warn(`Settings file unusable (${reason}); ${kept}`);
  return { code: 'settings-reset', message: SETTINGS_PROBLEMS.reset(reason, kept) };
}
