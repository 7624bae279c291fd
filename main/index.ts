// Wiring only: each piece lives in its own module.
import { app, ipcMain, session } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TRAY_ACTIONS, type TrayCatalogueAction } from '../common/actions';
import { EVENT_CHANNEL, type Notice } from '../common/contract';
import type { SupervisorView } from '../common/supervisor-view';
import { BARGE_IN_KEY_NOTICES } from '../common/words/notices';
import { APP_ID } from './app-id';
import { createAppCore, type AppCore } from './app-core';
import { appInfo } from './app-info';
import { installAppMenu } from './desktop/app-menu';
import { applyStartAtLogin, launchedAtLogin } from './desktop/login-item';
import { APP_PAGE_URL } from './desktop/app-page-response';
import { registerAppScheme, serveAppScheme } from './desktop/app-scheme';
import { AppTray } from './desktop/app-tray';
import { pressBargeInKey } from './desktop/barge-in-key';
import { BargeInShortcut } from './desktop/barge-in-shortcut';
import { chooseCaFile, confirmCaFile } from './desktop/ca-file-dialog';
import { hardenAllWebContents } from './desktop/hardening';
import { developmentSwitches } from './desktop/development-switches';
import { createMainWindow } from './desktop/main-window';
import { trayIconDir } from './desktop/resources';
import { trayView } from './desktop/tray-view';
import { OsNotifications } from './desktop/os-notifications';
import { withAlerts } from './desktop/tray-alerts';
import { alertOsNotice } from './supervisor/alerts/alert-os-notice';
import type { AlertAction } from '../common/actions';
import { hideOnClose, revealWindow } from './desktop/window-lifecycle';
import { EventPush } from './ipc/event-push';
import { registerVerbHandlers } from './ipc/register';
import { settingsView, verbImpls, type DesktopSide } from './ipc/verbs';
import { CallAnnouncements } from './supervisor/call-announcements';
import { noticeFor } from './supervisor/notices';
import { osNoticeFor } from './supervisor/os-notice';

const outDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

const switches = developmentSwitches(app.isPackaged, process.env);
// A separate profile (tests, a second account) must be chosen before anything reads userData,
// and before the single-instance lock, which lives there.
if (switches.userData) app.setPath('userData', switches.userData);

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void start();
}

