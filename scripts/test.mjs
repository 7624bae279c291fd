// npm test: setup when needed, then every suite in turn, even after a failure, and one closing
// line `N passed, N failed` summing them all. Typecheck, lint and dist:check count as one check
// each; the unit and end-to-end runners report their own test counts. Exit 1 on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import process from 'node:process';

const REPORTS = 'test-results';
const UNIT_REPORT = `${REPORTS}/unit-report.json`;
const E2E_REPORT = `${REPORTS}/e2e-report.json`;
const RELIABILITY_UNIT_REPORT = `${REPORTS}/reliability-unit-report.json`;
const RELIABILITY_E2E_REPORT = `${REPORTS}/reliability-e2e-report.json`;

function run(command, args) {
  const started = Date.now();
  const r = spawnSync(command, args, { stdio: 'inherit' });
  return { ok: r.status === 0, seconds: (Date.now() - started) / 1000 };
}

/** A step whose only result is its exit code. */
function check(name, command, args) {
  const r = run(command, args);
  return { name, passed: r.ok ? 1 : 0, failed: r.ok ? 0 : 1, skipped: 0, seconds: r.seconds };
}

/** A step that writes a JSON report; a run that crashed before writing it counts as one failure. */
function suite(name, command, args, report, count) {
  rmSync(report, { force: true });
  const r = run(command, args);
  if (!existsSync(report)) return { name, passed: 0, failed: 1, skipped: 0, seconds: r.seconds };
  const counts = count(JSON.parse(readFileSync(report, 'utf8')));
  // A runner that exits non-zero with no failing test (a crash in teardown) still fails the run.
  if (!r.ok && counts.failed === 0) counts.failed = 1;
  return { name, ...counts, seconds: r.seconds };
}

const vitestCounts = (j) => ({ passed: j.numPassedTests, failed: j.numFailedTests, skipped: j.numPendingTests + j.numTodoTests });
const playwrightCounts = (j) => ({ passed: j.stats.expected, failed: j.stats.unexpected + j.stats.flaky, skipped: j.stats.skipped });

const setup = run('bash', ['scripts/setup.sh']);
if (!setup.ok) {
  console.log('\nsetup failed: nothing was tested.\n0 passed, 1 failed');
  process.exit(1);
}
mkdirSync(REPORTS, { recursive: true });

const results = [
  check('build', 'npm', ['run', '--silent', 'build']),
  check('typecheck (tsc)', 'npm', ['run', '--silent', 'typecheck:node']),
  check('typecheck (svelte-check)', 'npm', ['run', '--silent', 'typecheck:renderer']),
  check('lint', 'npm', ['run', '--silent', 'lint']),
  suite(
    'unit',
    'bash',
    ['scripts/with-keyring.sh', 'npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${UNIT_REPORT}`],
    UNIT_REPORT,
    vitestCounts,
  ),
  check('dist:check', 'npm', ['run', '--silent', 'dist:check']),
  check('build (e2e stand-in)', 'npm', ['run', '--silent', 'build:harness']),
  suite('e2e', 'bash', ['scripts/with-display.sh', 'bash', 'scripts/with-keyring.sh', 'npx', 'playwright', 'test'], E2E_REPORT, playwrightCounts),
  // npm run test:reliability, step by step: faults, hostile input, secrets, soak, TLS.
  suite(
    'reliability (core)',
    'bash',
    [
      'scripts/with-keyring.sh',
      'npx',
      'vitest',
      'run',
      '--config',
      'reliability/vitest.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${RELIABILITY_UNIT_REPORT}`,
    ],
    RELIABILITY_UNIT_REPORT,
    vitestCounts,
  ),
  suite(
    'reliability (window)',
    'bash',
    ['scripts/with-display.sh', 'bash', 'scripts/with-keyring.sh', 'npx', 'playwright', 'test', '--config', 'reliability/playwright.config.ts'],
    RELIABILITY_E2E_REPORT,
    playwrightCounts,
  ),
];

const total = { passed: 0, failed: 0, skipped: 0 };
console.log('\nstep                        passed  failed  skipped   seconds');
for (const r of results) {
  console.log(
    `${r.name.padEnd(28)}${String(r.passed).padStart(6)}${String(r.failed).padStart(8)}${String(r.skipped).padStart(9)}${r.seconds.toFixed(1).padStart(10)}`,
  );
  total.passed += r.passed;
  total.failed += r.failed;
  total.skipped += r.skipped;
}
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed ? 1 : 0);
