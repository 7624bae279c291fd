import { describe, expect, it } from 'vitest';
import { captureAccelerator, type KeyPress } from './accelerator-capture';

const press = (code: string, key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  code,
  key,
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  ...mods,
});

describe('shortcut capture', () => {
  it('writes Ctrl as CommandOrControl off macOS, and Cmd so on macOS', () => {
    expect(captureAccelerator(press('KeyB', 'B', { ctrlKey: true, shiftKey: true }), 'linux')).toEqual({
      kind: 'valid',
      accelerator: 'CommandOrControl+Shift+B',
    });
    expect(captureAccelerator(press('KeyB', 'b', { metaKey: true, altKey: true }), 'darwin')).toEqual({
      kind: 'valid',
      accelerator: 'CommandOrControl+Alt+B',
    });
    expect(captureAccelerator(press('KeyB', 'b', { ctrlKey: true }), 'darwin')).toEqual({ kind: 'valid', accelerator: 'Control+B' });
  });

  it('reads the physical key, whatever the layout types', () => {
    expect(captureAccelerator(press('KeyZ', 'y', { ctrlKey: true, altKey: true }), 'linux')).toEqual({
      kind: 'valid',
      accelerator: 'CommandOrControl+Alt+Z',
    });
    expect(captureAccelerator(press('Digit1', '!', { ctrlKey: true, shiftKey: true }), 'linux')).toMatchObject({ accelerator: 'CommandOrControl+Shift+1' });
    expect(captureAccelerator(press('F9', 'F9', { altKey: true }), 'linux')).toMatchObject({ accelerator: 'Alt+F9' });
    expect(captureAccelerator(press('ArrowUp', 'ArrowUp', { ctrlKey: true }), 'linux')).toMatchObject({ accelerator: 'CommandOrControl+Up' });
    expect(captureAccelerator(press('KeyK', 'k', { metaKey: true }), 'linux')).toMatchObject({ accelerator: 'Super+K' });
  });

  it('waits while only modifiers are held', () => {
    expect(captureAccelerator(press('ControlLeft', 'Control', { ctrlKey: true }), 'linux')).toEqual({ kind: 'pending', modifiers: ['CommandOrControl'] });
  });

  it('refuses a key without Ctrl, Alt, Cmd or Super, with the reason', () => {
    const shiftOnly = captureAccelerator(press('KeyB', 'B', { shiftKey: true }), 'linux');
    expect(shiftOnly).toMatchObject({ kind: 'invalid', attempted: 'Shift+B' });
    expect(shiftOnly.kind === 'invalid' && shiftOnly.reason).toMatch(/Ctrl, Alt, Cmd or Super/);
  });

  it('refuses keys Electron cannot register', () => {
    expect(captureAccelerator(press('IntlBackslash', '<', { ctrlKey: true }), 'linux')).toMatchObject({ kind: 'invalid' });
  });
});

describe('security 15.9 barge-in key is not an editing key', () => {
  it.each([
    ['linux', press('KeyC', 'c', { ctrlKey: true }), 'CommandOrControl+C', 'copies'],
    ['darwin', press('KeyV', 'v', { metaKey: true }), 'CommandOrControl+V', 'pastes'],
    ['win32', press('KeyZ', 'Z', { ctrlKey: true, shiftKey: true }), 'CommandOrControl+Shift+Z', 'undoes'],
    ['win32', press('F4', 'F4', { altKey: true }), 'Alt+F4', 'closes the window'],
  ])('on %s, the press is refused with the reason the settings field shows', (platform, keyPress, attempted, reason) => {
    const captured = captureAccelerator(keyPress, platform);
    expect(captured).toMatchObject({ kind: 'invalid', attempted });
    if (captured.kind === 'invalid') expect(captured.reason).toContain(reason);
  });
});