async function start(): Promise<void> {
  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });
  // A service manager's SIGTERM gets the same clean quit as the Quit menu item.
  process.on('SIGTERM', () => app.quit());
  app.setAppUserModelId(APP_ID);

  await app.whenReady();
  hardenAllWebContents();
  serveAppScheme(path.join(outDir, 'renderer'));
  const core = await createAppCore({ userData: app.getPath('userData'), resolveProxy: (url) => session.defaultSession.resolveProxy(url) });
  const window = createMainWindow({
    preload: path.join(outDir, 'preload', 'index.cjs'),
    page: APP_PAGE_URL,
    userData: app.getPath('userData'),
    startHidden: core.settings.get().startHiddenInTray && launchedAtLogin(),
    devTools: switches.devTools,
    onError: (error) => core.log.warn('Saving the window position failed', error),
  });
  applyStartAtLogin(core.settings.get().startAtLogin);
  hideOnClose(window, () => quitting);
  const reveal = () => revealWindow(window);
  app.on('second-instance', reveal);
  installAppMenu(process.platform, () => window.hide());

  const push = new EventPush(
    (event) => {
      if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, event);
    },
    (name, problem) => core.log.error(`[ipc] event ${name} not sent: its payload fails its schema: ${problem}`),
  );
  const notifications = new OsNotifications({
    enabled: (kind) => core.settings.get().notifications[kind],
    onClick: reveal,
    onBargeIn: () => void core.supervisor.switchToBargeIn(),
    onAlertAction: (alertId, action) => actOnAlert(alertId, action),
    onAlertClick: (alertId) => showAlert(alertId),
  });
  /** The window, on the alert's agent (when the alert still holds and names one). */
  const showAlert = (alertId: string) => {
    reveal();
    const userId = core.alerts.active().find((a) => a.id === alertId)?.userId;
    if (userId) push.push('showAgent', { userId });
  };
  /** An alert's action from the tray or a notification: a refusal is said in the window, which is shown. */
  const actOnAlert = (alertId: string, action: AlertAction) =>
    void core.alerts.act(alertId, action).then((r) => {
      if (r.ok) return;
      reveal();
      push.push('notice', { kind: 'alert', message: r.error.message });
    });
  /** Said in the window; `osTitle` also puts it on the desktop (the barge-in key's feedback). */
  const notify = (notice: Notice, osTitle?: string) => {
    push.push('notice', notice);
    if (osTitle) notifications.show({ kind: 'shortcut', title: osTitle, body: notice.message });
  };

  const shortcut = new BargeInShortcut(core.settings.get().bargeInShortcut, () => {
    void pressBargeInKey({
      view: () => core.supervisor.view(),
      bargeIn: () => core.supervisor.switchToBargeIn(),
      revealWindow: reveal,
      notify: (notice) => notify(notice, BARGE_IN_KEY_NOTICES.title),
    });
  });
  core.session.on('state', (state) => {
    if (state.status === 'signed-in' || state.status === 'signed-out') shortcut.signedIn(state.status === 'signed-in');
  });

  const tray = new AppTray(
    trayIconDir(),
    {
      'show-window': reveal,
      ...trayCatalogueActions(core.supervisor),
      'round-stop': () => void core.round.stop(),
      'sign-out': () => void core.signOut(false),
      quit: () => app.quit(),
    },
    (entry) => (entry.action ? actOnAlert(entry.alertId, entry.action) : showAlert(entry.alertId)),
  );
  // A view event passes its view along, so the tray does not derive it a second time.
  const renderTray = (view = core.supervisor.view()) =>
    tray.render(withAlerts(trayView(core.sessionView(), view, shortcut.status, process.platform, core.round.view()), core.alerts.active()));
  renderTray();

  const desktop: DesktopSide = {
    appInfo: () => appInfo(app.getName(), app.getVersion()),
    shortcut: () => shortcut.status,
    chooseCaFile: () => chooseCaFile(window),
    confirmCaFile: (file) => confirmCaFile(window, file),
    settingsChanged: (settings) => {
      applyStartAtLogin(settings.startAtLogin);
      shortcut.change(settings.bargeInShortcut, core.session.state.status === 'signed-in');
      push.push('settings', settingsView(core, desktop, null));
      core.alerts.check();
      renderTray();
    },
  };
  // Sign-in and Forget save settings too (server, user, Remember me): the window hears of every save.
  core.settings.on('saved', () => push.push('settings', settingsView(core, desktop, null)));
  registerVerbHandlers(ipcMain, verbImpls(core, desktop), APP_PAGE_URL, {
    refused: (verb, error) => core.log.warn(`[ipc] ${verb} refused: ${error.message}`),
    internal: (verb, error) => core.log.error(`[ipc] ${verb} failed`, error),
  });
  wireEvents(core, push, notifications, renderTray);

  app.on('will-quit', () => {
    shortcut.release();
    tray.destroy();
    notifications.dispose();
  });
  app.on('before-quit', (event) => {
    // Sign out (EndContactCenterSession) before the process ends; then quit for real.
    if (core.session.state.status !== 'signed-in') return;
    event.preventDefault();
    void core.dispose().finally(() => app.quit());
  });
  void (switches.demoServer ? core.signInDemo(switches.demoServer) : core.signInAtLaunch());
}

/** The tray's catalogue items, each running its row's action. */
function trayCatalogueActions(supervisor: AppCore['supervisor']): Record<TrayCatalogueAction, () => void> {
  return Object.fromEntries(TRAY_ACTIONS.map((ref) => [ref, () => void supervisor.perform(ref)])) as Record<TrayCatalogueAction, () => void>;
}

function wireEvents(core: AppCore, push: EventPush, notifications: OsNotifications, renderTray: (view?: SupervisorView) => void): void {
  core.session.on('state', (state) => {
    push.push('session', core.sessionView());
    renderTray();
    if (state.status !== 'signed-in') return;
    const c = state.connection;
    if (c.kind === 'reconnecting' || c.kind === 'offline') notifications.connectionLost(c.reason);
    else if (c.kind === 'connected') notifications.connectionRestored();
  });
  core.session.on('warning', (warning) => push.push('notice', { kind: 'alert', message: warning.message }));
  core.supervisor.on('warning', (warning) => push.push('notice', { kind: 'alert', message: warning.message }));
  core.round.on('notice', (notice) => push.push('notice', notice));
  core.round.on('round', (round) => {
    push.push('round', round);
    renderTray();
  });
  core.alerts.on('alerts', (alerts) => {
    push.push('alerts', alerts);
    renderTray();
  });
  core.alerts.on('raised', (raised) => {
    const os = alertOsNotice(raised);
    if (os) notifications.show(os);
  });
  core.supervisor.on('view', (view) => {
    push.pushView(view);
    renderTray(view);
  });
  const announcements = new CallAnnouncements();
  core.supervisor.on('domain', (event, view) => {
    const announcement = announcements.for(event, view);
    if (announcement) push.push('announce', announcement);
    const notice = noticeFor(event, view);
    if (notice) push.push('notice', notice);
    const os = osNoticeFor(event, view);
    if (os) notifications.show(os);
  });
}
