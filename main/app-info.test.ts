import { describe, expect, it } from 'vitest';
import { appInfo } from './app-info';

describe('appInfo', () => {
  it('reports Electron and Chrome versions under Electron', () => {
    expect(appInfo('Supervisor Softphone', '0.1.0', { node: '22.1.0', electron: '45.4.1', chrome: '142.0' })).toMatchObject({
      name: 'Supervisor Softphone',
      version: '0.1.0',
      electron: '45.4.1',
      chrome: '142.0',
      node: '22.1.0',
    });
  });

  it('reports null for them in the stand-in, where plain Node runs main', () => {
    expect(appInfo('x', '1.0.0', { node: '20.20.2' })).toMatchObject({ electron: null, chrome: null, node: '20.20.2' });
  });
});
