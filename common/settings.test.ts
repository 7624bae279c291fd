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
    expect(defaultSettings).toMatchObject({ monitoringScope: 'Call', monitoringMode: 'AllCalls', autoAnswerMonitoringCalls: true, bargeInShortcut: 'CommandOrControl+Shift+B' });
  });
});
