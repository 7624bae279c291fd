// A session wired as the app will wire it: the real keychain (keytar), a diagnostic log and
// settings under a throwaway user-data folder, against a simulator on 127.0.0.1.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDiagnosticLog, type DiagnosticLog } from '../../log/diagnostic-log';
import { Redactor } from '../../log/redact';
import { KeytarCredentialStore } from '../credential-store';
import { SupervisorSession, type SessionDependencies } from '../session';

export interface SessionFixture {
  session: SupervisorSession;
  userData: string;
  log: DiagnosticLog;
  dispose(): Promise<void>;
}

export async function sessionFixture(options: Partial<SessionDependencies> = {}): Promise<SessionFixture> {
  const userData = await mkdtemp(path.join(tmpdir(), 'softphone-user-data-'));
  const redactor = new Redactor();
  const log = createDiagnosticLog({ dir: path.join(userData, 'logs'), redactor, consoleLevel: false });
  const session = new SupervisorSession({
    credentials: new KeytarCredentialStore(),
    log,
    redactor,
    // Quick retries keep the tests short; the pacing itself is tested in handshake-budget.test.ts.
    reconnectPolicy: { baseDelayMs: 200, maxDelayMs: 1000 },
    ...options,
  });
  return {
    session,
    userData,
    log,
    async dispose() {
      await session.signOut();
      await rm(userData, { recursive: true, force: true });
    },
  };
}

/** Every file under a folder, with its text. */
export async function filesUnder(dir: string): Promise<{ file: string; text: string }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  return Promise.all(files.map(async (file) => ({ file, text: await readFile(file, 'utf8') })));
}
