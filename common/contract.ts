// The IPC contract between main, preload and renderer: the only verbs the window has, and the
// events main pushes to it. A new capability for the window is one entry in VERBS and
// VerbSignatures plus its schema in schemas.ts; the preload builds window.softphone from VERBS
// and main refuses anything else.
import type { z } from 'zod';
import type { AlertAction, TeamMemberAction } from './actions';
import type { Alert } from './alerts';
import type { ActivityEntry } from './activity';
import type { announcementSchema, noticeSchema, shortcutStatusSchema } from './event-schemas';
import type { Problem } from './problem';
import type { SessionView, SignInForm } from './session-view';
import type { Settings, SettingsChange } from './settings';
import type {
  MonitoringMode,
  MonitoringScope,
  MonitoringState,
  PushedSupervisorView,
  RoundHow,
  RoundView,
  SupervisorView,
  TeamMemberView,
} from './supervisor-view';

/** Every verb the renderer may invoke, spelled `<area>.<name>`: window.softphone.<area>.<name>(). */
export const VERBS = [
  'app.info',
  'session.get',
  'session.signIn',
  'session.signOut',
  'session.reconnect',
  'session.forget',
  'settings.get',
  'settings.update',
  'settings.chooseCaFile',
  'supervisor.get',
  'monitor.start',
  'monitor.cancel',
  'monitor.rearm',
  'call.bargeIn',
  'call.listenIn',
  'call.muteAgent',
  'call.unmuteAgent',
  'call.leave',
  'call.answer',
  'call.hangup',
  'call.hold',
  'call.retrieve',
  'call.dial',
  'me.setState',
  'team.setAgentState',
  'activity.list',
  'round.get',
  'round.start',
  'round.stop',
  'alert.list',
  'alert.act',
] as const;
export type Verb = (typeof VERBS)[number];

/** The IPC channel of a verb, namespaced so it can never collide with another library's. */
export const channelOf = <V extends Verb>(verb: V) => `softphone:${verb}` as const;

/** The one channel main pushes events on. */
export const EVENT_CHANNEL = 'softphone:event';

export interface AppInfo {
  name: string;
  version: string;
  /** Electron's version, or null when the app runs in the test/dev stand-in. */
  electron: string | null;
  chrome: string | null;
  node: string;
  platform: string;
}

/** Whom to monitor: a team member, a device, or a raw number (docs/gws-notes.md, "Monitoring subscription": targetDeviceUri or phoneNumber). */
export type MonitorTarget = { userId: string } | { deviceUri: string } | { phoneNumber: string };

export interface MonitorRequest {
  target: MonitorTarget;
  state: MonitoringState;
  /** Defaults from settings (GWS's own defaults: Call, AllCalls). */
  scope?: MonitoringScope;
  mode?: MonitoringMode;
}

/** The states the supervisor can set on their own voice channel (me.setState). */
export const AGENT_STATE_REQUESTS = ['Ready', 'NotReady', 'AfterCallWork', 'AuxWork', 'Offline'] as const;
export type AgentStateRequest = (typeof AGENT_STATE_REQUESTS)[number];

export type ShortcutStatus = z.output<typeof shortcutStatusSchema>;

export interface SettingsView {
  settings: Settings;
  shortcut: ShortcutStatus;
  /** Why the settings file was reset at start, until the settings are saved again. */
  warning: string | null;
}

type CallRef = { callId: string };

