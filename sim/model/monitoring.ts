// Supervisor monitoring: arming a supervisor's device on a target, joining the target's calls,
// the switch and mute rules, scope on transfer, NextCall and cancel (docs/gws-notes.md,
// "Monitoring subscription", "Monitoring call", "Monitoring rules").
import { GwsError, StatusCode, invalidState } from './gws-error';
import type { Directory } from './directory';
import { isConnected, isSupervisorLeg, type Telephony } from './telephony';
import type { Call, CenterOptions, ChangeSink, Device, MonitoringSubscription, Party, Supervision, SupervisionState } from './types';

export interface MonitoringContext {
  directory: Directory;
  telephony: Telephony;
  options: CenterOptions;
  sink: ChangeSink;
}

type SupervisorLeg = { call: Call; party: Party & { supervision: Supervision } };

/** ListenIn, Coach or BargeIn with its mode and scope, on a target device. */
export type MonitoringRequest = Omit<MonitoringSubscription, 'targetDeviceId'> & { target: Device };

export function armMonitoring(ctx: MonitoringContext, supervisor: Device, request: MonitoringRequest): void {
  const { target, ...arm } = request;
  if (target.id === supervisor.id) throw invalidState('A supervisor cannot monitor their own device');
  if (target.type === 'RoutingPoint') {
    if (ctx.options.sipCluster) {
      throw new GwsError(StatusCode.forbidden, 'Routing point monitoring is not supported in SIP Cluster environments');
    }
    if (arm.scope === 'Agent') throw invalidState('A routing point can only be monitored with scope Call');
  } else if (ctx.options.sipCluster && arm.scope === 'Agent') {
    throw invalidState('SIP Cluster supports supervisorMonitoringScope Call only');
  }
  // T-Library TMonitorNextCall: one supervisor per agent (docs/gws-notes.md, "Monitoring rules").
  const rival = supervisorMonitoring(ctx, target.id);
  if (rival && rival !== supervisor) {
    throw new GwsError(StatusCode.forbidden, `${target.phoneNumber} is already monitored by another supervisor`);
  }

  const previousTarget = supervisor.monitoring?.targetDeviceId;
  supervisor.monitoring = { ...arm, targetDeviceId: target.id };
  ctx.sink.device(supervisor);

  const live = liveLegOf(ctx, supervisor);
  if (live && previousTarget === target.id) {
    // Re-arming the same target keeps the supervisor on its call: mode and scope apply from now
    // on, while the leg's ListenIn/Coach/BargeIn changes only by SwitchTo* (docs/gws-notes.md, "Monitoring call").
    Object.assign(live.party.supervision, { mode: arm.mode, scope: arm.scope });
    return;
  }
  // One target per supervisor: a new target replaces the old one, and its call (docs/gws-notes.md, "Monitoring rules").
  if (live) releaseSupervisorLeg(ctx, live);

  if (target.type === 'ACDPosition' && intrudes(ctx.options.intrusion, arm.state)) {
    const current = ctx.telephony.legsOf(target.id).find(({ call, party }) => isConnected(party) && !hasSupervisor(call));
    if (current) join(ctx, current.call, supervisor, target.id);
  }
}

/** Intrusion: whether a request joins a call the agent is already on (docs/gws-notes.md, "Monitoring rules"). */
function intrudes(intrusion: CenterOptions['intrusion'], state: SupervisionState): boolean {
  return intrusion === 'all' || (intrusion === 'on' && state === 'BargeIn');
}

export function cancelMonitoring(ctx: MonitoringContext, supervisor: Device, releaseCall: boolean): void {
  delete supervisor.monitoring;
  ctx.sink.device(supervisor);
  const live = liveLegOf(ctx, supervisor);
  if (live && releaseCall) releaseSupervisorLeg(ctx, live);
}

/** Monitoring ends when either side logs out (T-Library TMonitorNextCall, docs/gws-notes.md, "Monitoring rules"). */
export function cancelMonitoringInvolving(ctx: MonitoringContext, device: Device): void {
  const involved = (d: Device): boolean => d.monitoring !== undefined && (d === device || d.monitoring.targetDeviceId === device.id);
  for (const supervisor of [...ctx.directory.devices.values()].filter(involved)) {
    cancelMonitoring(ctx, supervisor, true);
  }
}

/** A leg of `call` has just been established: bring in the supervisor armed on it, if any. */
export function joinIfArmed(ctx: MonitoringContext, call: Call, party: Party): void {
  const present = call.parties.find(isSupervisorLeg);
  if (present) {
    // Scope Call: the supervisor stayed when the agent left, and now follows the agent the call
    // moved to (docs/gws-notes.md, "Monitoring rules"). One supervisor per call: nobody else joins.
    const { supervision } = present;
    if (!call.parties.some((p) => p.deviceId === supervision.monitoredDeviceId)) {
      supervision.monitoredDeviceId = party.deviceId;
    }
    return;
  }
  const supervisor =
    supervisorMonitoring(ctx, party.deviceId) ?? (call.routingPointId === undefined ? undefined : supervisorMonitoring(ctx, call.routingPointId));
  if (supervisor && !liveLegOf(ctx, supervisor)) join(ctx, call, supervisor, party.deviceId);
}

