// The app's non-secret settings (never a password: that is in the keychain): the one description of the fields and
// their defaults, used by main to read and write settings.json and by the window to check a
// field before sending it.
import { z } from 'zod';
import { checkAccelerator } from './accelerator';
import { MONITORING_MODE_NAMES, MONITORING_SCOPE_NAMES } from './supervisor-view';

export const notificationKinds = z.object({
  monitoredCallStarted: z.boolean().default(true),
  monitoringArmed: z.boolean().default(true),
  monitoringCancelled: z.boolean().default(true),
  monitoringLost: z.boolean().default(true),
  connectionLost: z.boolean().default(true),
  connectionRestored: z.boolean().default(true),
  alerts: z.boolean().default(true),
});

/** A rule's threshold in whole minutes, with words naming the rule when it is out of bounds. */
const thresholdMinutes = (rule: string, byDefault: number) =>
  z
    .number({ error: `${rule}: the threshold must be a number of minutes.` })
    .int(`${rule}: the threshold must be a whole number of minutes.`)
    .min(1, `${rule}: the threshold must be at least 1 minute.`)
    .max(480, `${rule}: the threshold must be at most 480 minutes (8 hours).`)
    .default(byDefault);
const timedRule = (rule: string, byDefault: number) => {
  const schema = z.strictObject({ enabled: z.boolean().default(true), minutes: thresholdMinutes(rule, byDefault) });
  return schema.default(schema.parse({}));
};
const armedRule = z.strictObject({ enabled: z.boolean().default(true) });

/** The alert rules (main/supervisor/alerts/alert-rules.ts), each on or off, with its threshold. */
export const alertRulesSchema = z.strictObject({
  /** The monitored call has lasted longer than N minutes. */
  longCall: timedRule('Long monitored call', 10),
  /** A team member has been Not Ready (Aux work included) longer than N minutes. */
  notReady: timedRule('Not Ready too long', 10),
  afterCallWork: timedRule('After Call Work too long', 5),
  /** The armed agent logged off or went Not Ready: monitoring would never fire. */
  armedAgentUnavailable: armedRule.default(armedRule.parse({})),
});
export type AlertRules = z.output<typeof alertRulesSchema>;

/** One agent's alerts snoozed until `until` (epoch ms, the end of that local day). */
export const alertSnoozeSchema = z.strictObject({ userId: z.string().min(1).max(200), until: z.number().int().nonnegative() });
export type AlertSnooze = z.output<typeof alertSnoozeSchema>;
export const MAX_ALERT_SNOOZES = 1000;

// Every text is bounded (the limits of the sign-in form's, and a path's): a hostile window must
// not get megabytes into settings.json.
export const settingsSchema = z.object({
  /** The GWS base URL, e.g. https://gws.example.com; empty until the first sign-in. */
  serverUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(2000)]).default(''),
  userName: z.string().max(200).default(''),
  /** Whether a password is in the keychain for userName@server (the password itself never is here). */
  rememberPassword: z.boolean().default(false),
  /** The user confirmed at sign-in that serverUrl, plain http and not loopback, has no TLS. */
  serverWithoutTls: z.boolean().default(false),
  /** The global barge-in shortcut, an Electron accelerator. */
  bargeInShortcut: z
    .string()
    .max(100)
    .superRefine((value, ctx) => {
      // Too long is already an issue; the accelerator's reason would repeat the whole text.
      if (value.length > 100) return;
      const checked = checkAccelerator(value);
      if (!checked.ok) ctx.addIssue({ code: 'custom', message: checked.reason });
    })
    .default('CommandOrControl+Shift+B'),
  /** GWS defaults (docs/gws-notes.md, "Monitoring subscription"): scope Call, mode AllCalls. */
  monitoringScope: z.enum(MONITORING_SCOPE_NAMES).default('Call'),
  monitoringMode: z.enum(MONITORING_MODE_NAMES).default('AllCalls'),
  autoAnswerMonitoringCalls: z.boolean().default(true),
  /** How often the team (its agent states, so the time in each) is read again, in seconds. */
  teamRefreshSeconds: z
    .number({ error: 'The team refresh interval must be a number of seconds.' })
    .int('The team refresh interval must be a whole number of seconds.')
    .min(5, 'The team refresh interval must be at least 5 seconds.')
    .max(600, 'The team refresh interval must be at most 600 seconds (10 minutes).')
    .default(15),
  notifications: notificationKinds.default(notificationKinds.parse({})),
  startAtLogin: z.boolean().default(false),
  startHiddenInTray: z.boolean().default(false),
  /** A PEM CA certificate to trust for an on-premises GWS, or null. */
  trustedCaFile: z.string().min(1).max(4096).nullable().default(null),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  alerts: alertRulesSchema.default(alertRulesSchema.parse({})),
  alertSnoozes: z.array(alertSnoozeSchema).max(MAX_ALERT_SNOOZES, `At most ${MAX_ALERT_SNOOZES} agents can be snoozed at once.`).default([]),
});

export type Settings = z.output<typeof settingsSchema>;

/**
 * Where the remembered password goes is decided by signing in, never by a settings change from
 * the window: a compromised page could otherwise point it at a server of its own, or at http.
 */
export const SIGN_IN_ONLY_SETTINGS = ['serverUrl', 'userName', 'rememberPassword', 'serverWithoutTls'] as const;
type SignInOnlySetting = (typeof SIGN_IN_ONLY_SETTINGS)[number];
const signInOnly: ReadonlySet<string> = new Set(SIGN_IN_ONLY_SETTINGS);

/**
 * What the window may change (settings.update). The CA file only to null: a file to trust is
 * chosen in main, with the OS file dialog and a confirmation showing the certificate
 * (settings.chooseCaFile), so a page cannot make the app trust a file of its choosing.
 */
export type SettingsChange = Partial<Omit<Settings, SignInOnlySetting | 'trustedCaFile'>> & { trustedCaFile?: null };

function pageField(key: string, field: z.ZodType): z.ZodType {
  if (signInOnly.has(key)) return z.never({ error: `${key} is set only by signing in` }).optional();
  if (key === 'trustedCaFile')
    return z.null({ error: 'trustedCaFile is chosen with the file dialog (settings.chooseCaFile); it can only be cleared here' }).optional();
  return field;
}

/**
 * A change to some settings: the same fields, each optional and without its default. (zod's
 * .partial() would fill every absent field with its default, so a change of one setting would
 * reset all the others.) Nested objects, such as notifications, are sent whole.
 */
export const settingsChangeSchema = z.strictObject(
  Object.fromEntries(Object.entries(settingsSchema.shape).map(([key, field]) => [key, pageField(key, field.unwrap().optional())])),
) as unknown as z.ZodType<SettingsChange>;
export const defaultSettings: Settings = settingsSchema.parse({});
