// The window's screens in words: headings, field labels, buttons, hints, empty states and what
// they announce, one object per screen or component. The components only place them, so
// scripts/words-single-source.test.ts can hold their markup to words read from here.
import type { AppInfo } from '../contract';

/** App.svelte, before the session is known. */
export const STARTING_WORDS = {
  starting: 'Starting…',
  cannotRead: (reason: string): string => `The window cannot read the app's state: ${reason}`,
  tryAgain: 'Try again',
} as const;

/** SignIn.svelte. */
export const SIGN_IN_WORDS = {
  heading: 'Sign in to Genesys Web Services',
  account: 'Your GWS account',
  retrying: (attempt: number): string => `Signing in again by itself (attempt ${attempt})`,
  serverUrl: 'Server address',
  serverUrlExample: 'https://gws.example.com',
  withoutTls: 'This server has no TLS',
  withoutTlsHint: "Only if your administrator says so: your password and calls' details then cross the network unencrypted.",
  userName: 'User name',
  password: 'Password',
  remember: 'Remember me',
  rememberHint: "Keeps your password in this computer's keychain and signs you in when the app starts.",
  forget: 'Forget the remembered password',
  submit: 'Sign in',
  submitting: 'Signing in…',
  signingInTo: (serverUrl: string): string => `Signing in to ${serverUrl}…`,
  failed: (reason: string): string => `Sign-in failed: ${reason}`,
  forgotten: 'The remembered password is forgotten.',
  /** "Version 1.2.0 · Electron 33.0.0 · linux" under the form. */
  version: (info: AppInfo): string =>
    `Version ${info.version} · ${info.electron ? `Electron ${info.electron}` : `Electron stand-in (Node ${info.node})`} · ${info.platform}`,
} as const;

/** CaFileChooser.svelte: the trusted CA file, on the sign-in form and in Settings. */
export const CA_FILE_WORDS = {
  label: 'Trusted CA certificate file (PEM)',
  none: 'None: only the usual certificate authorities',
  choose: 'Choose file…',
  clear: 'Stop trusting it',
  hint: "For a GWS whose certificate comes from your company's own authority. You will see its name and fingerprint before it is trusted.",
  trusted: (path: string): string => `Trusted: ${path}`,
  cleared: 'The CA file is no longer trusted.',
} as const;

/** ConnectionBar.svelte's button; its status words are CONNECTION_WORDS. */
export const CONNECTION_BAR_WORDS = {
  reconnectNow: 'Reconnect now',
} as const;

/** MyPhone.svelte. */
export const MY_PHONE_WORDS = {
  heading: 'My phone',
  deviceNumber: (number: string): string => `DN ${number}`,
  state: 'My state',
  calls: 'My calls',
  noCalls: 'No calls on your phone.',
  dial: 'Dial',
  numberLabel: 'Number to dial',
  numberPlaceholder: 'Number',
  call: 'Call',
  calling: 'Calling…',
  notANumber: 'Not a phone number',
  pad: 'Dial pad',
} as const;

/** MonitoredCallCard.svelte; its mode, audio and number words are in monitoring.ts and window.ts. */
export const MONITORED_CALL_WORDS = {
  heading: 'Monitored call',
  agent: 'Agent',
  customer: 'Customer',
  call: 'Call',
  time: 'Time',
  agentAudio: 'Agent audio',
} as const;

/** ActivityPanel.svelte. */
export const ACTIVITY_WORDS = {
  heading: 'Activity',
  agent: 'Agent',
  allAgents: 'All agents',
  refresh: 'Refresh',
  loading: 'Loading…',
  cannotRead: (reason: string): string => `The activity log could not be read: ${reason}`,
  empty: (agent: string | null): string => (agent ? `No monitoring actions on ${agent} yet.` : 'No monitoring actions yet.'),
  caption: (agent: string | null): string => `Monitoring actions, newest first${agent ? `, for ${agent}` : ''}`,
  columns: { when: 'When', agent: 'Agent', action: 'Action', options: 'Options', result: 'Result' },
} as const;

/** ShortcutField.svelte and the key capture behind it (renderer/src/lib/accelerator-capture.ts). */
export const SHORTCUT_WORDS = {
  label: 'Works from any application while a monitored call is live',
  capturePlaceholder: 'Press the keys…',
  captureLabel: 'New barge-in shortcut: press the keys, Escape to cancel',
  change: 'Change shortcut…',
  useDefault: (key: string): string => `Use ${key}`,
  active: (key: string): string => `Active: ${key} works from any application.`,
  failed: (reason: string): string => `Not active: ${reason}. Choose another shortcut.`,
  unregistered: 'Not registered at the moment.',
  refused: (key: string, reason: string): string => `${key} cannot be the shortcut: ${reason}.`,
  keyNotAllowed: (key: string): string => `the ${key} key cannot be part of a global shortcut`,
} as const;

/** The settings' saves (renderer/src/state/settings-saver.svelte.ts). */
export const SETTINGS_SAVER_WORDS = {
  saved: 'Saved.',
} as const;

/** Time in a state, to the minute (renderer/src/lib/format.ts's timeInState). */
export const TIME_IN_STATE_WORDS = {
  underAMinute: '<1 min',
  minutes: (minutes: number): string => `${minutes} min`,
  hours: (hours: number, minutes: string): string => `${hours} h ${minutes} min`,
} as const;

/** MonitorPanel.svelte; its choices' words are MONITORING_STATES, _SCOPES and _MODES. */
export const MONITOR_PANEL_WORDS = {
  heading: (agentName: string | null): string => (agentName === null ? 'Monitor an agent' : `Monitor ${agentName}`),
  pinned: 'Pinned',
  pin: 'Pin to favourites',
  device: (phoneNumber: string | null): string => (phoneNumber ? MY_PHONE_WORDS.deviceNumber(phoneNumber) : 'no device'),
  chooseAgent: 'Choose an agent in the team list (↑ ↓, then Enter).',
  notAllowed:
    'GWS does not allow monitoring from your device right now. Set your own state (Ready or Not Ready) below; if it persists, ask your GWS administrator.',
  howLegend: 'How',
  scopeLegend: 'Scope',
  whenLegend: 'When',
  /** Under the choices when this agent is already monitored: "Now: …". */
  armedHere: (subscription: string): string => `Now: ${subscription}. Starting again changes how.`,
  replaces: (agentName: string): string => `Starting replaces the monitoring of ${agentName}: GWS allows one monitored agent at a time.`,
  start: 'Start monitoring',
  starting: 'Starting…',
  byNumber: 'Monitor a device number instead',
  numberLabel: 'Device or routing point number',
  startOnNumber: 'Start on this number',
  notANumber: MY_PHONE_WORDS.notANumber,
} as const;

/** MonitoringBanners.svelte's buttons; the banners' sentences are monitoring.ts's. */
export const MONITORING_BANNER_WORDS = {
  rearm: 'Re-arm',
  rearming: 'Re-arming…',
  cancelling: 'Cancelling…',
} as const;

/** Notices.svelte: the strip, and each notice's dismiss button ("Dismiss: Monitoring of … was lost."). */
export const NOTICES_STRIP_WORDS = {
  label: 'Notices',
  dismiss: (message: string): string => `Dismiss: ${message}`,
} as const;
