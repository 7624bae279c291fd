// The calls on the switch and the primitive changes to them. Every change is reported to the
// sink at once, so a Released leg is rendered before it disappears.
import { randomBytes } from 'node:crypto';
import type { Call, CallNotification, CallState, CallType, ChangeSink, Party, Supervision, UserData } from './types';

export interface NewCall {
  callType: CallType;
  dnis: string;
  ani?: string;
  remote?: Call['remote'];
  routingPointId?: string;
  userData?: UserData;
}

export class Telephony {
  readonly #sink: ChangeSink;
  readonly #calls = new Map<string, Call>();
  #serials = 0;

  constructor(sink: ChangeSink) {
    this.#sink = sink;
  }

  all(): Call[] {
    return [...this.#calls.values()];
  }

  get(callId: string): Call | undefined {
    return this.#calls.get(callId);
  }

  /** The legs a device has, oldest call first. */
  legsOf(deviceId: string): { call: Call; party: Party }[] {
    return this.all().flatMap((call) => call.parties.filter((p) => p.deviceId === deviceId).map((party) => ({ call, party })));
  }

  /** A new call with its first legs, reported once all of them are on it. */
  create(spec: NewCall, legs: { deviceId: string; state: CallState }[]): Call {
    // 8.5.2 call ids equal the callUuid; connId is the T-Library connection id (docs/gws-notes.md, "Calls").
    const serial = ++this.#serials;
    const id = `${randomBytes(12).toString('hex').toUpperCase()}AES${serial.toString(36).toUpperCase().padStart(5, '0')}`;
    const call: Call = {
      id,
      connId: `007102${serial.toString(16).padStart(10, '0')}`,
      userData: {},
      ...spec,
      parties: legs.map((leg) => ({ ...leg, since: Date.now() })),
    };
    this.#calls.set(id, call);
    for (const party of call.parties) this.notify(call, party, 'StatusChange');
    return call;
  }

  addParty(call: Call, deviceId: string, state: CallState, supervision?: Supervision): Party {
    const party: Party = { deviceId, state, since: Date.now(), ...(supervision ? { supervision } : {}) };
    call.parties.push(party);
    this.notify(call, party, 'StatusChange');
    return party;
  }

  setState(call: Call, party: Party, state: CallState): void {
    party.state = state;
    this.notify(call, party, 'StatusChange');
  }

  /** Takes one leg off the call; a call with no legs left is gone. */
  release(call: Call, party: Party): void {
    call.parties = call.parties.filter((p) => p !== party);
    this.setState(call, party, 'Released');
    if (call.parties.length === 0) this.#calls.delete(call.id);
  }

  /** Ends the call for everyone: agents first, then any supervisor (Hangup: docs/gws-notes.md, "Calls"). */
  end(call: Call): Party[] {
    const ordered = [...call.parties].sort((a, b) => Number(Boolean(a.supervision)) - Number(Boolean(b.supervision)));
    for (const party of ordered) this.release(call, party);
    this.#calls.delete(call.id);
    return ordered;
  }

  notify(call: Call, party: Party, notification: CallNotification): void {
    this.#sink.call(call, party, notification);
  }
}

export const isSupervisorLeg = (party: Party): party is Party & { supervision: Supervision } => party.supervision !== undefined;

/** A leg that is talking or on hold (not ringing, not dialing). */
export const isConnected = (party: Party): boolean => party.state === 'Established' || party.state === 'Held';