/** Arguments and result of each verb; main's handlers and window.softphone are typed from it. */
export interface VerbSignatures {
  'app.info': { args: []; result: AppInfo };
  'session.get': { args: []; result: SessionView };
  'session.signIn': { args: [SignInForm]; result: SessionView };
  'session.signOut': { args: [{ forget: boolean }]; result: SessionView };
  /** Retry the connection now instead of after the countdown. */
  'session.reconnect': { args: []; result: null };
  /** Forget the remembered password, signed in or not (the sign-in screen offers it too). */
  'session.forget': { args: []; result: null };
  'settings.get': { args: []; result: SettingsView };
  'settings.update': { args: [SettingsChange]; result: SettingsView };
  /**
   * Main opens the OS file dialog, reads the file (ca-file.ts) and shows the certificate's subject
   * and SHA-256 fingerprint for the user to trust it: the settings then, or null if cancelled.
   */
  'settings.chooseCaFile': { args: []; result: SettingsView | null };
  'supervisor.get': { args: []; result: SupervisorView };
  'monitor.start': { args: [MonitorRequest]; result: null };
  'monitor.cancel': { args: []; result: null };
  'monitor.rearm': { args: []; result: null };
  'call.bargeIn': { args: []; result: null };
  'call.listenIn': { args: []; result: null };
  'call.muteAgent': { args: []; result: null };
  'call.unmuteAgent': { args: []; result: null };
  'call.leave': { args: []; result: null };
  'call.answer': { args: [CallRef]; result: null };
  'call.hangup': { args: [CallRef]; result: null };
  'call.hold': { args: [CallRef]; result: null };
  'call.retrieve': { args: [CallRef]; result: null };
  'call.dial': { args: [{ number: string }]; result: null };
  'me.setState': { args: [{ state: AgentStateRequest }]; result: null };
  /** A team member's state: a catalogue row of ACTIONS.teamMember. */
  'team.setAgentState': { args: [{ userId: string; action: TeamMemberAction }]; result: null };
  'activity.list': { args: [{ target?: string; limit?: number }]; result: ActivityEntry[] };
  'round.get': { args: []; result: RoundView };
  /** A coaching round on these team members, in this order: NextCall on each in turn. */
  'round.start': { args: [{ userIds: string[]; how: RoundHow }]; result: null };
  'round.stop': { args: []; result: null };
  /** The alerts that hold now (main/supervisor/alerts). */
  'alert.list': { args: []; result: Alert[] };
  /** An alert's catalogue row (ACTIONS.alert): Listen in, Barge in, Snooze for today. */
  'alert.act': { args: [{ alertId: string; action: AlertAction }]; result: null };
}

export type Notice = z.output<typeof noticeSchema>;
export type Announcement = z.output<typeof announcementSchema>;

/**
 * What main pushes on EVENT_CHANNEL: current views as whole snapshots, and notices. The team
 * comes apart from the rest of the supervisor view, and only when it changed (supervisor.get
 * answers both together).
 */
export interface EventPayloads {
  session: SessionView;
  supervisor: PushedSupervisorView;
  team: TeamMemberView[];
  settings: SettingsView;
  notice: Notice;
  /** Said in the window's live regions only (no toast): main's words for what happened to the monitored call. */
  announce: Announcement;
  /** The coaching round, after every step; null when none runs. */
  round: RoundView;
  /** The alerts that hold now, whenever one appears, clears or changes its words. */
  alerts: Alert[];
  /** Show this agent in the console (an alert's notification or tray item was clicked). */
  showAgent: { userId: string };
}
export type EventName = keyof EventPayloads;
export const EVENT_NAMES = [
  'session',
  'supervisor',
  'team',
  'settings',
  'notice',
  'announce',
  'round',
  'alerts',
  'showAgent',
] as const satisfies readonly EventName[];
export type PushedEvent = { [E in EventName]: { name: E; payload: EventPayloads[E] } }[EventName];

/**
 * Why main refused or failed a request, as a value with words. Besides these, a GWS or session
 * failure keeps its own code (auth, network, status, …) and the server's message.
 */
export type IpcErrorCode = 'invalid-request' | 'untrusted-sender' | 'internal' | 'not-allowed' | 'not-signed-in' | (string & {});
export type IpcError = Problem<IpcErrorCode>;
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

type AreaOf<V extends string> = V extends `${infer A}.${string}` ? A : never;
type NameOf<V extends string, A extends string> = V extends `${A}.${infer N}` ? N : never;
type Call<V extends Verb> = (...args: VerbSignatures[V]['args']) => Promise<IpcResult<VerbSignatures[V]['result']>>;

/** What the preload exposes as `window.softphone`: one function per verb, grouped by area, and `on`. */
export type SoftphoneApi = {
  readonly [A in AreaOf<Verb>]: { readonly [N in NameOf<Verb, A>]: Call<Extract<Verb, `${A}.${N}`>> };
} & {
  /** Subscribes to one kind of event; returns the unsubscribe function. */
  readonly on: <E extends EventName>(name: E, callback: (payload: EventPayloads[E]) => void) => () => void;
};
