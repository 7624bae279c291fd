// Imported by the integration tests: any promise rejection nobody handled during the file fails
// it, with the reason, on top of vitest's own report.
import { afterAll, expect } from 'vitest';

const unhandled: unknown[] = [];
process.on('unhandledRejection', (reason) => unhandled.push(reason));

afterAll(() => {
  expect(unhandled, 'unhandled promise rejections').toEqual([]);
});
