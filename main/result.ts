// Failures below the IPC layer are values, never exceptions, each with words for the window:
// every operation that can fail for a reason a supervisor can act on returns one.

export type { Problem } from '../common/problem';

export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });
export const fail = <E>(error: E): { readonly ok: false; readonly error: E } => ({ ok: false, error });
