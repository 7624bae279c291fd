import { describe, expect, it } from 'vitest';
import { defaultSettings, type AlertRules } from '../../../common/settings';
import type { MonitoredCallView, TeamMemberView } from '../../../common/supervisor-view';
import { activeAlerts, endOfLocalDay } from './alert-rules';

const T0 = Date.UTC(2026, 11, 7, 9, 0, 0);
const MIN = 60_000;
const rules = defaultSettings.alerts;
const none = new Map<string, number>();

const member = (userId: string, agentState: string, more: Partial<TeamMemberView> = {}): TeamMemberView => ({
  userId,
  userName: userId,
  name: `Agent ${userId}`,
  phoneNumber: null,
  agentState,
  stateSince: T0,
  stateSinceKnown: true,
  armed: false,
  pending: null,
  ...more,
});

const call = (more: Partial<MonitoredCallView> = {}): MonitoredCallView => ({
  callId: 'call-1',
  callState: 'Established',
  callType: 'Inbound',
  since: T0,
  agent: { userName: 'a1', name: 'Agent a1', phoneNumber: '7001' },
  customerNumber: null,
  monitoring: 'ListenIn',
  agentMuted: false,
  actions: ['bargeIn', 'leave'],
  ...more,
});

const at = (team: TeamMemberView[], now: number, r: AlertRules = rules, monitoredCall: MonitoredCallView | null = null, snoozed = none) =>
  activeAlerts({ team, monitoredCall, lost: null }, r, snoozed, now);

describe('alert rules', () => {
  it('Not Ready fires past its threshold, not at it, with Listen in, Barge in and Snooze', () => {
    const team = [member('a1', 'NotReady')];
    expect(at(team, T0 + 10 * MIN)).toEqual([]);
    expect(at(team, T0 + 11 * MIN)).toEqual([
      expect.objectContaining({ id: 'notReady:a1', kind: 'notReady', text: 'Not Ready 11 min', actions: ['listenIn', 'bargeIn', 'snooze'] }),
    ]);
    // Aux work is Not Ready too.
    expect(at([member('a1', 'AuxWork')], T0 + 11 * MIN)[0]?.kind).toBe('notReady');
  });

  it('After Call Work fires past 5 minutes by default, and clears when the agent is Ready again', () => {
    expect(at([member('a1', 'AfterCallWork')], T0 + 5 * MIN)).toEqual([]);
    expect(at([member('a1', 'AfterCallWork')], T0 + 6 * MIN + 1)[0]).toMatchObject({ kind: 'afterCallWork', text: 'After Call Work 6 min' });
    expect(at([member('a1', 'Ready', { stateSince: T0 + 6 * MIN })], T0 + 7 * MIN)).toEqual([]);
  });

  it('a time that is a lower bound already past the threshold fires, and says "+"', () => {
    const team = [member('a1', 'NotReady', { stateSinceKnown: false })];
    expect(at(team, T0 + 12 * MIN)[0]).toMatchObject({ lowerBound: true, text: 'Not Ready 12 min+' });
  });

  it('the armed agent logged off or Not Ready fires at once, and Listen in is not offered on an agent already armed', () => {
    expect(at([member('a1', 'LoggedOut', { armed: true })], T0)[0]).toMatchObject({
      kind: 'armedAgentUnavailable',
      text: 'Logged off while armed: GWS ended the monitoring',
      actions: ['snooze'],
    });
    expect(at([member('a1', 'NotReady', { armed: true })], T0 + 30 * MIN)).toEqual([expect.objectContaining({ kind: 'armedAgentUnavailable' })]);
    expect(at([member('a1', 'AfterCallWork', { armed: true })], T0 + 6 * MIN)[0]).toMatchObject({ kind: 'afterCallWork', actions: ['snooze'] });
    expect(at([member('a1', 'LoggedOut')], T0 + 60 * MIN)).toEqual([]);
    // GWS ends monitoring when the agent logs out: the lost subscription still names them.
    const lost = { state: 'ListenIn', mode: 'AllCalls', scope: 'Call', target: { userName: 'a1', name: 'Agent a1', phoneNumber: null } } as const;
    expect(activeAlerts({ team: [member('a1', 'LoggedOut')], monitoredCall: null, lost }, rules, none, T0)[0]?.kind).toBe('armedAgentUnavailable');
  });

  it('the long monitored call fires past its threshold with Barge in where the call allows it', () => {
    const team = [member('a1', 'Ready')];
    expect(at(team, T0 + 10 * MIN, rules, call())).toEqual([]);
    expect(at(team, T0 + 11 * MIN, rules, call())).toEqual([
      expect.objectContaining({ id: 'longCall:call-1', userId: 'a1', text: 'On a monitored call 11 min', actions: ['bargeIn', 'snooze'] }),
    ]);
    expect(at(team, T0 + 11 * MIN, rules, call({ actions: ['leave'] }))[0]?.actions).toEqual(['snooze']);
    // An agent the team does not list: nobody to snooze.
    expect(at([], T0 + 11 * MIN, rules, call())[0]).toMatchObject({ userId: null, actions: ['bargeIn'] });
  });

  it('a rule switched off or a higher threshold raises nothing', () => {
    const off = { ...rules, notReady: { enabled: false, minutes: 10 }, afterCallWork: { enabled: true, minutes: 30 } };
    expect(at([member('a1', 'NotReady'), member('a2', 'AfterCallWork')], T0 + 20 * MIN, off)).toEqual([]);
  });

  it('a snoozed agent raises nothing until the snooze ends at the end of the local day', () => {
    const team = [member('a1', 'NotReady'), member('a2', 'NotReady')];
    const until = endOfLocalDay(T0 + 11 * MIN);
    const snoozed = new Map([['a1', until]]);
    expect(at(team, T0 + 11 * MIN, rules, null, snoozed).map((a) => a.userId)).toEqual(['a2']);
    expect(at(team, until + 1, rules, null, snoozed).map((a) => a.userId)).toEqual(['a1', 'a2']);
    const end = new Date(until);
    expect([end.getHours(), end.getMinutes(), end.getSeconds()]).toEqual([0, 0, 0]);
    expect(until - (T0 + 11 * MIN)).toBeLessThanOrEqual(24 * 60 * MIN);
    expect(until).toBeGreaterThan(T0 + 11 * MIN);
  });

  it('evaluates 10,000 agents, a tenth of them alerting, in a few milliseconds', () => {
    const states = ['Ready', 'Ready', 'Ready', 'NotReady', 'AfterCallWork', 'Ready', 'Ready', 'Ready', 'Ready', 'Ready'];
    const team = Array.from({ length: 10_000 }, (_, i) => member(`a${i}`, states[i % 10]!, { stateSince: T0 + (i % 2) * 8 * MIN }));
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      const start = process.cpuUsage();
      at(team, T0 + 12 * MIN);
      const used = process.cpuUsage(start);
      times.push((used.user + used.system) / 1000);
    }
    expect(at(team, T0 + 12 * MIN)).toHaveLength(1000);
    // Generous under a shared machine's load; the bench (npm run bench -- --only=alerts) measures the figure.
    expect(times.sort((a, b) => a - b)[15]).toBeLessThan(25);
  });
});
