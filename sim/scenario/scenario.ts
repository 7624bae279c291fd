// The scenario API's verbs (not part of GWS): what customers, simulated agents and a trainer
// do to the contact center. Served over HTTP at /sim and handed to tests by startSimulator().
import { randomInt } from 'node:crypto';
import type { ResourceContext } from '../gws/resources';
import { renderDevice } from '../gws/resources';
import type { SessionStore } from '../gws/sessions';
import type { AgentStateName, ReadyWorkMode } from '../model/agent-states';
import type { ContactCenter } from '../model/contact-center';
import { notFound } from '../model/gws-error';
import type { Device, UserData, UserState } from '../model/types';
import type { NotificationHub } from '../notifications/hub';
import type { FailNext, Faults } from './faults';
import type { LoggedRequest, RequestLog } from './request-log';
import type { VariationRequest } from '../variations';

export interface RingRequest {
  /** An agent's userName or DN. */
  to: string;
  /** The customer's number; a random +1 415 555 number when left out. */
  from?: string;
  /** A routing point's DN the call came through (it becomes the dnis). */
  via?: string;
  userData?: UserData;
}

export interface FaultRequest {
  dropNotifications?: boolean;
  expireSessions?: boolean;
  latencyMs?: number;
  failNext?: FailNext;
  clear?: boolean;
}

/** What a reset may choose differently from the start's options. */
export interface ResetChoices {
  /** Feature api-supervisor-agent-control on or off; left out, as the simulator started. */
  agentControlFeature?: boolean;
  /** The traffic's After Call Work, [min, max] ms; left out, as the simulator started. */
  wrapUpMs?: [number, number];
}

export interface ScenarioDeps {
  center: ContactCenter;
  sessions: SessionStore;
  hub: NotificationHub;
  faults: Faults;
  log: RequestLog;
  resources(): ResourceContext;
  /** Plays a server variation from now on: the start's, with the request's choices over it. */
  vary(request: VariationRequest): void;
  /** Called after a reset, for whatever else holds on to the old state (the traffic generator). */
  onReset?: (choices: ResetChoices) => void;
}

export class Scenario {
  readonly #deps: ScenarioDeps;

  constructor(deps: ScenarioDeps) {
    this.#deps = deps;
  }

