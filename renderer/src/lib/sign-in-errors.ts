// Where a sign-in failure is shown: next to the field that caused it. The message itself comes
// from main (GwsError and session problems carry words a supervisor can act on).
import type { IpcError } from '../../../common/contract';

export type SignInField = 'serverUrl' | 'caFile' | 'userName' | 'password' | 'remember' | 'form';

const FIELD_OF_CODE: Record<string, SignInField> = {
  // The server address is wrong, unreachable or untrusted.
  'invalid-server-url': 'serverUrl',
  'plain-http': 'serverUrl',
  network: 'serverUrl',
  certificate: 'serverUrl',
  timeout: 'serverUrl',
  http: 'serverUrl',
  malformed: 'serverUrl',
  // The company CA file chosen for an untrusted server (shown on the form once it matters).
  'ca-file': 'caFile',
  'notifications-refused': 'serverUrl',
  'notifications-timeout': 'serverUrl',
  // The credentials.
  auth: 'password',
  'no-stored-password': 'password',
  'reauthentication-failed': 'password',
  // The keychain behind "Remember me".
  'keychain-unavailable': 'remember',
  'password-not-remembered': 'remember',
};

export function fieldOfProblem(code: string): SignInField {
  return FIELD_OF_CODE[code] ?? 'form';
}

export type SignInErrors = Partial<Record<SignInField, string>>;

/** A failed sign-in as the error of one field (or of the form as a whole). */
export function signInErrors(error: IpcError): SignInErrors {
  return { [fieldOfProblem(error.code)]: error.message };
}

/** Issues of a zod check of the sign-in form, by field (the path is [0, field] for a tuple of args). */
export function issuesByField(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): SignInErrors {
  const errors: SignInErrors = {};
  for (const issue of issues) {
    const field = issue.path.find((p): p is string => typeof p === 'string') as SignInField | undefined;
    const key: SignInField = field && ['serverUrl', 'caFile', 'userName', 'password', 'remember'].includes(field) ? field : 'form';
    errors[key] ??= issue.message;
  }
  return errors;
}
