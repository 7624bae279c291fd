import { describe, expect, it } from 'vitest';
import {
  stateChangeWords,
  activityOptions,
  agentStateLabel,
  agentStateRequestOf,
  agentStateTone,
  callStateLabel,
  connectionWords,
  elapsed,
  formatDuration,
  operationLabel,
  timeInState,
} from './format';
import { lostSentence, subscriptionSentence, words } from '../../../common/words';

const alice = { userName: 'agent3', name: 'Alice Ng', phoneNumber: '7003' };

describe('monitoring in words', () => {
  it('says what is armed as the product describes it', () => {
    expect(subscriptionSentence({ state: 'ListenIn', mode: 'AllCalls', scope: 'Call', target: alice })).toBe(
      'Listening to Alice Ng — all calls — follows the call',
    );
    expect(subscriptionSentence({ state: 'Coach', mode: 'NextCall', scope: 'Agent', target: alice })).toBe(
      'Coaching Alice Ng — next call only — this agent only',
    );
    expect(subscriptionSentence({ state: 'BargeIn', mode: 'AllCalls', scope: 'Call', target: alice })).toBe(
      'Barging in on Alice Ng — all calls — follows the call',
    );
  });

  it('says what was lost and how it was armed', () => {
    expect(lostSentence({ state: 'ListenIn', mode: 'NextCall', scope: 'Agent', target: alice })).toMatch(
      /^Monitoring of Alice Ng \(listen in, next call only, this agent only\) stopped/,
    );
  });
});

describe('agent states', () => {
  it('names GWS states, with workMode folded into Ready', () => {
    expect(agentStateLabel('NotReady')).toBe('Not Ready');
    expect(agentStateLabel('AfterCallWork')).toBe('After call work');
    expect(agentStateLabel('ManualIn')).toBe('Ready');
    expect(agentStateLabel('LoggedOut')).toBe('Logged out');
    expect(agentStateLabel(null)).toBe('Unknown');
    expect(agentStateLabel('WalkAway')).toBe('Walk away');
  });

  it('gives each state a tone for its badge', () => {
    expect(agentStateTone('Ready')).toBe('ready');
    expect(agentStateTone('AutoIn')).toBe('ready');
    expect(agentStateTone('AuxWork')).toBe('aux');
    expect(agentStateTone('Whatever')).toBe('unknown');
    expect(agentStateTone(null)).toBe('unknown');
  });

  it('maps the device state to the selector value', () => {
    expect(agentStateRequestOf('LoggedOut')).toBe('Offline');
    expect(agentStateRequestOf('ManualIn')).toBe('Ready');
    expect(agentStateRequestOf('Unknown')).toBe('');
    expect(agentStateRequestOf(null)).toBe('');
  });
});

describe('time in state', () => {
  it('counts whole minutes, then hours, and marks a start the app did not see with +', () => {
    const t0 = 1_000_000;
    expect(timeInState(t0, true, t0 + 59_999)).toBe('<1 min');
    expect(timeInState(t0, false, t0 + 12 * 60_000 + 30_000)).toBe('12 min+');
    expect(timeInState(t0, true, t0 + 12 * 60_000)).toBe('12 min');
    expect(timeInState(t0, true, t0 + 125 * 60_000)).toBe('2 h 05 min');
    // A clock a little behind main's never shows a negative time.
    expect(timeInState(t0, true, t0 - 5_000)).toBe('<1 min');
  });
});

describe('timers', () => {
  it('formats durations as m:ss or h:mm:ss', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(7_999)).toBe('0:07');
    expect(formatDuration(754_000)).toBe('12:34');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
    expect(formatDuration(-5_000)).toBe('0:00');
  });

  it('runs from since, and is empty when the start is unknown', () => {
    expect(elapsed(1_000_000, 1_065_000)).toBe('1:05');
    expect(elapsed(0, 1_065_000)).toBe('');
  });
});

describe('connection bar', () => {
  it('says connected in words', () => {
    expect(connectionWords({ kind: 'connected' }, 0)).toEqual({ label: 'Connected', countdown: null, detail: null, tone: 'ok' });
  });

  it('counts down to the next retry', () => {
    const c = { kind: 'reconnecting' as const, attempt: 2, nextRetryAt: 10_000, reason: 'connection refused' };
    expect(connectionWords(c, 2_500)).toEqual({
      label: 'Reconnecting (attempt 2)',
      countdown: 'next try in 8 s',
      detail: 'connection refused',
      tone: 'warning',
    });
    expect(connectionWords(c, 10_000).countdown).toBe('trying now…');
    expect(connectionWords({ ...c, kind: 'offline' }, 0)).toMatchObject({ label: 'Offline (attempt 2)', tone: 'danger' });
  });
});

describe('calls and activity', () => {
  it('names call states and operations', () => {
    expect(callStateLabel('Established')).toBe('Talking');
    expect(callStateLabel('Held')).toBe('On hold');
    expect(operationLabel('SwitchToListenIn')).toBe('Back to listening');
    expect(operationLabel('DoNotDisturbOn')).toBe('Do not disturb on');
  });

  it('lists the options of an activity entry', () => {
    expect(activityOptions('Call', 'AllCalls')).toBe('all calls · follows the call');
    expect(activityOptions(null, null)).toBe('');
  });

  it('shows an agent state change as before → after, "?" when the state after could not be read', () => {
    expect(stateChangeWords({ from: 'Ready', to: 'NotReady' })).toBe('Ready → Not Ready');
    expect(stateChangeWords({ from: 'NotReady', to: null })).toBe('Not Ready → ?');
    expect(operationLabel('Offline')).toBe('Logged off');
  });

  it('splits identifiers into words', () => {
    expect(words('NotReadyForNextCall')).toBe('Not ready for next call');
    expect(words('call_type')).toBe('Call type');
  });
});

describe('security 15.5 own keys only', () => {
  // The states and names come from GWS: one every object has must read as words, not as a function.
  it.each([
    ['constructor', 'Constructor'],
    ['toString', 'To string'],
    ['__proto__', 'Proto'],
    ['valueOf', 'Value of'],
  ])('%j reads as %j', (name, label) => {
    expect(callStateLabel(name)).toBe(label);
    expect(agentStateLabel(name)).toBe(label);
    expect(operationLabel(name)).toBe(label);
    expect(agentStateTone(name)).toBe('unknown');
    expect(agentStateRequestOf(name)).toBe('');
  });
});
