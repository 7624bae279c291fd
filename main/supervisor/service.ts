// The supervisor service: the session's snapshots and messages through the reducer, the team
// kept fresh, and every action the window, the tray and the shortcut can take. One function per
// action, shared by all three; an action the capabilities do not allow fails at once, without
// calling GWS. Monitoring actions are written to the activity log.
import { EventEmitter } from 'node:events';
import type { ActivityEntry } from '../../common/activity';
import type { AgentStateRequest, MonitorRequest } from '../../common/contract';
import {
  ACTIONS,
  teamMemberActions,
  type MonitoredCallAction,
  type OwnCallAction,
  type TeamMemberAction,
  type TrayCatalogueAction,
} from '../../common/actions';
import type { SupervisorView } from '../../common/supervisor-view';
import { ACTION_REFUSALS, MONITORING_STATES } from '../../common/words';
import { GWS_PATHS } from '../gws/gws-url';
import { fail } from '../result';
import { AGENT_CONTROL_FEATURE, agentControlOff, readTeamMember, setAgentState } from './agent-control';
import { FeatureReads } from './features';
import { MONITORING_FEATURE, monitoringOff, monitoringRefusal } from './monitoring-words';
import { reduce } from './reducer';
import { readTeam } from './team-read';
import { initialState, type DomainEvent, type SupervisorInput, type SupervisorState } from './types';
import { resolveMonitorTarget } from './monitor-target';
import {
  activityEntry,
  appendActivity,
  done,
  notAllowed,
  notSignedIn,
  type ActionResult,
  type SupervisorServiceDeps,
  type SupervisorServiceEvents,
} from './service-contract';
import { supervisorView } from './views';

export type { ActionResult, GwsSession, SupervisorServiceDeps, SupervisorServiceEvents } from './service-contract';

export class SupervisorService extends EventEmitter<SupervisorServiceEvents> {
  #state: SupervisorState = initialState;
  #features: Set<string> | undefined;
  /** The view of the current state: built once per change, not on every read (2,000 agents). */
  #view: { state: SupervisorState; features: Set<string> | undefined; view: SupervisorView } | undefined;
  readonly #now: () => number;
  readonly #deps: SupervisorServiceDeps;
  readonly #featureReads = new FeatureReads();

