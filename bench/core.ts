// The app's core (main/app-core.ts) as the bench drives it: plain Node, the real keychain (the
// bench runs inside scripts/with-keyring.sh), a throwaway user-data folder, quiet logs.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createAppCore, type AppCore, type AppCoreOptions } from '../main/app-core';
import type { SupervisorView } from '../common/supervisor-view';
import type { DomainEvent } from '../main/supervisor/types';
import { nextEvent } from '../test-support/events';

export const SUPERVISOR = 'supervisor1';

export interface BenchCore {
  core: AppCore;
  userData: string;
  dispose(): Promise<void>;
}

export async function userDataDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'softphone-bench-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export async function openCore(userData: string, options: Omit<AppCoreOptions, 'userData'> = {}): Promise<AppCore> {
  return createAppCore({ consoleLogLevel: false, ...options, userData });
}

/** Resolves when the session is signed in with CometD connected (now or later). */
export async function connected(core: AppCore, timeoutMs = 15_000): Promise<void> {
  const isConnected = () => core.session.state.status === 'signed-in' && core.session.state.connection.kind === 'connected';
  if (isConnected()) return;
  await nextEvent(core.session, 'state', () => isConnected(), timeoutMs);
}

/** A core signed in as supervisor1 (password not remembered), connected and resynced. */
export async function signedInCore(serverUrl: string, password: string, options: Omit<AppCoreOptions, 'userData'> = {}): Promise<BenchCore> {
  const { dir, remove } = await userDataDir();
  const core = await openCore(dir, options);
  const result = await core.signIn({ serverUrl, userName: SUPERVISOR, password, remember: false });
  if (!result.ok) throw new Error(`sign-in failed: ${result.error.message}`);
  await connected(core);
  return {
    core,
    userData: dir,
    async dispose() {
      await core.dispose();
      await remove();
    },
  };
}

/** ListenIn, AllCalls, scope Call on the agent with that DN; resolves once GWS says it is armed. */
export async function armListenIn(core: AppCore, phoneNumber: string): Promise<void> {
  const armed = nextEvent<[DomainEvent]>(core.supervisor, 'domain', (event) => event.type === 'monitoringArmed');
  const result = await core.supervisor.monitor({ target: { phoneNumber }, state: 'ListenIn', mode: 'AllCalls', scope: 'Call' });
  if (!result.ok) throw new Error(`ListenIn failed: ${result.error.message}`);
  await armed;
}

/**
 * signedInCore with a large team: once the whole team (`agents`) is read, ListenIn on the agent
 * with that DN, and the team read that arming starts settled, so a run starts from the steady state.
 */
export async function signedInWithTeam(
  serverUrl: string,
  password: string,
  agents: number,
  phoneNumber: string,
  options: Omit<AppCoreOptions, 'userData'> = {},
): Promise<BenchCore> {
  const app = await signedInCore(serverUrl, password, options);
  const { core } = app;
  // The team is read once signed in (GET /api/v2/users): the monitoring target's name comes from it.
  if (core.supervisor.view().team.length < agents) {
    await nextEvent<[SupervisorView]>(core.supervisor, 'view', (view) => view.team.length >= agents, 60_000);
  }
  const reread = nextEvent(core.supervisor, 'view', () => true, 60_000);
  await armListenIn(core, phoneNumber);
  await reread;
  return app;
}
