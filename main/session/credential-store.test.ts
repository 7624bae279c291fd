// keytar against the real gnome-keyring of scripts/with-keyring.sh, checked through the Secret
// Service itself (secret-tool); and what happens when there is no Secret Service at all.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { credentialAccount, KeytarCredentialStore, rememberedPassword } from './credential-store';
import { matching } from '../../test-support/matchers';

const run = promisify(execFile);
const service = `Supervisor Softphone test ${process.pid}`;
const store = new KeytarCredentialStore(service);

async function secretTool(account: string): Promise<string | null> {
  try {
    return (await run('secret-tool', ['lookup', 'service', service, 'account', account])).stdout;
  } catch {
    return null;
  }
}

describe('KeytarCredentialStore', () => {
  it('names the entry user@server', () => {
    expect(credentialAccount('supervisor1', 'https://gws.example.com:8443/')).toBe('supervisor1@https://gws.example.com:8443');
  });

  it('security 15.3 the keychain account names scheme, host and port', () => {
    // The same host and port over http is another account: a downgraded address finds no password.
    expect(credentialAccount('supervisor1', 'https://gws.example.com')).toBe('supervisor1@https://gws.example.com:443');
    expect(credentialAccount('supervisor1', 'http://gws.example.com:443')).toBe('supervisor1@http://gws.example.com:443');
    expect(credentialAccount('supervisor1', 'http://[::1]/gws')).toBe('supervisor1@http://[::1]:80');
  });

  it('moves a v1 entry (user@host) to the new account for https, never for http', async () => {
    expect(await store.set('supervisor1@gws.example.com:8443', 'v1 pass')).toMatchObject({ ok: true });
    expect(await rememberedPassword(store, 'supervisor1', 'http://gws.example.com:8443')).toEqual({ ok: true, value: null });
    expect(await rememberedPassword(store, 'supervisor1', 'https://gws.example.com:8443')).toEqual({ ok: true, value: 'v1 pass' });
    expect(await store.list()).toEqual({ ok: true, value: ['supervisor1@https://gws.example.com:8443'] });
    expect(await rememberedPassword(store, 'supervisor1', 'https://gws.example.com:8443')).toEqual({ ok: true, value: 'v1 pass' });
    await store.delete('supervisor1@https://gws.example.com:8443');
  });

  it('sets, gets, lists and deletes an entry that the Secret Service holds under service + account', async () => {
    const account = 'supervisor1@gws.example.com';
    expect(await store.set(account, 's3cret pass')).toEqual({ ok: true, value: undefined });
    expect(await secretTool(account)).toBe('s3cret pass');
    expect(await store.get(account)).toEqual({ ok: true, value: 's3cret pass' });
    expect(await store.list()).toEqual({ ok: true, value: [account] });

    expect(await store.delete(account)).toEqual({ ok: true, value: true });
    expect(await secretTool(account)).toBeNull();
    expect(await store.get(account)).toEqual({ ok: true, value: null });
    expect(await store.delete(account)).toEqual({ ok: true, value: false });
  });

  it('without a Secret Service: sign-in still works and says "Password not remembered", why, and how to fix it', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'main/session/test-support/sign-in-without-keychain.ts'], {
      env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus' },
      timeout: 30_000,
    });
    const report = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as { signedIn: boolean; status: string; warnings: { code: string; message: string }[] };
    expect(report).toMatchObject({ signedIn: true, status: 'signed-in' });
    expect(report.warnings).toEqual([
      {
        code: 'password-not-remembered',
        message: matching(
          /^Password not remembered: The system keychain is not available \(.+\)\. Start a Secret Service \(GNOME Keyring or KWallet\) in your desktop session; without a desktop, .*dbus-run-session/,
        ),
      },
    ]);
  });
});
