// Calls to window.softphone never throw into the UI: a rejected promise (main crashed, a
// handler threw) becomes an error value like any other, with words.
import type { IpcError, IpcResult } from '../../../common/contract';
import { WINDOW_PROBLEMS } from '../../../common/words/window';

export async function invoke<T>(run: () => Promise<IpcResult<T>>): Promise<IpcResult<T>> {
  try {
    return await run();
  } catch (error) {
    return { ok: false, error: { code: 'internal', message: WINDOW_PROBLEMS.noAnswer(errorText(error)) } };
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export type { IpcError };
