// The simulated contact center: what GWS operations and the scenario API do to users, devices
// and calls. Failures are GwsErrors carrying the reference's statusCodes (section 5).
import type { Seed } from '../seed';
import { controllableDevice, type ControlledState } from './agent-control';
import { isLoggedIn, userStateFor, type AgentStateName, type ReadyWorkMode } from './agent-states';
import { callCapabilities, deviceCapabilities } from './capabilities';
import { Directory } from './directory';
import { invalidState, notFound } from './gws-error';
import * as monitoring from './monitoring';
import { Telephony, isConnected, isSupervisorLeg } from './telephony';
import type { Call, CenterOptions, ChangeSink, Device, Party, SupervisionState, User, UserData } from './types';

export interface Leg {
  call: Call;
  party: Party;
}

export interface InboundCall {
  to: Device;
  from: string;
  via?: Device;
  userData?: UserData;
}

export class ContactCenter {
  readonly #seed: Seed;
  readonly #sink: ChangeSink;
  directory: Directory;
  telephony: Telephony;

  constructor(
    seed: Seed,
    readonly options: CenterOptions,
    sink: ChangeSink,
  ) {
    this.#seed = seed;
    this.#sink = sink;
    this.directory = new Directory(seed);
    this.telephony = new Telephony(sink);
  }

