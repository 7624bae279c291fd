// Run as a child process with no reachable Secret Service (credential-store.test.ts): signs in
// with "remember me" through the real keytar store and prints what the session reported.
import { startSimulator } from '../../../sim/index';
import { Redactor } from '../../log/redact';
import { KeytarCredentialStore } from '../credential-store';
import { SupervisorSession, type SessionWarning } from '../session';
import { quiet } from '../../../test-support/quiet-log';

const sim = await startSimulator({ longPollMs: 2000 });
const session = new SupervisorSession({ credentials: new KeytarCredentialStore(), log: quiet, redactor: new Redactor() });
const warnings: SessionWarning[] = [];
session.on('warning', (warning) => warnings.push(warning));
const result = await session.signIn({ serverUrl: sim.url, userName: 'supervisor1', password: 'demo123', remember: true });
const status = session.state.status;
await session.signOut();
await sim.close();
console.log(JSON.stringify({ signedIn: result.ok, status, warnings }));
