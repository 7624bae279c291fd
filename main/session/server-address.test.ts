// Plain http carries the password readable: refused unless the server is this machine or the
// user has confirmed it has no TLS; and flagged in the connection bar when accepted.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { matching } from '../../test-support/matchers';
import { sessionFixture, type SessionFixture } from './test-support/session-fixture';
import { isUnencrypted } from './server-address';
import { sessionView } from './session-view';

let fixture: SessionFixture;
beforeEach(async () => {
  fixture = await sessionFixture();
});
afterEach(() => fixture.dispose());

const signIn = (serverUrl: string, withoutTls?: boolean) =>
  fixture.session.signIn({ serverUrl, userName: 'supervisor1', password: 'demo123', remember: false, ...(withoutTls !== undefined && { withoutTls }) });

describe('plain http', () => {
  it('security 15.3 plain http is refused for a non-loopback server unless the user confirms it has no TLS', async () => {
    for (const url of ['http://gws.invalid:8080', 'http://10.0.0.5', 'http://127.0.0.1.gws.invalid']) {
      const refused = await signIn(url);
      expect(refused).toMatchObject({ ok: false, error: { code: 'plain-http', message: matching(/This server has no TLS/) } });
      expect(fixture.session.state).toEqual({ status: 'signed-out' });
    }
    // Confirmed: the request goes out (and here finds no such host), it is not refused for its scheme.
    expect(await signIn('http://gws.invalid:8080', true)).toMatchObject({ ok: false, error: { code: 'network' } });
  });

  it('lets https and loopback addresses through without asking', async () => {
    for (const url of ['https://gws.invalid', 'http://localhost:1', 'http://127.0.0.1:1', 'http://[::1]:1']) {
      const result = await signIn(url);
      expect(result.ok ? 'signed in' : result.error.code, url).not.toBe('plain-http');
    }
  });

  it('security 15.3 the connection bar flags plain http to another machine', () => {
    const user = { id: 'u1', userName: 'supervisor1', firstName: 'Sam', lastName: 'Lee', roles: [] } as never;
    const view = (url: string) => sessionView({ status: 'signed-in', user, connection: { kind: 'connected' } }, url, 0);
    expect(view('http://gws.lan:8080')).toMatchObject({ status: 'signed-in', unencrypted: true });
    expect(view('https://gws.lan')).toMatchObject({ unencrypted: false });
    expect(view('http://127.0.0.1:8080')).toMatchObject({ unencrypted: false });
    expect(isUnencrypted('http://localhost')).toBe(false);
  });
});
