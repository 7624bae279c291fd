import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { APP_ID } from './app-id';

it('matches the installers’ appId, or Windows notifications lose their sender', () => {
  const config = readFileSync('electron-builder.yml', 'utf8');
  expect(/^appId:\s*(\S+)\s*$/m.exec(config)?.[1]).toBe(APP_ID);
});
