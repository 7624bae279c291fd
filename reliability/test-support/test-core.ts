// The app's core (main/app-core.ts) on a throwaway user-data folder with the real keychain and no
// console logging, disposed and its folder removed after the test, whatever the test's outcome.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createAppCore, type AppCore, type AppCoreOptions } from '../../main/app-core';
import { afterTest } from './after-test';

export interface TestCore {
  core: AppCore;
  userData: string;
}

export async function testCore(options: Omit<AppCoreOptions, 'userData' | 'consoleLogLevel'> = {}): Promise<TestCore> {
  const userData = await mkdtemp(path.join(tmpdir(), 'softphone-rel-'));
  afterTest(() => rm(userData, { recursive: true, force: true }));
  const core = await createAppCore({ userData, consoleLogLevel: false, ...options });
  // Registered after the folder: undone first, so the core is signed out before its folder goes.
  afterTest(() => core.dispose());
  return { core, userData };
}