  /** Back to the seed, silently: the wiring ends every session at the same time. */
  reset(): void {
    this.directory = new Directory(this.#seed);
    this.telephony = new Telephony(this.#sink);
  }

  get #monitoringContext(): monitoring.MonitoringContext {
    return { directory: this.directory, telephony: this.telephony, options: this.options, sink: this.#sink };
  }

  // --- Contact center session and agent state (docs/gws-notes.md, "Signing in", "Agent states") ---

  /** Logs the user's voice channel in; an agent already logged in keeps their state. */
  startContactCenterSession(user: User): void {
    const device = this.directory.deviceOf(user);
    if (!isLoggedIn(device.userState)) device.userState = userStateFor('NotReady');
    this.#sink.device(device);
  }

  endContactCenterSession(user: User): void {
    this.setAgentState(this.directory.deviceOf(user), 'Offline');
  }

  /** Any state but Offline logs a logged-out device in; Offline logs out and ends monitoring. */
  setAgentState(device: Device, state: AgentStateName, workMode?: ReadyWorkMode): void {
    device.userState = userStateFor(state, workMode);
    // Logging out ends monitoring on either side (docs/gws-notes.md, "Monitoring rules"); cancelling an armed device reports it.
    const reportedByCancel = state === 'Offline' && device.monitoring !== undefined;
    if (state === 'Offline') monitoring.cancelMonitoringInvolving(this.#monitoringContext, device);
    if (!reportedByCancel) this.#sink.device(device);
  }

  /** A supervisor's Ready, NotReady or Offline on another user's channel; the agent hears of it on both topics. */
  controlAgentState(userId: string, channel: string, state: ControlledState): void {
    const device = controllableDevice(this.directory, this.telephony, userId, channel);
    this.setAgentState(device, state);
    this.#sink.channel(device);
  }

  setDoNotDisturb(device: Device, on: boolean): void {
    device.doNotDisturb = on;
    this.#sink.device(device);
  }

  // --- Supervisor monitoring (docs/gws-notes.md, "Monitoring subscription") ---

  monitor(supervisor: Device, request: monitoring.MonitoringRequest): void {
    monitoring.armMonitoring(this.#monitoringContext, supervisor, request);
  }

  cancelMonitoring(supervisor: Device): void {
    monitoring.cancelMonitoring(this.#monitoringContext, supervisor, this.options.cancelReleasesCall);
  }

  /** The call a supervisor is monitoring right now, if any. */
  supervisorCallOf(supervisor: Device): Call | undefined {
    return monitoring.liveLegOf(this.#monitoringContext, supervisor)?.call;
  }

  // --- Call control (docs/gws-notes.md, "Calls") ---

  legOf(device: Device, callId: string): Leg {
    const leg = this.telephony.legsOf(device.id).find(({ call }) => call.id === callId);
    if (!leg) throw notFound(`Call ${callId} not found`);
    return leg;
  }

  /** Capabilities list what a leg accepts now (docs/gws-notes.md, "Calls"); anything else is refused. */
  requireCallCapability({ party }: Leg, operationName: string): void {
    if (!callCapabilities(party).includes(operationName)) {
      throw invalidState(`${operationName} is not valid for a call in state ${party.state}`);
    }
  }

  requireDeviceCapability(device: Device, operationName: string): void {
    if (!deviceCapabilities(device, this.directory, this.options).includes(operationName)) {
      throw invalidState(`${operationName} is not valid for device ${device.phoneNumber} now`);
    }
  }

  /** Dial (docs/gws-notes.md, "Calls"): a DN of the switch rings there, any other number goes out. */
  dial(device: Device, phoneNumber: string, userData: UserData = {}): Call {
    const callee = this.directory.deviceByNumber(phoneNumber);
    if (callee === device) throw invalidState('A device cannot dial itself');
    const caller = { deviceId: device.id, state: 'Dialing' as const };
    if (callee?.type === 'ACDPosition') {
      return this.telephony.create({ callType: 'Internal', ani: device.phoneNumber, dnis: phoneNumber, userData }, [
        caller,
        { deviceId: callee.id, state: 'Ringing' },
      ]);
    }
    const remote = { phoneNumber, connected: false };
    return this.telephony.create({ callType: 'Outbound', dnis: phoneNumber, remote, userData }, [caller]);
  }

  answer({ call, party }: Leg): void {
    if (isSupervisorLeg(party)) {
      monitoring.answerSupervisorLeg(this.#monitoringContext, { call, party });
      return;
    }
    this.telephony.setState(call, party, 'Established');
    const connected = [party];
    // An internal call connects its caller when the callee answers.
    for (const caller of call.parties.filter((p) => p.state === 'Dialing')) {
      this.telephony.setState(call, caller, 'Established');
      connected.push(caller);
    }
    for (const p of connected) monitoring.joinIfArmed(this.#monitoringContext, call, p);
  }

  /** A supervisor's hang-up leaves the call; anyone else's ends it for every leg. */
  hangup({ call, party }: Leg): void {
    if (isSupervisorLeg(party)) monitoring.leaveCall(this.#monitoringContext, { call, party });
    else this.endCall(call);
  }

  hold({ call, party }: Leg): void {
    this.telephony.setState(call, party, 'Held');
  }

  retrieve({ call, party }: Leg): void {
    this.telephony.setState(call, party, 'Established');
  }

  /** SingleStepTransfer: another agent's DN rings there; any other number takes the call off the switch. */
  singleStepTransfer({ call, party }: Leg, phoneNumber: string): void {
    const destination = this.directory.deviceByNumber(phoneNumber);
    if (destination?.id === party.deviceId) throw invalidState('A call cannot be transferred to the same device');
    if (destination?.type !== 'ACDPosition') {
      this.endCall(call);
      return;
    }
    const ringing = this.telephony.addParty(call, destination.id, 'Ringing');
    this.telephony.release(call, party);
    for (const other of call.parties.filter((p) => p !== ringing && !p.supervision)) {
      this.telephony.notify(call, other, 'ParticipantsUpdated');
    }
    monitoring.afterAgentLeft(this.#monitoringContext, call, party.deviceId);
  }

  switchSupervision({ call, party }: Leg, state: SupervisionState): void {
    if (isSupervisorLeg(party)) monitoring.switchSupervision(this.#monitoringContext, { call, party }, state);
  }

  setMonitoredUserMuted({ call, party }: Leg, muted: boolean): void {
    if (isSupervisorLeg(party)) monitoring.setMonitoredUserMuted(this.#monitoringContext, { call, party }, muted);
  }

  // --- Scenario API: what customers and the simulated agents do ---

  /** A customer's call rings at an agent, through a routing point when `via` is given. */
  ringAgent({ to, from, via, userData = {} }: InboundCall): Call {
    if (!isLoggedIn(to.userState)) throw invalidState(`${to.phoneNumber} is not logged in`);
    if (this.telephony.legsOf(to.id).length > 0) throw invalidState(`${to.phoneNumber} is already on a call`);
    return this.telephony.create(
      {
        callType: 'Inbound',
        ani: from,
        dnis: via?.phoneNumber ?? to.phoneNumber,
        remote: { phoneNumber: from, connected: true },
        ...(via && { routingPointId: via.id }),
        userData,
      },
      [{ deviceId: to.id, state: 'Ringing' }],
    );
  }

  /** The ringing agent answers, or on an outbound call the far end does. */
  answerCall(call: Call): void {
    const ringing = call.parties.find((p) => p.state === 'Ringing' && !p.supervision);
    if (ringing) {
      this.answer({ call, party: ringing });
      return;
    }
    const dialing = call.parties.find((p) => p.state === 'Dialing');
    if (!call.remote || call.remote.connected || !dialing) throw invalidState(`Call ${call.id} is not ringing`);
    call.remote.connected = true;
    this.answer({ call, party: dialing });
  }

  /** The customer (or the far end) hangs up. */
  endCall(call: Call): void {
    for (const party of this.telephony.end(call)) monitoring.afterSupervisorLeft(this.#monitoringContext, party);
  }

  /** The agent on the call transfers it in one step to another agent. */
  transferCall(call: Call, to: Device): void {
    const agentLeg = call.parties.find((p) => !p.supervision && isConnected(p));
    if (!agentLeg) throw invalidState(`Call ${call.id} has no connected agent to transfer it`);
    this.singleStepTransfer({ call, party: agentLeg }, to.phoneNumber);
  }

  call(callId: string): Call {
    const call = this.telephony.get(callId);
    if (!call) throw notFound(`Call ${callId} not found`);
    return call;
  }
}
