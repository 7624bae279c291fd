import { describe, expect, it } from 'vitest';
import type { SessionView } from '../../common/session-view';
import { armed, monitoringLeg, run, signedIn } from '../supervisor/test-support/gws-fixtures';
import { supervisorView } from '../supervisor/views';
import { online, registered } from './test-support/tray-fixtures';
import { trayView, type TrayView } from './tray-view';

const signedOut: SessionView = { status: 'signed-out', reason: null };
const enabled = (v: TrayView) => v.menu.flatMap((e) => (e.type === 'item' && e.enabled ? [e.label] : []));
const idle = supervisorView(run([]).state);

describe('the tray', () => {
  it('signed out: says so, and offers only the window and Quit', () => {
    const view = trayView(signedOut, idle, registered, 'linux');
    expect(view).toMatchObject({ icon: 'signed-out', tooltip: 'Supervisor Softphone: signed out' });
    expect(enabled(view)).toEqual(['Show window', 'Quit']);
  });

  it('armed: names whom and how, and offers Cancel', () => {
    const view = trayView(online, supervisorView(run(signedIn(armed())).state), registered, 'linux');
    expect(view.icon).toBe('armed');
    expect(view.tooltip).toBe('Supervisor Softphone: Listening to Alice Ng — all calls — follows the call');
    expect(enabled(view)).toEqual(['Show window', 'Cancel monitoring', 'Sign out', 'Quit']);
  });

  it('live call: listening icon, and the call’s own actions with the shortcut shown', () => {
    const view = trayView(online, supervisorView(run([...signedIn(armed()), { type: 'call', call: monitoringLeg() }]).state), registered, 'linux');
    expect(view.icon).toBe('live');
    expect(view.tooltip).toBe('Supervisor Softphone: listening: Alice Ng on a call with +19165550104');
    expect(enabled(view)).toEqual(['Show window', 'Barge in (Ctrl+Shift+B)', 'Mute agent', 'Leave call', 'Cancel monitoring', 'Sign out', 'Quit']);
  });

  it('barged in: its own icon, and Back to listening', () => {
    const call = monitoringLeg({ mute: 'Off', capabilities: ['Hangup', 'SwitchToListenIn'], supervisorMonitoringState: { state: 'BargeIn' } });
    const view = trayView(online, supervisorView(run([...signedIn(armed()), { type: 'call', call }]).state), registered, 'linux');
    expect(view.icon).toBe('barged-in');
    expect(enabled(view)).toContain('Back to listening');
    expect(enabled(view)).not.toContain('Barge in (Ctrl+Shift+B)');
  });

  it('coaching round: says "3 of 8, now Alice Ng" under what it is doing, and offers Stop', () => {
    const round = { how: 'Coach' as const, position: 3, total: 8, agentName: 'Alice Ng', agentUserName: 'alice', paused: false };
    const view = trayView(online, supervisorView(run(signedIn(armed())).state), registered, 'linux', round);
    expect(view.tooltip).toBe('Supervisor Softphone: Listening to Alice Ng — all calls — follows the call\nCoaching round: 3 of 8, now Alice Ng');
    expect(enabled(view)).toEqual(['Show window', 'Cancel monitoring', 'Stop coaching round', 'Sign out', 'Quit']);
    const paused = trayView(online, idle, registered, 'linux', { ...round, paused: true });
    expect(paused.tooltip).toBe('Supervisor Softphone: connected as Sam Lee\nCoaching round: 3 of 8, paused during your own call');
  });

  it('labels demo mode', () => {
    expect(trayView({ ...online, demo: true }, idle, registered, 'linux').tooltip).toBe('Supervisor Softphone (demo): connected as Sam Lee');
  });

  it('connection problem and a taken shortcut, in words', () => {
    const retrying: SessionView = { ...online, connection: { kind: 'reconnecting', attempt: 2, nextRetryAt: 0, reason: 'x' } };
    const view = trayView(
      retrying,
      idle,
      { state: 'failed', accelerator: 'CommandOrControl+Shift+B', reason: 'another application already uses it' },
      'darwin',
    );
    expect(view.icon).toBe('problem');
    expect(view.tooltip).toBe(
      'Supervisor Softphone: connection lost, retrying (attempt 2)\nBarge-in shortcut Cmd+Shift+B unavailable: another application already uses it',
    );
  });
});
