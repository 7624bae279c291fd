import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings, SettingsStore } from './settings';
import { matching } from '../../test-support/matchers';
import { quiet } from '../../test-support/quiet-log';

const at = () => new Date('2026-11-24T09:30:15.123Z');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'softphone-settings-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const file = () => path.join(dir, 'settings.json');

describe('settings', () => {
  it('start from the defaults when there is no file', async () => {
    const { store, warning } = await SettingsStore.open(dir, quiet);
    expect(warning).toBeUndefined();
    expect(store.get()).toEqual(defaultSettings);
    expect(defaultSettings).toMatchObject({
      bargeInShortcut: 'CommandOrControl+Shift+B',
      monitoringScope: 'Call',
      monitoringMode: 'AllCalls',
      autoAnswerMonitoringCalls: true,
      trustedCaFile: null,
      theme: 'system',
    });
  });

  it('save the whole file and read it back; a file from an older version gets the new defaults', async () => {
    const { store } = await SettingsStore.open(dir, quiet);
    expect(await store.update({ serverUrl: 'https://gws.example.com', theme: 'dark' })).toMatchObject({ ok: true });
    expect(JSON.parse(await readFile(file(), 'utf8'))).toEqual({ ...defaultSettings, serverUrl: 'https://gws.example.com', theme: 'dark' });
    expect(await readdir(dir)).toEqual(['settings.json']); // no temp file left behind

    await writeFile(file(), JSON.stringify({ userName: 'supervisor1' }));
    expect((await SettingsStore.open(dir, quiet)).store.get()).toEqual({ ...defaultSettings, userName: 'supervisor1' });
  });

  it('refuse an invalid change as a value and keep the file as it was', async () => {
    const { store } = await SettingsStore.open(dir, quiet);
    await store.update({ theme: 'light' });
    const result = await store.update({ serverUrl: 'ftp://files' });
    expect(result).toMatchObject({ ok: false, error: { code: 'settings-invalid', message: 'These settings were not saved: invalid values for serverUrl.' } });
    expect(store.get().theme).toBe('light');
    expect(JSON.parse(await readFile(file(), 'utf8'))).toMatchObject({ serverUrl: '', theme: 'light' });
  });

  it('keep the team refresh interval when a bad one is refused', async () => {
    const { store } = await SettingsStore.open(dir, quiet);
    expect(await store.update({ teamRefreshSeconds: 30 })).toMatchObject({ ok: true });
    expect(await store.update({ teamRefreshSeconds: 2 })).toMatchObject({
      ok: false,
      error: { code: 'settings-invalid', message: 'These settings were not saved: invalid values for teamRefreshSeconds.' },
    });
    expect(store.get().teamRefreshSeconds).toBe(30);
    expect(JSON.parse(await readFile(file(), 'utf8'))).toMatchObject({ teamRefreshSeconds: 30 });
  });

  it.each([
    ['not JSON', '{"theme": "dark", ', /it is not valid JSON/],
    ['a value the schema refuses', JSON.stringify({ theme: 'purple', startAtLogin: 'yes' }), /invalid values for (theme, startAtLogin|startAtLogin, theme)\)/],
    ['empty', '', /it is not valid JSON/],
    [
      'an alert threshold out of range',
      JSON.stringify({ alerts: { ...defaultSettings.alerts, notReady: { enabled: true, minutes: 0 } } }),
      /invalid values for alerts\.notReady\.minutes\)/,
    ],
    [
      'too many snoozed agents',
      JSON.stringify({ alertSnoozes: Array.from({ length: 1001 }, (_, i) => ({ userId: `u${i}`, until: 1 })) }),
      /invalid values for alertSnoozes\)/,
    ],
  ])('a corrupt file (%s): defaults, the .bad copy, and a warning', async (_label, content, reason) => {
    await writeFile(file(), content);
    const { store, warning } = await SettingsStore.open(dir, quiet, at);

    expect(store.get()).toEqual(defaultSettings);
    const kept = 'settings.json.bad-2026-11-24T09-30-15-123Z';
    expect(await readdir(dir)).toEqual([kept]);
    expect(await readFile(path.join(dir, kept), 'utf8')).toBe(content);
    expect(warning).toEqual({
      code: 'settings-reset',
      message: matching(
        new RegExp(`^Your settings file could not be used \\(.*\\), so the app started with default settings; it was kept as ${kept}\\.$`, 's'),
      ),
    });
    expect(warning?.message).toMatch(reason);
  });
});
