import { defineConfig } from 'vitest/config';

// npm run test:reliability, first half: the core (plain Node) against simulators and hostile
// servers on 127.0.0.1. Fault scenarios wait out real reconnects, hence the longer timeouts.
export default defineConfig({
  test: {
    include: ['reliability/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 30_000,
    maxWorkers: 2,
  },
});
