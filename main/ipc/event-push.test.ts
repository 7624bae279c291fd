import { describe, expect, it } from 'vitest';
import type { PushedEvent } from '../../common/contract';
import type { SupervisorView } from '../../common/supervisor-view';
import { EventPush } from './event-push';

const view = (n: number) => ({ myNumber: null, monitoringUnavailable: null, team: [], ownCalls: [], armed: null, lost: null, monitoredCall: null, agentState: String(n), deviceActions: [] }) satisfies SupervisorView;

describe('event push', () => {
  it('sends only the last of a burst of views, once per frame', async () => {
    const sent: PushedEvent[] = [];
    const push = new EventPush((e) => sent.push(e), () => {});
    for (let n = 0; n < 100; n++) push.push('supervisor', view(n));
    expect(sent).toEqual([]);
    await new Promise((r) => setTimeout(r, 40));
    expect(sent).toEqual([{ name: 'supervisor', payload: view(99) }]);
  });

  it('sends a pending view before a notice, keeping their order', () => {
    const sent: string[] = [];
    const push = new EventPush((e) => sent.push(e.name === 'supervisor' ? `view ${e.payload.agentState}` : e.name), () => {});
    push.push('supervisor', view(1));
    push.push('notice', { kind: 'alert', message: 'x' });
    expect(sent).toEqual(['view 1', 'notice']);
  });

  it('refuses to send a payload its schema rejects, and says why', () => {
    const sent: PushedEvent[] = [];
    const problems: string[] = [];
    const push = new EventPush((e) => sent.push(e), (name, problem) => problems.push(`${name}: ${problem}`));
    push.push('notice', { kind: 'shout', message: '' } as never);
    expect(sent).toEqual([]);
    expect(problems[0]).toMatch(/^notice: /);
  });
});
