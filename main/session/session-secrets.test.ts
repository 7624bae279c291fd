// The redactor's secrets belong to one session (issue 15, finding 6): a password typed once is
// masked while it is in use, and not held for the app's lifetime after sign-out.
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../sim/index';
import { Redactor } from '../log/redact';
import '../../test-support/no-unhandled-rejections';
import { sessionFixture, type SessionFixture } from './test-support/session-fixture';

const supervisor = { userName: 'supervisor1', password: 'demo123' };
let sim: Simulator | undefined;
let fixture: SessionFixture | undefined;

afterEach(async () => {
  await fixture?.dispose();
  await sim?.close();
});

describe('security 15.6 bounded state', () => {
  it('the password (and its Basic form) is masked while signed in, and dropped at sign-out', async () => {
    sim = await startSimulator({ longPollMs: 2000 });
    const redactor = new Redactor();
    fixture = await sessionFixture({ redactor });
    expect(await fixture.session.signIn({ serverUrl: sim.url, ...supervisor, remember: false })).toMatchObject({ ok: true });
    const basic = Buffer.from('supervisor1:demo123').toString('base64');
    expect(redactor.redact(`typed demo123, sent ${basic}`)).toBe('typed [redacted], sent [redacted]');

    await fixture.session.signOut();
    expect(redactor.redact(`typed demo123, sent ${basic}`)).toBe(`typed demo123, sent ${basic}`);
  });

  it('a refused sign-in does not keep the password it tried', async () => {
    sim = await startSimulator({ longPollMs: 2000 });
    const redactor = new Redactor();
    fixture = await sessionFixture({ redactor });
    expect(await fixture.session.signIn({ serverUrl: sim.url, userName: 'supervisor1', password: 'not-the-password', remember: false })).toMatchObject({
      ok: false,
      error: { code: 'auth' },
    });
    expect(redactor.redact('not-the-password')).toBe('not-the-password');
  });
});
