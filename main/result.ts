// Failures below the IPC layer are values, never exceptions, each with words for the window:
// every operation that can fail for a reason a supervisor can act on returns one.

/** A failure a supervisor can act on: a stable code for the UI and a sentence to show. */
export interface Problem<C extends string = string> {
  readonly code: C;
  readonly message: string;
}

export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });
export const fail = <E>(error: E): { readonly ok: false; readonly error: E } => ({ ok: false, error });
