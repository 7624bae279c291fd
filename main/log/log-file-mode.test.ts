// main.log names servers, agents and calls: only its owner may read it, like activity.jsonl.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createDiagnosticLog } from './diagnostic-log';
import { Redactor } from './redact';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'softphone-log-mode-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('security 15.11 main.log is created 0600 like the activity log', async () => {
  const log = createDiagnosticLog({ dir, redactor: new Redactor(), consoleLevel: false });
  log.warn('a first line creates the file');
  await expect
    .poll(() =>
      stat(log.file).then(
        (s) => s.size,
        () => 0,
      ),
    )
    .toBeGreaterThan(0);
  // Whatever the umask: no bit for the group or others.
  expect((await stat(log.file)).mode & 0o077).toBe(0);
});
