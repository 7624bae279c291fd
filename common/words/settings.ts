// The settings screen's words (SettingsPanel.svelte): its headings, fields, choices and hints.
// The shortcut field's are SHORTCUT_WORDS, the CA file's CA_FILE_WORDS (screens.ts), the alert
// rules' ALERT_SETTINGS_WORDS (alerts.ts) and the notification kinds' NOTIFICATION_SETTING_LABELS.
import type { Settings } from '../settings';

export const SETTINGS_WORDS = {
  heading: 'Settings',
  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved',
  shortcutHeading: 'Barge-in shortcut',
  monitoringHeading: 'Monitoring',
  defaultScope: 'Default scope',
  defaultMode: 'Default when',
  autoAnswer: 'Answer monitoring calls automatically',
  teamRefresh: "Read the team's states again every (seconds)",
  teamRefreshHint: 'From 5 to 600. Time in state is counted from the read that saw the state change.',
  notificationsHeading: 'Notifications',
  notificationsLegend: 'Tell me when',
  appHeading: 'App',
  startAtLogin: 'Start when I log in to this computer',
  startHidden: 'Start hidden in the tray',
  theme: 'Theme',
  /** In the order the choice lists them. */
  themes: { system: 'Same as the system', light: 'Light', dark: 'Dark' } satisfies Record<Settings['theme'], string>,
  serverHeading: 'Server',
  /** "Signed in to https://gws.example.com as supervisor1.", around the two values. */
  signedInTo: 'Signed in to',
  as: 'as',
  forget: 'Sign out and forget my password',
} as const;
