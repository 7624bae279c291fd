// A coaching round: one NextCall subscription at a time on each of the picked agents in turn,
// round-robin until stopped (issue 17). It composes the supervisor service rather than living in
// it: it arms through service.monitor (so GWS's refusals come in words and every arming is
// logged), and moves on when the service's domain events say the NextCall subscription ended
// with its call (docs/gws-notes.md, "Monitoring rules"). Logged-off agents and agents another
// supervisor monitors are skipped, saying so; the round waits while the supervisor is on a call
// of their own, and arms the current agent again when a reconnect lost the subscription.
import { EventEmitter } from 'node:events';
import type { Notice } from '../../common/contract';
import { ROUND_MAX_AGENTS, type RoundHow, type RoundView, type SupervisorView, type TeamMemberView } from '../../common/supervisor-view';
import { ROUND_WORDS } from '../../common/words/round';
import type { ActivityLog } from '../activity/activity-log';
import type { Log } from '../log/diagnostic-log';
import { fail, type Problem } from '../result';
import { activityEntry, appendActivity, done, notAllowed, type ActionResult } from './service-contract';
import type { SupervisorService } from './service';
import type { DomainEvent } from './types';

/** The round's steps as the activity log names them (the arming itself is logged by the service as ListenIn or Coach). */
export const ROUND_LOG = {
  started: 'CoachingRoundStarted',
  skipped: 'CoachingRoundSkipped',
  paused: 'CoachingRoundPaused',
  resumed: 'CoachingRoundResumed',
  rearmed: 'CoachingRoundRearmed',
  stopped: 'CoachingRoundStopped',
} as const;

export interface CoachingRoundDeps {
  service: Pick<SupervisorService, 'view' | 'monitor' | 'cancelMonitoring' | 'refreshTeam' | 'on'>;
  activity: Pick<ActivityLog, 'append'>;
  log: Log;
  /** The signed-in supervisor's user name, for the activity log. */
  supervisorName: () => string;
  now?: () => number;
}

export interface CoachingRoundEvents {
  /** The banner's and the tray's state, after every change; null when no round runs. */
  round: [RoundView];
  /** What the round did by itself, in words (skips, pauses, stops). */
  notice: [Notice];
}

interface Running {
  how: RoundHow;
  userIds: string[];
  /** Index into userIds of the agent armed now (or to arm on resume). */
  current: number;
  /** Set before the round cancels its own subscription to pause, so that cancellation is not read as someone else's. */
  paused: boolean;
  /** Who started it, for the log: the session has forgotten by the time sign-out ends the round. */
  supervisor: string;
}

const loggedOff = (m: TeamMemberView): boolean => m.agentState === null || m.agentState === 'LoggedOut' || m.agentState === 'Offline';

export class CoachingRound extends EventEmitter<CoachingRoundEvents> {
  #running: Running | null = null;
  /** Every step runs after the one before: GWS's replies and device messages interleave otherwise. */
  #queue: Promise<void> = Promise.resolve();
  readonly #deps: CoachingRoundDeps;
  readonly #now: () => number;

