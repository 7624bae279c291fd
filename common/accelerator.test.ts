import { describe, expect, it } from 'vitest';
import { acceleratorLabel, checkAccelerator } from './accelerator';

describe('checkAccelerator', () => {
  it.each([
    ['CommandOrControl+Shift+B', 'CommandOrControl+Shift+B'],
    ['cmdorctrl+shift+b', 'CommandOrControl+Shift+B'],
    ['Ctrl+Alt+F12', 'Control+Alt+F12'],
    ['Super+Plus', 'Super+Plus'],
    ['Alt+/', 'Alt+/'],
    ['Ctrl+num5', 'Control+num5'],
    [' Ctrl + Space ', 'Control+Space'],
  ])('accepts %s as %s', (input, canonical) => {
    expect(checkAccelerator(input)).toEqual({ ok: true, accelerator: canonical });
  });

  it.each([
    ['', 'is not a key combination'],
    ['Ctrl+', 'is not a key combination'],
    ['Ctrl+Shift', 'exactly one key'],
    ['Ctrl+A+B', 'exactly one key'],
    ['Ctrl+Ctrl+B', 'Control appears twice'],
    ['Ctrl+Hyper+B', '"Hyper" is not a key Electron knows'],
    ['B', 'would steal ordinary typing'],
    ['Shift+B', 'would steal ordinary typing'],
    ['Ctrl+F25', '"F25" is not a key Electron knows'],
  ])('refuses %j: %s', (input, reason) => {
    const r = checkAccelerator(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });
});

describe('acceleratorLabel', () => {
  it('reads CommandOrControl as Ctrl on Linux and Windows, Cmd on macOS', () => {
    expect(acceleratorLabel('CommandOrControl+Shift+B', 'linux')).toBe('Ctrl+Shift+B');
    expect(acceleratorLabel('CommandOrControl+Shift+B', 'darwin')).toBe('Cmd+Shift+B');
    expect(acceleratorLabel('Control+Alt+F12', 'win32')).toBe('Ctrl+Alt+F12');
  });
});

describe('security 15.9 barge-in key is not an editing key', () => {
  it.each([
    ['CommandOrControl+C', 'copies'],
    ['Ctrl+V', 'pastes'],
    ['Cmd+X', 'cuts'],
    ['CmdOrCtrl+Z', 'undoes'],
    ['CmdOrCtrl+Shift+Z', 'undoes'],
    ['Ctrl+A', 'selects all'],
    ['Command+S', 'saves'],
    ['CmdOrCtrl+W', 'closes a tab or window'],
    ['Cmd+Q', 'quits an application'],
    ['Ctrl+Tab', 'moves between tabs'],
    ['Ctrl+Shift+Tab', 'moves between tabs'],
    ['Super+C', 'copies'],
  ])('refuses %s: it %s', (input, what) => {
    const r = checkAccelerator(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(`${what} in every application`);
  });

  it.each([
    ['Alt+Tab', 'switches windows'],
    ['Alt+F4', 'closes the window'],
    ['Ctrl+Alt+Delete', 'Windows security screen'],
    ['Alt+Ctrl+Delete', 'Windows security screen'],
    ['Ctrl+Escape', 'Start menu'],
    ['CommandOrControl+Space', 'Spotlight'],
    ['Cmd+Tab', 'switches applications'],
    ['Cmd+Alt+Esc', 'Force Quit'],
    ['Meta+L', 'locks the computer'],
    ['Super+Tab', 'task view'],
    ['Ctrl+Alt+Backspace', 'desktop session'],
    ['Cmd+Shift+4', 'screenshot'],
  ])('refuses %s, which the operating system keeps: it %s', (input, what) => {
    const r = checkAccelerator(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(new RegExp(`^the operating system keeps it: it .*${what}`));
  });

  it.each(['CommandOrControl+Shift+B', 'Ctrl+Alt+C', 'Alt+Shift+V', 'Ctrl+Alt+K', 'Ctrl+F12', 'Control+Space'])('still accepts %s', (input) => {
    expect(checkAccelerator(input).ok).toBe(true);
  });
});
