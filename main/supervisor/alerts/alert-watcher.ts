// Keeps the alerts current beside the supervisor service: it evaluates the rules after every view
// change (once a turn of the event loop) and every few seconds (time in state passes without any
// GWS message), says which alerts were raised, writes raised and cleared ones to the activity
// log, and runs an alert's actions (Listen in, Barge in, Snooze for today). While the connection is lost the states it would read
// are stale, so it raises and clears nothing until the connection is back.
import { EventEmitter } from 'node:events';
import type { Alert } from '../../../common/alerts';
import { ACTIONS, type AlertAction } from '../../../common/actions';
import { MAX_ALERT_SNOOZES, type AlertRules, type AlertSnooze } from '../../../common/settings';
import type { SupervisorView } from '../../../common/supervisor-view';
import { ALERT_PROBLEMS } from '../../../common/words/alerts';
import type { ActivityLog } from '../../activity/activity-log';
import type { Log } from '../../log/diagnostic-log';
import type { SessionState } from '../../session/session-state';
import { fail, type Problem, type Result } from '../../result';
import { activityEntry, appendActivity, done, notAllowed, type ActionResult } from '../service-contract';
import type { SupervisorService } from '../service';
import { activeAlerts, endOfLocalDay } from './alert-rules';

/** live: evaluate; stale: connection lost, keep the alerts as they are; off: signed out, none. */
export type AlertConnection = 'live' | 'stale' | 'off';

export interface AlertWatcherDeps {
  supervisor: Pick<SupervisorService, 'view' | 'on' | 'off' | 'monitor' | 'switchToBargeIn'>;
  rules: () => AlertRules;
  snoozes: () => readonly AlertSnooze[];
  saveSnoozes: (snoozes: AlertSnooze[]) => Promise<Result<unknown, Problem>>;
  connection: () => AlertConnection;
  /** The signed-in supervisor's user name, for the activity log. */
  supervisorName: () => string;
  activity: ActivityLog;
  log: Log;
  now?: () => number;
  /** How often the rules are evaluated without a view change; default 5 s. */
  everyMs?: number;
}

export interface AlertWatcherEvents {
  /** The active alerts changed (one appeared, cleared, or its words did). */
  alerts: [Alert[]];
  /** Alerts that appeared in one evaluation: a burst, told once. */
  raised: [Alert[]];
}

