// What the app says about signing in, the session, the keychain, the settings file and the
// trusted CA file, and the window's requests it refuses. Which problem it is is main/session's,
// main/gws/http/ca-file.ts's and main/ipc's.

export const SIGN_IN_PROBLEMS = {
  busy: 'Already signed in (or signing in or out); sign out first.',
  notAnAddress: (input: string): string => `"${input}" is not a server address; use the form https://gws.example.com.`,
  plainHttp: (serverUrl: string): string =>
    `${serverUrl} is plain http: your password and session would cross the network unencrypted. Use its https address, or tick "This server has no TLS" if your administrator says so.`,
  noStoredPassword: (userName: string): string => `No password is remembered for ${userName}; sign in with it.`,
  notSignedIn: 'Not signed in to GWS.',
  notificationsRefused: (reason: string): string =>
    `GWS refused the notification connection (${reason}). Try again; if it persists, tell your GWS administrator.`,
  notificationsRefusedAgain: (reason: string): string =>
    `GWS refused the notification connection even after signing in again (${reason}). Sign in again; if it persists, tell your GWS administrator.`,
  notificationsTimeout: (timeoutMs: number): string =>
    `GWS notifications did not connect within ${timeoutMs / 1000} s. Check your network or proxy, then sign in again.`,
  reauthenticationFailed: (reason: string): string => `Your GWS session ended and signing in again failed: ${reason}`,
  passwordNotRemembered: (reason: string): string => `Password not remembered: ${reason}`,
  rememberedRefused: (refusal: string): string => `${refusal} The remembered password was refused, so it is forgotten: sign in with your current password.`,
  rememberedNotForgotten: (refusal: string, reason: string): string => `${refusal} The remembered password could not be forgotten: ${reason}`,
  tooManyAttempts: (seconds: number): string => `Too many sign-in attempts: wait ${seconds} s, then try again.`,
  notRetrying: 'The connection is not waiting to retry.',
};

/** What to do when the keychain cannot be reached, per OS (keytar's reasons name no remedy). */
export const KEYCHAIN_REMEDY: Readonly<Partial<Record<string, string>>> = {
  linux:
    'Start a Secret Service (GNOME Keyring or KWallet) in your desktop session; without a desktop, start the app inside a D-Bus session with an unlocked keyring (dbus-run-session and gnome-keyring-daemon --unlock, as scripts/with-keyring.sh does).',
  darwin: 'Unlock your login keychain in Keychain Access.',
  win32: 'Check that the Credential Manager service is running.',
};
export const keychainUnavailable = (reason: string, remedy: string | undefined): string =>
  `The system keychain is not available (${reason}).${remedy ? ` ${remedy}` : ''}`;

export const SETTINGS_PROBLEMS = {
  notSaved: (fields: string): string => `These settings were not saved: ${fields}.`,
  writeFailed: (reason: string): string => `Your settings could not be saved: ${reason}`,
  invalidFields: (fields: readonly string[]): string => `invalid values for ${fields.join(', ')}`,
  wholeFile: 'the whole file',
  unreadable: (reason: string): string => `it cannot be read: ${reason}`,
  notJson: 'it is not valid JSON',
  keptAs: (name: string): string => `it was kept as ${name}`,
  notKept: (reason: string): string => `it could not be kept aside either (${reason})`,
  reset: (reason: string, kept: string): string => `Your settings file could not be used (${reason}), so the app started with default settings; ${kept}.`,
};

/** "The CA certificate file /x is a folder, not a certificate file. Choose the CA's .pem or .crt file." */
export const CA_FILE_PROBLEMS = {
  sentence: (file: string, why: string, todo: string): string => `The CA certificate file ${file} ${why}. ${todo}`,
  choosePem: "Choose the CA's .pem or .crt file.",
  notAbsolute: 'is not an absolute path',
  useDialog: 'Choose it with the file dialog.',
  unreadable: (reason: string): string => `cannot be read (${reason})`,
  chooseAnother: 'Choose another file in Settings.',
  kinds: { folder: 'a folder', pipe: 'a named pipe', device: 'a device', socket: 'a socket', other: 'not a regular file' },
  notAFile: (kind: string): string => `is ${kind}, not a certificate file`,
  tooLarge: (kb: number, maxKb: number): string => `is ${kb} KB; a CA certificate file is at most ${maxKb} KB`,
  slow: (seconds: number): string => `could not be read within ${seconds} s`,
  copyLocally: 'Copy it to a local folder and choose it there.',
  noPem: 'is not a PEM certificate (no PEM certificate in it)',
  badPem: (reason: string): string => `is not a PEM certificate (${reason})`,
};

/** The OS dialogs that pick and confirm the trusted CA file (main/desktop/ca-file-dialog.ts). */
export const CA_FILE_DIALOG = {
  chooseTitle: 'Trusted CA certificate file',
  pemFilter: 'Certificates (PEM)',
  allFilter: 'All files',
  confirmTitle: 'Trust this certificate authority?',
  confirmMessage: 'Trust this certificate authority for the GWS server?',
  certificate: (subject: string, sha256: string): string => `Subject: ${subject}\nSHA-256: ${sha256}`,
  confirmDetail: (file: string, certificates: string): string =>
    `${file}\n\n${certificates}\n\nTrust it only if this fingerprint is the one your administrator gave you.`,
  trust: 'Trust',
  cancel: 'Cancel',
};

/** The window's requests main refuses before they reach the app (main/ipc/invoke-handler.ts). */
export const IPC_REFUSALS = {
  untrusted: (channel: string): string => `${channel} refused: the request did not come from the app window`,
  internal: (channel: string): string => `${channel} failed inside the app; see the diagnostic log`,
};
