// The HTTP status that goes with a non-zero statusCode. Only 401 (not authenticated), 403 (CSRF)
// and 404 (disabled feature) are documented (docs/gws-notes.md, "Signing in", "Replies"); the rest is a choice, made
// switchable because real servers may differ (sim/README.md, "Choices").
import type { GwsError } from '../model/gws-error';
import { StatusCode } from '../model/gws-error';

/**
 * reference: HTTP 200 with the statusCode in the body, 404 for "not found" (docs/gws-notes.md, "Replies").
 * strict: a REST-style status for each statusCode.
 */
export const errorStatusModes = ['reference', 'strict'] as const;
export type ErrorStatusMode = (typeof errorStatusModes)[number];

const strict: Record<number, number> = {
  [StatusCode.missingParameter]: 400,
  [StatusCode.invalidState]: 400,
  [StatusCode.forbidden]: 403,
  [StatusCode.noPermission]: 403,
  [StatusCode.notFound]: 404,
};

export function httpStatusFor(error: GwsError, mode: ErrorStatusMode): number {
  if (error.httpStatus !== undefined) return error.httpStatus;
  if (error.statusCode === StatusCode.notAuthenticated) return 401;
  if (error.statusCode === StatusCode.internalError) return 500;
  if (mode === 'reference') return error.statusCode === StatusCode.notFound ? 404 : 200;
  return strict[error.statusCode] ?? 200;
}
