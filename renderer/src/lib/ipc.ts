// Calls to window.softphone never throw into the UI: a rejected promise (main crashed, a
// handler threw) becomes an error value like any other, with words.
import type { IpcError, IpcResult } from '../../../common/contract';

export async function invoke<T>(run: () => Promise<IpcResult<T>>): Promise<IpcResult<T>> {
  try {
    return await run();
  } catch (error) {
    return { ok: false, error: { code: 'internal', message: `The app did not answer (${errorText(error)}). Try again; if it persists, restart the app.` } };
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export type { IpcError };
