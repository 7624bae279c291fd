import { describe, expect, it } from 'vitest';
import type { PushedEvent } from '../../common/contract';
import type { SupervisorView, TeamMemberView } from '../../common/supervisor-view';
import { EventPush } from './event-push';

const member = (userName: string, armed = false): TeamMemberView => ({
  userId: userName,
  userName,
  name: userName,
  phoneNumber: null,
  agentState: 'Ready',
  stateSince: 0,
  stateSinceKnown: false,
  armed,
  pending: null,
});
const view = (n: number, team: TeamMemberView[] = []) =>
  ({
    myNumber: null,
    monitoringUnavailable: null,
    team,
    ownCalls: [],
    armed: null,
    lost: null,
    monitoredCall: null,
    agentState: String(n),
    deviceActions: [],
    agentControl: false,
  }) satisfies SupervisorView;
const withoutTeam = ({ team: _team, ...rest }: SupervisorView) => rest;

describe('event push', () => {
  it('sends only the last of a burst of views, once per frame', async () => {
    const sent: PushedEvent[] = [];
    const push = new EventPush(
      (e) => sent.push(e),
      () => {},
    );
    for (let n = 0; n < 100; n++) push.pushView(view(n));
    expect(sent).toEqual([]);
    await new Promise((r) => setTimeout(r, 40));
    expect(sent).toEqual([
      { name: 'team', payload: [] },
      { name: 'supervisor', payload: withoutTeam(view(99)) },
    ]);
  });

  it('sends a pending view before a notice, keeping their order', () => {
    const sent: string[] = [];
    const push = new EventPush(
      (e) => sent.push(e.name === 'supervisor' ? `view ${e.payload.agentState}` : e.name),
      () => {},
    );
    push.pushView(view(1));
    push.push('notice', { kind: 'alert', message: 'x' });
    expect(sent).toEqual(['team', 'view 1', 'notice']);
  });

  it('sends the team just before the view, and again only when a row would show something else', () => {
    const sent: string[] = [];
    const push = new EventPush(
      (e) => sent.push(e.name === 'team' ? `team ${e.payload.map((m) => m.userName + (m.armed ? '*' : '')).join(',')}` : e.name),
      () => {},
    );
    const send = (v: SupervisorView) => {
      push.pushView(v);
      push.flush();
    };
    // The service hands out the same team array until a row changes (main/supervisor/team-changes.ts).
    const unchanged = [member('a'), member('b')];
    send(view(1, unchanged));
    send(view(2, unchanged));
    send(view(3, [member('a'), member('b', true)]));
    send(view(4, [member('a')]));
    expect(sent).toEqual(['team a,b', 'supervisor', 'supervisor', 'team a,b*', 'supervisor', 'team a', 'supervisor']);
  });

  it('refuses to send a payload its schema rejects, and says why', () => {
    const sent: PushedEvent[] = [];
    const problems: string[] = [];
    const push = new EventPush(
      (e) => sent.push(e),
      (name, problem) => problems.push(`${name}: ${problem}`),
    );
    push.push('notice', { kind: 'shout', message: '' } as never);
    expect(sent).toEqual([]);
    expect(problems[0]).toMatch(/^notice: /);
  });
});
