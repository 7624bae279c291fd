// The app's core, composed: settings, diagnostic log, keychain, GWS session, supervisor service
// and activity log, with the lifecycle that joins them. Plain Node: Electron's parts (the
// user-data folder, the OS proxy) come in as parameters, so tests and tools run it as it is.
import path from 'node:path';
import type { SessionView, SignInForm } from '../common/session-view';
import { ActivityLog } from './activity/activity-log';
import type { ProxyResolver } from './gws/http/proxy';
import { createDiagnosticLog, type DiagnosticLog } from './log/diagnostic-log';
import { Redactor } from './log/redact';
import { fail, ok, type Problem, type Result } from './result';
import { KeytarCredentialStore, type CredentialStore } from './session/credential-store';
import { normaliseServerUrl } from './session/server-address';
import { SupervisorSession, type SessionDependencies } from './session/session';
import { sessionView } from './session/session-view';
import { SettingsStore, type SettingsProblem } from './session/settings';
import { CoachingRound } from './supervisor/coaching-round';
import { SupervisorService } from './supervisor/service';
import { AlertWatcher, alertConnection } from './supervisor/alerts/alert-watcher';
import { demoAlertRules } from './supervisor/alerts/demo-rules';

export interface AppCoreOptions {
  userData: string;
  resolveProxy?: ProxyResolver;
  credentials?: CredentialStore;
  /** How often the team list is read again while signed in; default the teamRefreshSeconds setting. */
  teamRefreshMs?: number;
  consoleLogLevel?: 'warn' | false;
  /** Timeouts and reconnect pacing of the GWS session; tests shorten them. */
  sessionTiming?: Pick<SessionDependencies, 'requestTimeoutMs' | 'handshakeTimeoutMs' | 'reconnectPolicy'>;
  /** The clock the alert rules read; tests move it forward instead of waiting minutes. */
  alertClock?: () => number;
}

export interface AppCore {
  log: DiagnosticLog;
  settings: SettingsStore;
  /** Why settings.json was set aside at start, if it was. */
  settingsWarning: SettingsProblem | undefined;
  session: SupervisorSession;
  supervisor: SupervisorService;
  /** The coaching round: NextCall on picked agents in turn. */
  round: CoachingRound;
  activity: ActivityLog;
  /** The alert rules evaluated beside the supervisor service (main/supervisor/alerts). */
  alerts: AlertWatcher;
  sessionView(): SessionView;
  signIn(form: SignInForm): Promise<Result<SessionView, Problem>>;
  /** At launch: signs in with the remembered password, if settings say there is one; an unreachable server is retried. */
  signInAtLaunch(): Promise<void>;
  /** Demo mode (npm start): supervisor1 on the bundled simulator; nothing saved, nothing remembered. */
  signInDemo(serverUrl: string): Promise<void>;
  signOut(forget: boolean): Promise<SessionView>;
  /** Forgets the remembered password (keychain entry and settings flag), in any state. */
  forgetPassword(): Promise<Result<null, Problem>>;
  dispose(): Promise<void>;
}

export async function createAppCore(options: AppCoreOptions): Promise<AppCore> {
  const redactor = new Redactor();
  const log = createDiagnosticLog({ dir: path.join(options.userData, 'logs'), redactor, consoleLevel: options.consoleLogLevel ?? 'warn' });
  const { store: settings, warning: settingsWarning } = await SettingsStore.open(options.userData, log);
  const session = new SupervisorSession({
    credentials: options.credentials ?? new KeytarCredentialStore(),
    log,
    redactor,
    ...options.sessionTiming,
    ...(options.resolveProxy && { resolveProxy: options.resolveProxy }),
  });
  const activity = new ActivityLog(options.userData, { redact: (text) => String(redactor.redact(text)) });
  const supervisor = new SupervisorService({ session, activity, preferences: () => settings.get(), log });
  const signedInAs = () => (session.state.status === 'signed-in' ? session.state.user.userName : '');
  const round = new CoachingRound({ service: supervisor, activity, log, supervisorName: signedInAs });

  let teamTimer: NodeJS.Timeout | undefined;
  // One timer at a time, each armed with the interval set now: a changed setting takes effect
  // from the next refresh.
  const refreshTeamLater = () => {
    teamTimer = setTimeout(
      () => {
        void supervisor.refreshTeam();
        refreshTeamLater();
      },
      options.teamRefreshMs ?? settings.get().teamRefreshSeconds * 1000,
    );
  };
  session.on('state', (state) => {
    if (state.status === 'signed-in' && !teamTimer) {
      void supervisor.refreshTeam();
      refreshTeamLater();
    }
    if (state.status === 'signed-out') {
      clearTimeout(teamTimer);
      teamTimer = undefined;
      round.end();
      supervisor.reset();
    }
  });

  const saveRememberOff = async () => {
    const saved = await settings.update({ rememberPassword: false });
    if (!saved.ok) log.warn(saved.error.message);
  };

  let demoServer: string | null = null;
  const alerts = new AlertWatcher({
    supervisor,
    activity,
    log,
    rules: () => (demoServer === null ? settings.get().alerts : demoAlertRules(settings.get().alerts)),
    snoozes: () => settings.get().alertSnoozes,
    saveSnoozes: (alertSnoozes) => settings.update({ alertSnoozes }),
    connection: () => alertConnection(session.state),
    supervisorName: () => (session.state.status === 'signed-in' ? session.state.user.userName : ''),
    ...(options.alertClock && { now: options.alertClock }),
  });
  alerts.start();
  const view = () => sessionView(session.state, demoServer ?? settings.get().serverUrl, Date.now(), demoServer !== null);

  const core: AppCore = {
    log,
    settings,
    settingsWarning,
    session,
    supervisor,
    round,
    activity,
    alerts,
    sessionView: view,
    async signIn(form) {
      demoServer = null;
      const { trustedCaFile } = settings.get();
      const result = await session.signIn({ ...form, trustedCaFile });
      if (!result.ok) return fail(result.error);
      const saved = await settings.update({
        serverUrl: normaliseServerUrl(form.serverUrl) ?? '',
        userName: form.userName,
        rememberPassword: form.remember,
        serverWithoutTls: form.withoutTls ?? false,
      });
      if (!saved.ok) log.warn(saved.error.message);
      return ok(view());
    },
    async signInAtLaunch() {
      const { serverUrl, userName, rememberPassword, trustedCaFile, serverWithoutTls } = settings.get();
      if (!rememberPassword || !serverUrl || !userName) return;
      const result = await session.signInAtLaunch({ serverUrl, userName, trustedCaFile, withoutTls: serverWithoutTls });
      if (result.ok) return;
      log.warn(`Signing in at launch failed: ${result.error.message}`);
      // The session has forgotten a refused password; the flag goes too, so the next launch does not try.
      if (result.error.code === 'auth') await saveRememberOff();
    },
    async signInDemo(serverUrl) {
      demoServer = serverUrl;
      const result = await session.signIn({ serverUrl, userName: 'supervisor1', password: 'demo123', remember: null });
      if (!result.ok) log.warn(`Demo sign-in failed: ${result.error.message}`);
    },
    async signOut(forget) {
      await session.signOut({ forget });
      if (forget) await saveRememberOff();
      return view();
    },
    async forgetPassword() {
      const { serverUrl, userName } = settings.get();
      const deleted = await session.forget({ serverUrl, userName });
      if (!deleted.ok) return deleted;
      await saveRememberOff();
      return ok(null);
    },
    async dispose() {
      clearTimeout(teamTimer);
      alerts.stop();
      await session.signOut();
    },
  };
  return core;
}
