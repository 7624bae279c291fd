import type { Log } from '../main/log/diagnostic-log';

/** A log that drops everything, for tests that check behaviour, not logging. */
export const quiet: Log = { error: () => {}, warn: () => {}, info: () => {}, debug: () => {} };