/** An agent has left a call that stays up (a transfer): scope decides what the supervisor does. */
export function afterAgentLeft(ctx: MonitoringContext, call: Call, agentDeviceId: string): void {
  const leg = call.parties.find(isSupervisorLeg);
  if (!leg) return;
  if (leg.supervision.scope === 'Agent' && leg.supervision.monitoredDeviceId === agentDeviceId) {
    leaveCall(ctx, { call, party: leg });
  } else {
    ctx.telephony.notify(call, leg, 'ParticipantsUpdated');
  }
}

/** The supervisor's leg has gone (hang-up, call end): NextCall monitoring ends with it. */
export function afterSupervisorLeft(ctx: MonitoringContext, party: Party): void {
  const supervisor = ctx.directory.devices.get(party.deviceId);
  if (supervisor?.monitoring && party.supervision?.mode === 'NextCall') {
    delete supervisor.monitoring;
    ctx.sink.device(supervisor);
  }
}

export function leaveCall(ctx: MonitoringContext, leg: SupervisorLeg): void {
  releaseSupervisorLeg(ctx, leg);
  afterSupervisorLeft(ctx, leg.party);
}

/** Answering a ringing monitoring leg (--monitoring-call ringing). */
export function answerSupervisorLeg(ctx: MonitoringContext, leg: SupervisorLeg): void {
  ctx.telephony.setState(leg.call, leg.party, 'Established');
  notifyMonitoredAgents(ctx, leg.call, isAudible(leg.party));
}

/** SwitchToBargeIn / SwitchToListenIn (docs/gws-notes.md, "Monitoring call"); the capabilities keep out a return to Coach. */
export function switchSupervision(ctx: MonitoringContext, leg: SupervisorLeg, state: SupervisionState): void {
  const wasAudible = isAudible(leg.party);
  leg.party.supervision.state = state;
  ctx.telephony.notify(leg.call, leg.party, 'StatusChange');
  notifyMonitoredAgents(ctx, leg.call, wasAudible !== isAudible(leg.party));
}

/** MuteMonitoredUser / UnmuteMonitoredUser (docs/gws-notes.md, "Monitoring call"). */
export function setMonitoredUserMuted(ctx: MonitoringContext, leg: SupervisorLeg, muted: boolean): void {
  leg.party.supervision.monitoredUserMuted = muted;
  ctx.telephony.notify(leg.call, leg.party, 'MonitoredUserMutedStateChange');
  const agent = leg.call.parties.find((p) => p.deviceId === leg.party.supervision.monitoredDeviceId);
  if (agent) ctx.telephony.notify(leg.call, agent, 'MonitoredUserMutedStateChange');
}

export function liveLegOf(ctx: MonitoringContext, supervisor: Device): SupervisorLeg | undefined {
  return ctx.telephony.legsOf(supervisor.id).find((leg): leg is SupervisorLeg => isSupervisorLeg(leg.party));
}

/** The supervisor device armed on `targetDeviceId`, if any. */
function supervisorMonitoring(ctx: MonitoringContext, targetDeviceId: string): Device | undefined {
  return [...ctx.directory.devices.values()].find((d) => d.monitoring?.targetDeviceId === targetDeviceId);
}

/** Whether the agents on the call hear the supervisor: Coach and BargeIn do, ListenIn does not. */
export function isAudible(party: Party): boolean {
  return party.state === 'Established' && party.supervision !== undefined && party.supervision.state !== 'ListenIn';
}

function hasSupervisor(call: Call): boolean {
  return call.parties.some(isSupervisorLeg);
}

function join(ctx: MonitoringContext, call: Call, supervisor: Device, monitoredDeviceId: string): void {
  const arm = supervisor.monitoring;
  if (!arm) return;
  const ringing = ctx.options.monitoringCall === 'ringing';
  const party = ctx.telephony.addParty(call, supervisor.id, ringing ? 'Ringing' : 'Established', {
    state: arm.state,
    monitoredUserMuted: false,
    scope: arm.scope,
    mode: arm.mode,
    monitoredDeviceId,
  });
  if (!ringing) notifyMonitoredAgents(ctx, call, isAudible(party));
}

function releaseSupervisorLeg(ctx: MonitoringContext, leg: SupervisorLeg): void {
  const wasAudible = isAudible(leg.party);
  ctx.telephony.release(leg.call, leg.party);
  notifyMonitoredAgents(ctx, leg.call, wasAudible);
}

/** The agents' legs show whether a supervisor is present (and, when audible, as a participant). */
function notifyMonitoredAgents(ctx: MonitoringContext, call: Call, participantsChanged: boolean): void {
  for (const party of call.parties.filter((p) => !p.supervision)) {
    ctx.telephony.notify(call, party, participantsChanged ? 'ParticipantsUpdated' : 'StatusChange');
  }
}