  constructor(deps: CoachingRoundDeps) {
    super();
    this.#deps = deps;
    this.#now = deps.now ?? Date.now;
    deps.service.on('domain', (event) => this.#onDomain(event));
    deps.service.on('view', (view) => this.#onView(view));
  }

  view(): RoundView {
    const r = this.#running;
    if (!r) return null;
    const member = this.#member(r.userIds[r.current]!);
    return {
      how: r.how,
      position: r.current + 1,
      total: r.userIds.length,
      agentName: member?.name ?? r.userIds[r.current]!,
      agentUserName: member?.userName ?? '',
      paused: r.paused,
    };
  }

  /** Starts a round on these agents (team user ids, in order), replacing any round running. */
  async start(userIds: readonly string[], how: RoundHow): Promise<ActionResult> {
    const unique = [...new Set(userIds)];
    if (unique.length === 0 || unique.length > ROUND_MAX_AGENTS || unique.length !== userIds.length)
      return fail({ code: 'invalid-request', message: ROUND_WORDS.invalid });
    const team = new Set(this.#deps.service.view().team.map((m) => m.userId));
    if (!unique.every((id) => team.has(id))) return fail({ code: 'unknown-agent', message: 'That agent is not in your team.' });
    return this.#step(async () => {
      const replaced = this.#running;
      // The new round's first arming replaces the old one's subscription (one per supervisor).
      if (replaced) await this.#log(ROUND_LOG.stopped, this.#userName(replaced.userIds[replaced.current]!), done, replaced.supervisor);
      this.#running = { how, userIds: unique, current: 0, paused: this.#onOwnCall(this.#deps.service.view()), supervisor: this.#deps.supervisorName() };
      await this.#log(ROUND_LOG.started, null, done);
      this.#say('info', ROUND_WORDS.started(how, unique.length));
      if (this.#running.paused) {
        this.#changed();
        return done;
      }
      return this.#armFrom(0);
    });
  }

  /** Stops the round and cancels its subscription; the monitored call in progress, if any, goes on. */
  stop(): Promise<ActionResult> {
    return this.#step(async () => {
      const r = this.#running;
      if (!r) return notAllowed('No coaching round is running.');
      // Cleared first: the cancellation that follows is the round's own, not someone else's.
      this.#running = null;
      const view = this.#deps.service.view();
      const result = view.armed && !view.monitoredCall ? await this.#deps.service.cancelMonitoring() : done;
      this.#say('info', ROUND_WORDS.stopped);
      this.#changed();
      await this.#log(ROUND_LOG.stopped, this.#userName(r.userIds[r.current]!), result, r.supervisor);
      return result;
    });
  }

  /** Sign-out: the round ends with the session (GWS drops the subscription itself). */
  end(): void {
    const r = this.#running;
    if (!r) return;
    // Read before the service forgets the team.
    const agent = this.#userName(r.userIds[r.current]!);
    this.#running = null;
    this.#say('info', ROUND_WORDS.signedOut);
    this.#changed();
    void this.#step(async () => {
      await this.#log(ROUND_LOG.stopped, agent, fail({ code: 'signed-out', message: ROUND_WORDS.signedOut }), r.supervisor);
      return done;
    });
  }

  // ---- reacting to GWS ----

  #onDomain(event: DomainEvent): void {
    const r = this.#running;
    if (!r) return;
    if (event.type === 'monitoringCancelled' && event.reason === 'next-call-completed') {
      // The agent had their call: the next agent's turn (while paused, at resume).
      void this.#step(async () => {
        if (this.#running !== r) return done;
        if (r.paused) {
          r.current = (r.current + 1) % r.userIds.length;
          this.#changed();
          return done;
        }
        return this.#armFrom(r.current + 1);
      });
    } else if (event.type === 'monitoringCancelled' && !r.paused) {
      void this.#step(async () => this.#stopWith(r, ROUND_WORDS.cancelledElsewhere));
    } else if (event.type === 'monitoringArmed' && (event.subscription.mode !== 'NextCall' || event.subscription.state !== r.how)) {
      // The supervisor armed something else by hand, which replaced the round's subscription (one per supervisor).
      void this.#step(async () => this.#stopWith(r, ROUND_WORDS.replaced));
    } else if (event.type === 'monitoringLost' && !r.paused) {
      void this.#step(async () => {
        if (this.#running !== r || r.paused) return done;
        // The team as GWS has it now says whether the agent logged off or the subscription went with a reconnect.
        await this.#deps.service.refreshTeam();
        const member = this.#member(r.userIds[r.current]!);
        if (!member || loggedOff(member)) return this.#armFrom(r.current);
        const armed = await this.#armFrom(r.current);
        if (armed.ok && this.#running === r && r.userIds[r.current] === member.userId) {
          await this.#log(ROUND_LOG.rearmed, member.userName, done);
          this.#say('info', ROUND_WORDS.rearmed(member.name));
        }
        return armed;
      });
    }
  }

  #onView(view: SupervisorView): void {
    const r = this.#running;
    if (!r) return;
    const onCall = this.#onOwnCall(view);
    if (onCall === r.paused) return;
    r.paused = onCall;
    void this.#step(async () => {
      if (this.#running !== r || r.paused !== onCall) return done;
      const agent = this.#userName(r.userIds[r.current]!);
      if (onCall) {
        await this.#log(ROUND_LOG.paused, agent, done);
        this.#say('info', ROUND_WORDS.paused);
        this.#changed();
        const now = this.#deps.service.view();
        // Armed but not yet on the agent's call: no monitoring call may ring in on the supervisor's own.
        if (now.armed && !now.monitoredCall) {
          const cancelled = await this.#deps.service.cancelMonitoring();
          if (!cancelled.ok) this.#deps.log.warn(`The coaching round could not pause its monitoring: ${cancelled.error.message}`);
        }
        return done;
      }
      await this.#log(ROUND_LOG.resumed, agent, done);
      this.#say('info', ROUND_WORDS.resumed);
      return this.#armFrom(r.current);
    });
  }

  /** A call of the supervisor's own, not the monitoring leg. */
  #onOwnCall(view: SupervisorView): boolean {
    return view.ownCalls.length > 0;
  }

  // ---- arming ----

  /** Arms the first eligible agent from `start` on, wrapping around once; stops the round when none is. */
  async #armFrom(start: number): Promise<ActionResult> {
    const r = this.#running;
    if (!r) return done;
    const total = r.userIds.length;
    for (let i = 0; i < total; i++) {
      const index = (start + i) % total;
      const userId = r.userIds[index]!;
      const member = this.#member(userId);
      if (!member || loggedOff(member)) {
        const name = member?.name ?? userId;
        await this.#log(ROUND_LOG.skipped, member?.userName ?? userId, fail({ code: 'logged-off', message: ROUND_WORDS.skippedLoggedOff(name) }));
        this.#say('info', ROUND_WORDS.skippedLoggedOff(name));
        continue;
      }
      r.current = index;
      this.#changed();
      const armed = await this.#deps.service.monitor({ target: { userId }, state: r.how, mode: 'NextCall' });
      if (this.#running !== r) return armed;
      if (armed.ok) return armed;
      if (armed.error.code !== 'already-monitored') return this.#stopWith(r, ROUND_WORDS.failed(armed.error.message), armed.error);
      await this.#log(ROUND_LOG.skipped, member.userName, armed);
      this.#say('alert', ROUND_WORDS.skippedRefused(armed.error.message));
    }
    return this.#stopWith(r, ROUND_WORDS.noneEligible);
  }

  /** Stops round `r`, if it is still the one running (a new round may have replaced it meanwhile). */
  async #stopWith(r: Running, message: string, problem?: Problem): Promise<ActionResult> {
    if (this.#running !== r) return done;
    this.#running = null;
    // Said with the change, so no one sees the round gone without the reason.
    this.#say('alert', message);
    this.#changed();
    const result = fail(problem ?? { code: 'round-stopped', message });
    await this.#log(ROUND_LOG.stopped, this.#userName(r.userIds[r.current]!), result, r.supervisor);
    return result;
  }

  // ---- plumbing ----

  #step(work: () => Promise<ActionResult>): Promise<ActionResult> {
    const run = this.#queue.then(work, work);
    this.#queue = run.then(
      () => undefined,
      (error: unknown) => this.#deps.log.error('A coaching round step failed', error),
    );
    return run;
  }

  #member(userId: string): TeamMemberView | undefined {
    return this.#deps.service.view().team.find((m) => m.userId === userId);
  }

  #userName(userId: string): string {
    return this.#member(userId)?.userName ?? userId;
  }

  #changed(): void {
    this.emit('round', this.view());
  }

  #say(kind: Notice['kind'], message: string): void {
    this.emit('notice', { kind, message });
  }

  async #log(operation: string, target: string | null, result: ActionResult, supervisor = this.#running?.supervisor ?? ''): Promise<void> {
    const entry = activityEntry({ operation, target, scope: null, mode: null }, result, supervisor, this.#now());
    await appendActivity(this.#deps, entry);
  }
}
