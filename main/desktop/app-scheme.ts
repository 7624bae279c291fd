// The window loads from softphone://app/, a privileged scheme served by protocol.handle, not from
// file://: a file: page shares its origin with every local file, and file: replies carry no
// headers, so the CSP could only be a meta tag. Registered before the app is ready, as Electron
// requires; served once it is.
import { protocol } from 'electron';
import { APP_SCHEME, appPageResponse } from './app-page-response';

export function registerAppScheme(): void {
  // standard: relative URLs and an origin of its own; secure: a secure context, like https.
  // corsEnabled: Vite's <script type="module" crossorigin> is a CORS-mode request, which
  // Electron's loader refuses for a scheme without it once anything counts as cross-origin; no
  // other origin can load in this window (navigation, new windows and frames are refused).
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, corsEnabled: true } }]);
}

/** `root`: the built renderer folder. */
export function serveAppScheme(root: string): void {
  protocol.handle(APP_SCHEME, (request) => appPageResponse(root, request));
}
