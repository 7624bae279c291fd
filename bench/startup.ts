// Figure 5: the core's start-up, as at a launch with a remembered password: createAppCore()
// (settings, log, keychain), signInAtLaunch() (the keychain read, GET /me, the CometD handshake
// and subscriptions, StartContactCenterSession), until the session is signed in with CometD
// connected and the first resync (the snapshot read) is done. The simulator has its own process.
import type { AppCore } from '../main/app-core';
import { credentialAccount, KeytarCredentialStore } from '../main/session/credential-store';
import { nextEvent } from '../test-support/events';
import { Child } from './child';
import { connected, openCore, SUPERVISOR, userDataDir } from './core';
import { figure, type Figure } from './figure';
import type { SimHost } from './sim-host';
import { median, round2 } from './stats';

export interface StartupOptions {
  launches: number;
  log: (line: string) => void;
}

/** One launch: from createAppCore() to connected and resynced. */
async function launch(userData: string): Promise<{ ms: number; core: AppCore }> {
  const started = performance.now();
  const core = await openCore(userData);
  const resynced = nextEvent(core.session, 'snapshot');
  void core.signInAtLaunch();
  await resynced;
  await connected(core);
  return { ms: performance.now() - started, core };
}

export async function measureStartup({ launches, log }: StartupOptions): Promise<Figure[]> {
  const sim = Child.start<SimHost>('simulator', new URL('./sim-host.ts', import.meta.url));
  const { dir, remove } = await userDataDir();
  try {
    const { url, password } = await sim.call('start', {});
    // The first sign-in remembers the password (keychain) and the server (settings.json).
    const first = await openCore(dir);
    const signedIn = await first.signIn({ serverUrl: url, userName: SUPERVISOR, password, remember: true });
    if (!signedIn.ok) throw new Error(`sign-in failed: ${signedIn.error.message}`);
    await first.dispose();

    const times: number[] = [];
    for (let i = 0; i < launches; i++) {
      const { ms, core } = await launch(dir);
      times.push(ms);
      await core.dispose();
    }
    // Leave nothing in the keychain.
    await new KeytarCredentialStore().delete(credentialAccount(SUPERVISOR, url));
    log(`  launches ms: ${times.map((t) => t.toFixed(0)).join(', ')}; median ${median(times).toFixed(1)}`);
    return [figure('startup_connected_ms', round2(median(times)), 'ms', '<= 500')];
  } finally {
    await remove();
    await sim.close();
  }
}
