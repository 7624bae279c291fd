import { describe, expect, it } from 'vitest';
import { verbArgsSchemas } from './schemas';
import { defaultSettings, settingsChangeSchema } from './settings';

describe('a settings change', () => {
  it('carries only the fields it names, so the others keep their values', () => {
    expect(settingsChangeSchema.parse({ monitoringScope: 'Agent' })).toEqual({ monitoringScope: 'Agent' });
    expect(verbArgsSchemas['settings.update'].parse([{ theme: 'dark' }])).toEqual([{ theme: 'dark' }]);
  });

  it('refuses an unknown field, a wrong value and a shortcut Electron would refuse', () => {
    expect(settingsChangeSchema.safeParse({ colour: 'red' }).success).toBe(false);
    expect(settingsChangeSchema.safeParse({ theme: 'purple' }).success).toBe(false);
    const shortcut = settingsChangeSchema.safeParse({ bargeInShortcut: 'Shift+B' });
    expect(shortcut.error?.issues[0]?.message).toContain('would steal ordinary typing');
  });

  it('keeps the defaults GWS documents for monitoring (Call, AllCalls) and auto-answer on', () => {
    expect(defaultSettings).toMatchObject({
      monitoringScope: 'Call',
      monitoringMode: 'AllCalls',
      autoAnswerMonitoringCalls: true,
      bargeInShortcut: 'CommandOrControl+Shift+B',
    });
  });

  it('reads the team again every 15 s by default, and says what is wrong with a bad interval', () => {
    expect(defaultSettings.teamRefreshSeconds).toBe(15);
    expect(settingsChangeSchema.parse({ teamRefreshSeconds: 5 })).toEqual({ teamRefreshSeconds: 5 });
    const reason = (value: unknown) => settingsChangeSchema.safeParse({ teamRefreshSeconds: value }).error?.issues[0]?.message;
    expect(reason(4)).toBe('The team refresh interval must be at least 5 seconds.');
    expect(reason(601)).toBe('The team refresh interval must be at most 600 seconds (10 minutes).');
    expect(reason(7.5)).toBe('The team refresh interval must be a whole number of seconds.');
    expect(reason(Number.NaN)).toBe('The team refresh interval must be a number of seconds.');
    expect(reason('15')).toBe('The team refresh interval must be a number of seconds.');
  });
});
