import { describe, expect, it } from 'vitest';
import { developmentSwitches } from './development-switches';

const env = { SOFTPHONE_USER_DATA: '/tmp/elsewhere', SOFTPHONE_DEMO_SERVER: 'http://127.0.0.1:9/', HOME: '/home/sam' };

describe('development switches', () => {
  it('security 15.11 packaged builds ignore SOFTPHONE_USER_DATA, SOFTPHONE_DEMO_SERVER and DevTools', () => {
    expect(developmentSwitches(true, env)).toEqual({ userData: undefined, demoServer: undefined, devTools: false });
  });

  it('work when not packaged (npm start, the tests)', () => {
    expect(developmentSwitches(false, env)).toEqual({ userData: '/tmp/elsewhere', demoServer: 'http://127.0.0.1:9/', devTools: true });
    expect(developmentSwitches(false, { SOFTPHONE_USER_DATA: '' })).toEqual({ userData: undefined, demoServer: undefined, devTools: true });
  });
});
