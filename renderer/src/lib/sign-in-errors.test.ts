import { describe, expect, it } from 'vitest';
import { verbArgsSchemas } from '../../../common/schemas';
import { fieldOfProblem, issuesByField, signInErrors } from './sign-in-errors';

describe('sign-in errors go next to their cause', () => {
  it('puts server problems under the server address', () => {
    for (const code of ['network', 'certificate', 'timeout', 'invalid-server-url', 'http', 'malformed']) {
      expect(fieldOfProblem(code)).toBe('serverUrl');
    }
  });

  it('puts an unusable CA file under the CA file', () => {
    expect(signInErrors({ code: 'ca-file', message: 'The CA certificate file /x.pem cannot be read (ENOENT).' })).toEqual({
      caFile: 'The CA certificate file /x.pem cannot be read (ENOENT).',
    });
  });

  it('puts a refused password under the password, a keychain problem under Remember me', () => {
    expect(signInErrors({ code: 'auth', message: 'GWS did not accept…' })).toEqual({ password: 'GWS did not accept…' });
    expect(fieldOfProblem('keychain-unavailable')).toBe('remember');
  });

  it('puts anything else at the top of the form', () => {
    expect(fieldOfProblem('no-permission')).toBe('form');
    expect(fieldOfProblem('monitoring-off')).toBe('form');
    expect(fieldOfProblem('internal')).toBe('form');
  });

  it('maps the contract schema’s issues to fields', () => {
    const checked = verbArgsSchemas['session.signIn'].safeParse([{ serverUrl: ' ', userName: '', password: '', remember: false }]);
    expect(checked.success).toBe(false);
    if (checked.success) return;
    expect(issuesByField(checked.error.issues)).toEqual({
      serverUrl: 'Enter the GWS server address',
      userName: 'Enter your user name',
      password: 'Enter your password',
    });
  });
});
