import { describe, expect, it } from 'vitest';
import { signedOutTrayView } from './tray-view';

describe('the signed-out tray', () => {
  it('says so, and offers the window and Quit', () => {
    const view = signedOutTrayView({ state: 'registered', accelerator: 'CommandOrControl+Shift+B' }, 'linux');
    expect(view.icon).toBe('signed-out');
    expect(view.tooltip).toBe('Supervisor Softphone: signed out');
    expect(view.menu.map((e) => (e.type === 'item' ? `${e.label}${e.enabled ? '' : ' (disabled)'}` : '---'))).toEqual([
      'Show window',
      '---',
      'Quit',
    ]);
  });

  it('names a shortcut that could not be registered, in this platform’s spelling', () => {
    const view = signedOutTrayView(
      { state: 'failed', accelerator: 'CommandOrControl+Shift+B', reason: 'another application already uses it' },
      'darwin',
    );
    expect(view.tooltip).toBe(
      'Supervisor Softphone: signed out\nBarge-in shortcut Cmd+Shift+B unavailable: another application already uses it',
    );
  });
});