  constructor(deps: SupervisorServiceDeps) {
    super();
    this.#deps = deps;
    this.#now = deps.now ?? Date.now;
    // A snapshot after a reconnect: the features may have changed meanwhile.
    deps.session.on('snapshot', () => this.#featureReads.resynced());
    deps.session.on('snapshot', (s) => this.apply({ type: 'snapshot', user: s.user, devices: s.devices, calls: s.calls }));
    deps.session.on('message', (m) =>
      this.apply(m.messageType === 'DeviceStateChangeMessage' ? { type: 'devices', devices: m.devices } : { type: 'call', call: m.call }),
    );
  }

  /** A snapshot, shared by every reader until the state changes: never mutate it. */
  view(): SupervisorView {
    const cached = this.#view;
    if (cached?.state === this.#state && cached.features === this.#features) return cached.view;
    const view = supervisorView(this.#state, this.#features);
    this.#view = { state: this.#state, features: this.#features, view };
    return view;
  }

  /**
   * Whether GWS offers Supervisor Agent State Control (feature api-supervisor-agent-control), as
   * of the last team refresh; undefined before the features were first read.
   */
  get agentControlAvailable(): boolean | undefined {
    return this.#features?.has(AGENT_CONTROL_FEATURE);
  }

  /** Forget the signed-in user's state (sign-out). */
  reset(): void {
    this.#featureReads.signedOut();
    this.apply({ type: 'signedOut' });
  }

  /**
   * GET /api/v2/users?subresources=*: the team with devices and agent states (docs/gws-notes.md, "Features and users"), read
   * off the main thread (team-read.ts); and, when due, the contact center's features, to explain a missing monitoring capability.
   */
  async refreshTeam(): Promise<ActionResult> {
    const users = readTeam(this.#deps.session, () => this.#state, this.#now, this.#deps.decodeTeam);
    const [team, features] = await Promise.all([users, this.#featureReads.readIfDue(this.#deps.session, this.#now())]);
    if (features?.ok) {
      const known = this.#features;
      this.#features = features.value;
      // The view now says whether monitoring is offered at all.
      if (!known || known.has(MONITORING_FEATURE) !== this.#features.has(MONITORING_FEATURE)) this.emit('view', this.view());
    }
    if (!team.ok) return team;
    this.apply({ type: 'team', members: team.value });
    return done;
  }

  // ---- monitoring (device operations, docs/gws-notes.md, "Monitoring subscription") ----

  /** ListenIn, Coach or BargeIn on an agent, a device or a number, with scope and mode. */
  async monitor(request: MonitorRequest): Promise<ActionResult> {
    const device = this.#state.device;
    if (!device) return notSignedIn;
    if (!device.capabilities.includes(request.state)) {
      if (this.#features && !this.#features.has(MONITORING_FEATURE)) return fail(monitoringOff);
      return notAllowed(ACTION_REFUSALS.monitorUnavailable(MONITORING_STATES[request.state].choice));
    }
    const target = resolveMonitorTarget(this.#state.team, request.target);
    if (!target.ok) return target;
    const prefs = this.#deps.preferences();
    const scope = request.scope ?? prefs.monitoringScope;
    const mode = request.mode ?? prefs.monitoringMode;
    const { address } = target.value;
    // Before the request, as its device message may come first: 8.5.1 will not say whom it armed.
    this.apply({
      type: 'armRequested',
      request: {
        state: request.state,
        mode,
        scope,
        targetDeviceUri: 'targetDeviceUri' in address ? address.targetDeviceUri : null,
        targetPhoneNumber: 'phoneNumber' in address ? address.phoneNumber : null,
      },
    });
    const reply = await this.#deps.session.operate(GWS_PATHS.myDevice(device.id), {
      operationName: request.state,
      ...address,
      supervisorMonitoringScope: scope,
      supervisorMonitoringMode: mode,
    });
    this.apply({ type: 'armAnswered', accepted: reply.ok });
    // A refusal may mean the monitoring feature was switched off: read the features again at the next refresh.
    if (!reply.ok) this.#featureReads.expire();
    const result = reply.ok ? done : fail(monitoringRefusal(reply.error, target.value.name));
    await this.#record(request.state, target.value.logName, scope, mode, result);
    if (result.ok) void this.refreshTeam();
    return result;
  }

  /** Arms again the subscription that vanished without a Cancel (after a reconnect, say). */
  async rearm(): Promise<ActionResult> {
    const lost = this.#state.lostMonitoring;
    const target = lost?.targetDeviceUri ? { deviceUri: lost.targetDeviceUri } : lost?.targetPhoneNumber ? { phoneNumber: lost.targetPhoneNumber } : null;
    if (!lost || !target) return notAllowed(ACTION_REFUSALS.noLostMonitoring);
    return this.monitor({ target, state: lost.state, scope: lost.scope, mode: lost.mode });
  }

  /** CancelSupervisorMonitoring: offered only while armed (docs/gws-notes.md, "Monitoring subscription"). */
  async cancelMonitoring(): Promise<ActionResult> {
    const device = this.#state.device;
    if (!device) return notSignedIn;
    const armed = this.view().armed;
    if (!armed || !device.capabilities.includes('CancelSupervisorMonitoring')) return notAllowed(ACTION_REFUSALS.notArmed);
    // Before the request: GWS's device message may arrive before its reply.
    this.apply({ type: 'cancelRequested' });
    const reply = await this.#deps.session.operate(GWS_PATHS.myDevice(device.id), { operationName: 'CancelSupervisorMonitoring' });
    if (!reply.ok) this.apply({ type: 'cancelFailed' });
    const result = reply.ok ? done : fail(reply.error);
    await this.#record('CancelSupervisorMonitoring', armed.target.userName ?? armed.target.name, armed.scope, armed.mode, result);
    if (result.ok) void this.refreshTeam();
    return result;
  }

  // ---- the monitored call (docs/gws-notes.md, "Monitoring call") ----

  switchToBargeIn = () => this.onMonitoredCall('bargeIn');
  switchToListenIn = () => this.onMonitoredCall('listenIn');
  muteAgent = () => this.onMonitoredCall('muteAgent');
  unmuteAgent = () => this.onMonitoredCall('unmuteAgent');
  /** Hangs up the supervisor's own leg only; the agent and customer stay connected. */
  leaveCall = () => this.onMonitoredCall('leave');

  /** A catalogue action that takes no argument: a tray menu item. */
  perform(ref: TrayCatalogueAction): Promise<ActionResult> {
    if (ref === 'device.cancelMonitoring') return this.cancelMonitoring();
    const [, action] = ref.split('.') as [string, MonitoredCallAction];
    return this.onMonitoredCall(action);
  }

  /** A catalogue action on the monitored call, offered only while GWS lists its capability; logged. */
  async onMonitoredCall(action: MonitoredCallAction): Promise<ActionResult> {
    const { operation, label } = ACTIONS.monitoredCall[action];
    const call = this.view().monitoredCall;
    if (!call) return notAllowed(ACTION_REFUSALS.noMonitoredCall(label));
    if (!call.actions.includes(action)) return notAllowed(ACTION_REFUSALS.notPossibleOnCall(label));
    const reply = await this.#deps.session.operate(GWS_PATHS.myCall(call.callId), { operationName: operation });
    const result = reply.ok ? done : fail(reply.error);
    const armed = this.view().armed;
    await this.#record(operation, call.agent.userName ?? call.agent.name, armed?.scope ?? null, armed?.mode ?? null, result);
    return result;
  }

  // ---- the supervisor's own calls and agent state (docs/gws-notes.md, "Agent states", "Calls") ----

  answer = (callId: string) => this.onOwnCall(callId, 'answer');
  hangup = (callId: string) => this.onOwnCall(callId, 'hangup');
  hold = (callId: string) => this.onOwnCall(callId, 'hold');
  retrieve = (callId: string) => this.onOwnCall(callId, 'retrieve');

  /** A catalogue action on any of the supervisor's calls (the monitoring leg can be answered too). */
  async onOwnCall(callId: string, action: OwnCallAction): Promise<ActionResult> {
    const { operation, label } = ACTIONS.ownCall[action];
    const call = this.#state.calls.get(callId);
    if (!call) return notAllowed(ACTION_REFUSALS.callEnded);
    if (!call.capabilities.includes(operation)) return notAllowed(ACTION_REFUSALS.notPossibleOnCall(label));
    const reply = await this.#deps.session.operate(GWS_PATHS.myCall(callId), { operationName: operation });
    return reply.ok ? done : reply;
  }

  async dial(number: string): Promise<ActionResult> {
    const device = this.#state.device;
    if (!device) return notSignedIn;
    const reply = await this.#deps.session.operate(GWS_PATHS.myDeviceCalls(device.id), { operationName: 'Dial', destination: { phoneNumber: number } });
    return reply.ok ? done : reply;
  }

  async setMyState(state: AgentStateRequest): Promise<ActionResult> {
    if (!this.#state.device) return notSignedIn;
    const reply = await this.#deps.session.operate(GWS_PATHS.myVoiceChannel, { operationName: state });
    return reply.ok ? done : reply;
  }

  // ---- team members' states (Supervisor Agent State Control, docs/gws-notes.md) ----

  /**
   * Make Ready, Make Not Ready or Log off a team member. Offered only while the feature is on and
   * the agent's state allows it; the row shows the change as pending until the user, read again,
   * shows what GWS made of it. Logged with the state before and after.
   */
  async setTeamMemberState(userId: string, action: TeamMemberAction): Promise<ActionResult> {
    if (!this.#state.user) return notSignedIn;
    if (this.agentControlAvailable === false) return fail(agentControlOff);
    const { operation, label } = ACTIONS.teamMember[action];
    const member = this.#state.team.find((m) => m.userId === userId);
    if (!member) return fail({ code: 'unknown-agent', message: ACTION_REFUSALS.notInTeam });
    if (this.#state.agentChanges.has(userId)) return notAllowed(ACTION_REFUSALS.alreadyChanging(member.name));
    if (!teamMemberActions(member.agentState).includes(action)) {
      return notAllowed(ACTION_REFUSALS.notPossibleFor(label, member.name, member.agentState));
    }
    this.apply({ type: 'agentChangeSent', userId, action });
    const result = await setAgentState(this.#deps.session, member, operation);
    if (!result.ok) this.#featureReads.expire();
    const again = result.ok ? await readTeamMember(this.#deps.session, userId, this.#now()) : undefined;
    const read = again?.ok ? again.value : null;
    this.apply({ type: 'agentChangeEnded', userId, member: read });
    await this.#record(operation, member.userName, null, null, result, { from: member.agentState, to: read?.agentState ?? null });
    return result;
  }

  // ---- internals ----

  apply(input: SupervisorInput): void {
    const before = this.#state;
    const { state, events } = reduce(before, input, this.#now());
    this.#state = state;
    if (state === before) return;
    const view = this.view();
    this.emit('view', view);
    for (const event of events) {
      this.emit('domain', event, view);
      this.#react(event, view);
    }
  }

  #react(event: DomainEvent, view: SupervisorView): void {
    const call = view.monitoredCall;
    // A monitoring call that arrives ringing is answered when the auto-answer setting is on.
    if (
      event.type === 'monitoredCallStarted' &&
      call?.callState === 'Ringing' &&
      call.actions.includes('answer') &&
      this.#deps.preferences().autoAnswerMonitoringCalls
    ) {
      void this.onMonitoredCall('answer').then((r) => {
        if (r.ok) return;
        this.#deps.log.warn(`Auto-answer of the monitoring call failed: ${r.error.message}`);
        // Otherwise the supervisor sees a ringing card with Answer, and no word of why it was not answered.
        const reason = r.error.message.replace(/\.$/, '');
        this.emit('warning', { code: 'auto-answer-failed', message: ACTION_REFUSALS.autoAnswerFailed(reason) });
      });
    }
    if (event.type === 'monitoringLost' || event.type === 'monitoringCancelled') void this.refreshTeam();
  }

  #record(operation: string, target: string, scope: string | null, mode: string | null, result: ActionResult, change?: ActivityEntry['change']): Promise<void> {
    return appendActivity(this.#deps, activityEntry({ operation, target, scope, mode, change }, result, this.#state.user?.userName ?? '', this.#now()));
  }
}