export class AlertWatcher extends EventEmitter<AlertWatcherEvents> {
  readonly #deps: AlertWatcherDeps;
  readonly #now: () => number;
  #alerts: Alert[] = [];
  #timer: NodeJS.Timeout | undefined;
  #pending: NodeJS.Immediate | undefined;
  /**
   * Once per turn of the event loop, after what changed the view: the rules walk the whole team
   * (about 0.7 ms for 10,000 agents), and a call's start must reach the supervisor first (the
   * domain event follows the view's), while a burst of GWS messages costs one walk, not one each.
   */
  readonly #onView = () => {
    this.#pending ??= setImmediate(() => {
      this.#pending = undefined;
      this.check();
    });
  };

  constructor(deps: AlertWatcherDeps) {
    super();
    this.#deps = deps;
    this.#now = deps.now ?? Date.now;
  }

  start(): void {
    if (this.#timer) return;
    this.#deps.supervisor.on('view', this.#onView);
    // unref'd: an alert timer alone must not keep the process (or a test) alive.
    this.#timer = setInterval(() => this.check(), this.#deps.everyMs ?? 5000).unref();
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    clearImmediate(this.#pending);
    this.#pending = undefined;
    this.#deps.supervisor.off('view', this.#onView);
  }

  /** The alerts that hold now. */
  active(): readonly Alert[] {
    return this.#alerts;
  }

  /** Evaluates the rules now (the timer does this every few seconds; a settings change calls it too). */
  check(): void {
    this.#evaluate(this.#deps.supervisor.view());
  }

  /** An alert's action from the window, the tray or a notification; refused in words when it no longer applies. */
  async act(alertId: string, action: AlertAction): Promise<ActionResult> {
    const alert = this.#alerts.find((a) => a.id === alertId);
    if (!alert) return notAllowed(ALERT_PROBLEMS.gone);
    if (!alert.actions.includes(action)) return notAllowed(ALERT_PROBLEMS.notOffered(ACTIONS.alert[action].label));
    if (action === 'snooze') return this.#snooze(alert);
    // A long call is already monitored: Barge in joins it. An agent's alert arms monitoring on them.
    if (alert.kind === 'longCall') return this.#deps.supervisor.switchToBargeIn();
    if (alert.userId === null) return notAllowed(ALERT_PROBLEMS.gone);
    return this.#deps.supervisor.monitor({ target: { userId: alert.userId }, state: action === 'listenIn' ? 'ListenIn' : 'BargeIn' });
  }

  /** Snoozes the alert's agent until the end of the local day; expired snoozes are dropped as it saves. */
  async #snooze(alert: Alert): Promise<ActionResult> {
    const { userId } = alert;
    if (userId === null) return notAllowed(ALERT_PROBLEMS.noAgent);
    const now = this.#now();
    const kept = this.#deps.snoozes().filter((s) => s.until > now && s.userId !== userId);
    if (kept.length >= MAX_ALERT_SNOOZES) return notAllowed(ALERT_PROBLEMS.tooManySnoozes(MAX_ALERT_SNOOZES));
    const saved = await this.#deps.saveSnoozes([...kept, { userId, until: endOfLocalDay(now) }]);
    const result: ActionResult = saved.ok ? done : fail(saved.error);
    await this.#record(ACTIONS.alert.snooze.operation, alert, result);
    if (result.ok) this.check();
    return result;
  }

  #evaluate(view: SupervisorView): void {
    const connection = this.#deps.connection();
    if (connection === 'stale') return;
    const now = this.#now();
    const next = connection === 'off' ? [] : activeAlerts(view, this.#deps.rules(), this.#snoozedUntil(now), now);
    const before = this.#alerts;
    if (sameAlerts(before, next)) return;
    this.#alerts = next;
    const ids = new Set(before.map((a) => a.id));
    const nextIds = new Set(next.map((a) => a.id));
    const raised = next.filter((a) => !ids.has(a.id));
    // Signing out ends every alert without any condition ending: nothing to log.
    const cleared = connection === 'off' ? [] : before.filter((a) => !nextIds.has(a.id));
    this.emit('alerts', next);
    if (raised.length > 0) this.emit('raised', raised);
    for (const alert of raised) void this.#record('AlertRaised', alert, done);
    for (const alert of cleared) void this.#record('AlertCleared', alert, done);
  }

  #snoozedUntil(now: number): ReadonlyMap<string, number> {
    const snoozes = this.#deps.snoozes();
    return snoozes.length === 0 ? EMPTY : new Map(snoozes.filter((s) => s.until > now).map((s) => [s.userId, s.until]));
  }

  async #record(operation: string, alert: Alert, result: ActionResult): Promise<void> {
    const entry = activityEntry(
      { operation, target: alert.userName ?? alert.agentName, scope: null, mode: null, detail: alert.text },
      result,
      this.#deps.supervisorName(),
      this.#now(),
    );
    await appendActivity(this.#deps, entry);
  }
}

const EMPTY: ReadonlyMap<string, number> = new Map();

// Evaluated after every view change over up to 1,000 alerts: compared in place, nothing joined or copied.
function sameAlerts(a: readonly Alert[], b: readonly Alert[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i] || (x.id === b[i]!.id && x.text === b[i]!.text && sameActions(x.actions, b[i]!.actions)));
}

const sameActions = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((action, i) => action === b[i]);

/** What the session's state means for alerts: live only while connected to GWS's notifications. */
export function alertConnection(state: SessionState): AlertConnection {
  if (state.status !== 'signed-in') return 'off';
  return state.connection.kind === 'connected' ? 'live' : 'stale';
}
