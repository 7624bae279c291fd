// The window's copy of main's state: whole snapshots from the 'session', 'supervisor' and
// 'settings' events (and from the get verbs at start), plus the notices to show. Main is the
// source of truth; nothing here is derived from anything but these snapshots.
import type { Alert } from '../../../common/alerts';
import type { AppInfo, Notice, SettingsView } from '../../../common/contract';
import type { SessionView } from '../../../common/session-view';
import type { PushedSupervisorView, SupervisorView, TeamMemberView } from '../../../common/supervisor-view';
import { invoke } from '../lib/ipc';
import { announcer } from './announcer.svelte';

export interface ShownNotice extends Notice {
  id: number;
}

// Errors stay until dismissed; the rest leave on their own once read (they are in the activity log or on screen).
const NOTICE_MS: Record<Notice['kind'], number | null> = { info: 8_000, alert: 30_000, error: null };

class AppState {
  info = $state.raw<AppInfo | null>(null);
  // Snapshots are replaced whole, never mutated: raw state keeps a 2,000-agent team cheap.
  session = $state.raw<SessionView | null>(null);
  supervisor = $state.raw<SupervisorView | null>(null);
  /** Main sends the team apart from the rest of the view, only when it changed. */
  #team: TeamMemberView[] = [];
  settings = $state.raw<SettingsView | null>(null);
  /** The alerts that hold now (main/supervisor/alerts), replaced whole on each 'alerts' event. */
  alerts = $state.raw<Alert[]>([]);
  /** The agent main asked to show (an alert's notification clicked), with a counter so the same agent twice is shown twice. */
  shownAgent = $state.raw<{ userId: string; n: number } | null>(null);
  notices = $state<ShownNotice[]>([]);
  /** Why the window could not read the app's state at start, in words. */
  startError = $state<string | null>(null);

  #nextNoticeId = 1;
  // An event newer than a pending get() wins: the get's answer is dropped.
  #seen = { session: 0, supervisor: 0, team: 0, settings: 0 };

  get platform(): string {
    return this.info?.platform ?? 'linux';
  }

  start(): () => void {
    const api = window.softphone;
    const unsubscribe = [
      api.on('session', (view) => this.#setSession(view)),
      api.on('supervisor', (view) => this.#setSupervisor(view)),
      api.on('team', (team) => this.#setTeam(team)),
      api.on('settings', (view) => this.#setSettings(view)),
      api.on('notice', (notice) => this.notify(notice)),
      api.on('announce', ({ message, urgent }) => announcer.say(message, urgent)),
      api.on('alerts', (alerts) => (this.alerts = alerts)),
      api.on('showAgent', ({ userId }) => (this.shownAgent = { userId, n: (this.shownAgent?.n ?? 0) + 1 })),
    ];
    void this.#load();
    return () => unsubscribe.forEach((off) => off());
  }

  async #load(): Promise<void> {
    const info = await invoke(() => window.softphone.app.info());
    if (info.ok) this.info = info.value;
    await Promise.all([this.refreshSession(), this.refreshSettings()]);
    // A settings file set aside at start: said at once, not only in Settings after signing in.
    if (this.settings?.warning) this.notify({ kind: 'error', message: this.settings.warning });
  }

  async refreshSession(): Promise<void> {
    const seen = this.#seen.session;
    const result = await invoke(() => window.softphone.session.get());
    if (!result.ok) this.startError = result.error.message;
    else if (seen === this.#seen.session) this.#setSession(result.value);
  }

  async refreshSettings(): Promise<void> {
    const seen = this.#seen.settings;
    const result = await invoke(() => window.softphone.settings.get());
    if (result.ok && seen === this.#seen.settings) this.#setSettings(result.value);
  }

  async refreshSupervisor(): Promise<void> {
    const seen = { ...this.#seen };
    const result = await invoke(() => window.softphone.supervisor.get());
    if (!result.ok) return;
    const { team, ...view } = result.value;
    if (seen.team === this.#seen.team) this.#setTeam(team);
    if (seen.supervisor === this.#seen.supervisor) this.#setSupervisor(view);
  }

  /** A view answered by a verb (signIn, settings.update) is as current as an event. */
  setSession(view: SessionView): void {
    this.#setSession(view);
  }
  setSettings(view: SettingsView): void {
    this.#setSettings(view);
  }

  #setSession(view: SessionView): void {
    this.#seen.session++;
    const wasSignedIn = this.session?.status === 'signed-in';
    this.session = view;
    if (view.status === 'signed-in' && !wasSignedIn) {
      void this.refreshSupervisor();
      void this.refreshSettings();
      void this.#refreshAlerts();
    }
    if (view.status === 'signed-out') {
      this.supervisor = null;
      this.alerts = [];
      this.shownAgent = null;
    }
  }

  async #refreshAlerts(): Promise<void> {
    const result = await invoke(() => window.softphone.alert.list());
    if (result.ok) this.alerts = result.value;
  }

  #setSupervisor(view: PushedSupervisorView): void {
    this.#seen.supervisor++;
    this.supervisor = { ...view, team: this.#team };
  }

  #setTeam(team: TeamMemberView[]): void {
    this.#seen.team++;
    this.#team = team;
    if (this.supervisor) this.supervisor = { ...this.supervisor, team };
  }

  #setSettings(view: SettingsView): void {
    this.#seen.settings++;
    this.settings = view;
  }

  notify(notice: Notice): void {
    const id = this.#nextNoticeId++;
    this.notices = [...this.notices.slice(-3), { ...notice, id }];
    announcer.say(notice.message, notice.kind !== 'info');
    const ms = NOTICE_MS[notice.kind];
    if (ms !== null) setTimeout(() => this.dismiss(id), ms);
  }

  dismiss(id: number): void {
    this.notices = this.notices.filter((n) => n.id !== id);
  }
}

export const app = new AppState();
