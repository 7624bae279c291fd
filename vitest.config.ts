import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{main,common,preload,renderer,sim,scripts,bench,e2e/harness}/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Tests that start servers or keyrings share the 2 cores; a few files at once is enough.
    maxWorkers: 2,
  },
});
