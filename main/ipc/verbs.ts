// Every verb of the contract, implemented on the app's core. The desktop layer adds what only
// it knows (the app's identity, the shortcut's status) and hears about settings changes.
import type { AppInfo, SettingsView, ShortcutStatus } from '../../common/contract';
import type { Settings } from '../../common/settings';
import type { AppCore } from '../app-core';
import { readCaFile, type CaFile } from '../gws/http/ca-file';
import { fail, ok, type Problem, type Result } from '../result';
import { AttemptLimit } from '../session/attempt-limit';
import type { ActionResult } from '../supervisor/service';
import type { VerbImpls } from './invoke-handler';
import { SIGN_IN_PROBLEMS } from '../../common/words';

export interface DesktopSide {
  appInfo(): AppInfo;
  shortcut(): ShortcutStatus;
  /** The OS file dialog: the chosen file's absolute path, or null if cancelled. */
  chooseCaFile(): Promise<string | null>;
  /** Shows the file's certificates (subject, SHA-256) and asks whether to trust them. */
  confirmCaFile(file: CaFile): Promise<boolean>;
  /** Settings were saved: re-register the shortcut, re-theme, re-apply login items. */
  settingsChanged(settings: Settings): void;
}

export function settingsView(core: AppCore, desktop: DesktopSide, warning: string | null): SettingsView {
  return { settings: core.settings.get(), shortcut: desktop.shortcut(), warning };
}

/** Sign-in from the window: enough for a user's typos, too few to guess passwords or scan ports. */
export const SIGN_IN_ATTEMPTS = { max: 5, windowMs: 60_000 };

/** null on success is all a window needs from an action; a failure keeps its words. */
const asReply = (r: ActionResult | Result<unknown, Problem>) => (r.ok ? ok(null) : r);

export function verbImpls(core: AppCore, desktop: DesktopSide): VerbImpls {
  const s = core.supervisor;
  let settingsWarning = core.settingsWarning?.message ?? null;
  const signInAttempts = new AttemptLimit(SIGN_IN_ATTEMPTS.max, SIGN_IN_ATTEMPTS.windowMs);
  const save = async (change: Partial<Settings>) => {
    const saved = await core.settings.update(change);
    if (!saved.ok) return saved;
    settingsWarning = null;
    desktop.settingsChanged(saved.value);
    return ok(settingsView(core, desktop, settingsWarning));
  };
  return {
    'app.info': () => ok(desktop.appInfo()),
    'session.get': () => ok(core.sessionView()),
    'session.signIn': (form) => {
      const attempt = signInAttempts.take();
      if (!attempt.ok) {
        const seconds = Math.ceil(attempt.waitMs / 1000);
        return fail({ code: 'rate-limited', message: SIGN_IN_PROBLEMS.tooManyAttempts(seconds) });
      }
      return core.signIn(form);
    },
    'session.signOut': async ({ forget }) => ok(await core.signOut(forget)),
    'session.reconnect': () => (core.session.reconnectNow() ? ok(null) : fail({ code: 'not-allowed', message: SIGN_IN_PROBLEMS.notRetrying })),
    'session.forget': () => core.forgetPassword(),
    'settings.get': () => ok(settingsView(core, desktop, settingsWarning)),
    'settings.update': (change) => save(change),
    'settings.chooseCaFile': async () => {
      const chosen = await desktop.chooseCaFile();
      if (chosen === null) return ok(null);
      const file = await readCaFile(chosen);
      if (!file.ok) return file;
      return (await desktop.confirmCaFile(file.value)) ? save({ trustedCaFile: file.value.path }) : ok(null);
    },
    'supervisor.get': () => ok(s.view()),
    'monitor.start': async (request) => asReply(await s.monitor(request)),
    'monitor.cancel': async () => asReply(await s.cancelMonitoring()),
    'monitor.rearm': async () => asReply(await s.rearm()),
    'call.bargeIn': async () => asReply(await s.onMonitoredCall('bargeIn')),
    'call.listenIn': async () => asReply(await s.onMonitoredCall('listenIn')),
    'call.muteAgent': async () => asReply(await s.onMonitoredCall('muteAgent')),
    'call.unmuteAgent': async () => asReply(await s.onMonitoredCall('unmuteAgent')),
    'call.leave': async () => asReply(await s.onMonitoredCall('leave')),
    'call.answer': async ({ callId }) => asReply(await s.onOwnCall(callId, 'answer')),
    'call.hangup': async ({ callId }) => asReply(await s.onOwnCall(callId, 'hangup')),
    'call.hold': async ({ callId }) => asReply(await s.onOwnCall(callId, 'hold')),
    'call.retrieve': async ({ callId }) => asReply(await s.onOwnCall(callId, 'retrieve')),
    'call.dial': async ({ number }) => asReply(await s.dial(number)),
    'me.setState': async ({ state }) => asReply(await s.setMyState(state)),
    'team.setAgentState': async ({ userId, action }) => asReply(await s.setTeamMemberState(userId, action)),
    'activity.list': async (query) => ok(await core.activity.read(query)),
    'round.get': () => ok(core.round.view()),
    'round.start': async ({ userIds, how }) => asReply(await core.round.start(userIds, how)),
    'round.stop': async () => asReply(await core.round.stop()),
    'alert.list': () => ok([...core.alerts.active()]),
    'alert.act': async ({ alertId, action }) => asReply(await core.alerts.act(alertId, action)),
  };
}
