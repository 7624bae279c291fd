// Electron's security checklist, applied to every web contents the app ever creates, so a
// window added later cannot forget it: no navigation, no new windows, no webviews, no
// permission grants. The app's page never needs any of them.
import { app, session, type WebContents } from 'electron';

function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
