import { defineConfig } from '@playwright/test';

// npm run test:reliability, second half: the built app in the window, as e2e/ runs it, under
// faults and hostile input. Its own output folder: Playwright empties it at the start of a run.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 120_000,
  expect: { timeout: 10_000 },
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: '../test-results/reliability-e2e-report.json' }]],
  outputDir: '../test-results/reliability',
});
