// A refused request, carrying the GWS statusCode of reference section 5.

export const StatusCode = {
  ok: 0,
  missingParameter: 1,
  invalidState: 2,
  forbidden: 3,
  internalError: 4,
  noPermission: 5,
  notFound: 6,
  partialSuccess: 7,
  notAuthenticated: 20,
} as const;

export class GwsError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    /** Set where GWS is known to answer with a particular HTTP status (a disabled feature: 404). */
    readonly httpStatus?: number,
  ) {
    super(message);
    this.name = 'GwsError';
  }
}

export const invalidState = (message: string): GwsError => new GwsError(StatusCode.invalidState, message);
export const notFound = (message: string): GwsError => new GwsError(StatusCode.notFound, message);
