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

describe('alert rules in settings', () => {
  it('are on by default: a long call past 10 min, Not Ready past 10, After Call Work past 5, the armed agent unavailable; alerts notify', () => {
    expect(defaultSettings.alerts).toEqual({
      longCall: { enabled: true, minutes: 10 },
      notReady: { enabled: true, minutes: 10 },
      afterCallWork: { enabled: true, minutes: 5 },
      armedAgentUnavailable: { enabled: true },
    });
    expect(defaultSettings.alertSnoozes).toEqual([]);
    expect(defaultSettings.notifications.alerts).toBe(true);
  });

  it('say which rule has a bad threshold and why', () => {
    const reason = (notReady: unknown) => settingsChangeSchema.safeParse({ alerts: { ...defaultSettings.alerts, notReady } }).error?.issues[0]?.message;
    expect(reason({ enabled: true, minutes: 0 })).toBe('Not Ready too long: the threshold must be at least 1 minute.');
    expect(reason({ enabled: true, minutes: 481 })).toBe('Not Ready too long: the threshold must be at most 480 minutes (8 hours).');
    expect(reason({ enabled: true, minutes: 2.5 })).toBe('Not Ready too long: the threshold must be a whole number of minutes.');
    expect(reason({ enabled: true, minutes: 'ten' })).toBe('Not Ready too long: the threshold must be a number of minutes.');
    expect(settingsChangeSchema.safeParse({ alerts: { ...defaultSettings.alerts, extra: true } }).success).toBe(false);
  });

  it('bound the snoozes: at most 1,000, each naming an agent', () => {
    const snoozes = (n: number) => Array.from({ length: n }, (_, i) => ({ userId: `u${i}`, until: 1 }));
    expect(settingsChangeSchema.safeParse({ alertSnoozes: snoozes(1000) }).success).toBe(true);
    expect(settingsChangeSchema.safeParse({ alertSnoozes: snoozes(1001) }).error?.issues[0]?.message).toBe('At most 1000 agents can be snoozed at once.');
    expect(settingsChangeSchema.safeParse({ alertSnoozes: [{ userId: '', until: 1 }] }).success).toBe(false);
  });
});