  /** An inbound call rings at an agent; returns its id (the GWS call id). */
  ringAgent({ to, from, via, userData }: RingRequest): { callId: string } {
    const { directory } = this.#deps.center;
    const agent = directory.agentDevice(to);
    if (!agent) throw notFound(`No agent ${to}`);
    const routingPoint = via === undefined ? undefined : directory.deviceByNumber(via);
    if (via !== undefined && routingPoint?.type !== 'RoutingPoint') throw notFound(`No routing point ${via}`);
    const call = this.#deps.center.ringAgent({
      to: agent,
      from: from ?? `+1415555${String(randomInt(10_000)).padStart(4, '0')}`,
      ...(routingPoint && { via: routingPoint }),
      ...(userData && { userData }),
    });
    return { callId: call.id };
  }

  answer(callId: string): void {
    this.#deps.center.answerCall(this.#deps.center.call(callId));
  }

  release(callId: string): void {
    this.#deps.center.endCall(this.#deps.center.call(callId));
  }

  transfer(callId: string, to: string): void {
    const agent = this.#deps.center.directory.agentDevice(to);
    if (!agent) throw notFound(`No agent ${to}`);
    this.#deps.center.transferCall(this.#deps.center.call(callId), agent);
  }

  setAgentState(userName: string, state: AgentStateName, workMode?: ReadyWorkMode): void {
    const { directory } = this.#deps.center;
    const user = directory.userByName(userName);
    if (!user) throw notFound(`No user ${userName}`);
    this.#deps.center.setAgentState(directory.deviceOf(user), state, workMode);
  }

  /**
   * The user's password changes on the server, as an administrator or a password expiry would
   * do it: their sessions end too, so a client holding the old password must sign in again and fails.
   */
  changePassword(userName: string, password: string): void {
    const user = this.#deps.center.directory.userByName(userName);
    if (!user) throw notFound(`No user ${userName}`);
    user.password = password;
    this.#deps.sessions.endAllOf(user.id);
  }

  /** Faults: `clear` first, then the others in the order listed. */
  applyFaults(request: FaultRequest): ReturnType<Faults['snapshot']> {
    const { faults, hub, sessions } = this.#deps;
    if (request.clear) faults.clear();
    if (request.dropNotifications) hub.forgetAll();
    if (request.expireSessions) sessions.endAll();
    if (request.latencyMs !== undefined) faults.latencyMs = request.latencyMs;
    if (request.failNext) faults.failNext(request.failNext);
    return faults.snapshot();
  }

  /**
   * Back to the seed: state, sessions, notification clients, faults and the request log; and to
   * the start's server variation, with the request's choices over it (sim/variations.ts), and
   * the start's features, unless the request switches agent control; the traffic's wrap-up time
   * likewise.
   */
  reset({ agentControlFeature, wrapUpMs, ...variation }: VariationRequest & ResetChoices = {}): void {
    const { center, sessions, hub, faults, log } = this.#deps;
    this.#deps.vary(variation);
    sessions.endAll();
    hub.forgetAll();
    center.reset();
    faults.clear();
    log.clear();
    this.#deps.onReset?.({ agentControlFeature, wrapUpMs });
  }

  requests(): readonly LoggedRequest[] {
    return this.#deps.log.list();
  }

  /** Everything at a glance, for tests, demos and trainers. */
  state(): Record<string, unknown> {
    const { center, sessions, hub, faults } = this.#deps;
    const { directory, telephony } = center;
    const ctx = this.#deps.resources();
    const who = (deviceId: string) => {
      const device = directory.devices.get(deviceId);
      const owner = device && directory.ownerOf(device);
      return { deviceId, phoneNumber: device?.phoneNumber, ...(owner && { userName: owner.userName }) };
    };
    const devices = [...directory.devices.values()];
    return {
      users: [...directory.users.values()].map((user) => {
        const device = directory.deviceOf(user);
        const { id, userName, firstName, lastName, roles } = user;
        return { id, userName, firstName, lastName, roles, ...who(device.id), userState: device.userState };
      }),
      devices: devices.map((device) => renderDevice(ctx, device)),
      calls: telephony.all().map((call) => ({
        callId: call.id,
        connId: call.connId,
        callType: call.callType,
        ani: call.ani,
        dnis: call.dnis,
        remote: call.remote,
        userData: call.userData,
        parties: call.parties.map((party) => ({
          ...who(party.deviceId),
          state: party.state,
          ...(party.supervision && {
            supervision: { ...party.supervision, monitored: who(party.supervision.monitoredDeviceId) },
          }),
        })),
      })),
      monitoring: devices
        .filter((d): d is Device & { monitoring: NonNullable<Device['monitoring']> } => d.monitoring !== undefined)
        .map((supervisor) => {
          const { targetDeviceId, ...arm } = supervisor.monitoring;
          return {
            supervisor: who(supervisor.id),
            ...arm,
            target: who(targetDeviceId),
            callId: center.supervisorCallOf(supervisor)?.id,
          };
        }),
      sessions: sessions.size,
      notificationClients: hub.clientCount,
      faults: faults.snapshot(),
    };
  }

  /** Idle, Ready agents (no supervisors): where the traffic generator sends calls. */
  idleReadyAgents(): Device[] {
    const { directory, telephony } = this.#deps.center;
    return [...directory.users.values()]
      .filter((u) => !u.roles.includes('ROLE_SUPERVISOR'))
      .map((u) => directory.deviceOf(u))
      .filter((d) => d.userState.state === 'Ready' && telephony.legsOf(d.id).length === 0);
  }

  /** The agents (not supervisors) on the call now; the call must still exist. */
  agentsOn(callId: string): Device[] {
    const { directory } = this.#deps.center;
    return this.#deps.center
      .call(callId)
      .parties.filter((p) => !p.supervision)
      .flatMap((p) => directory.devices.get(p.deviceId) ?? []);
  }

  /**
   * The agent's desktop changes its state, as setAgentState does by name: the device's owner
   * hears of it. Returns the state object now on the device, which a later change replaces.
   */
  setDeviceState(device: Device, state: AgentStateName, workMode?: ReadyWorkMode): UserState {
    this.#deps.center.setAgentState(device, state, workMode);
    return device.userState;
  }

  routingPoints(): Device[] {
    return [...this.#deps.center.directory.devices.values()].filter((d) => d.type === 'RoutingPoint');
  }
}
