// The probe: what a benchmark sees of the simulator's edges, over real HTTP and CometD.
import { describe, expect, it, vi } from 'vitest';
import type { ReceivedRequest } from './probe';
import { useSimulator } from './test-support/fixture';

describe('probe', () => {
  const sim = useSimulator();

  it('sees each GWS request with its headers, and each notification before delivery, until detached', async () => {
    const received: ReceivedRequest[] = [];
    const published: Array<{ userId: string; channel: string; data: unknown }> = [];
    const detach = sim.simulator.probe({
      requestReceived: (r) => received.push(r),
      notificationPublished: (userId, channel, data) => published.push({ userId, channel, data }),
    });
    const agent = await sim.signIn('agent1');
    const start = received.find((r) => (r.body as { operationName?: string } | undefined)?.operationName === 'StartContactCenterSession');
    expect(start).toMatchObject({ method: 'POST', path: '/api/v2/me' });
    expect(start?.headers.cookie).toBe(agent.client.cookie);
    expect(start?.headers['x-csrf-token']).toBe(agent.client.csrfToken);

    const callId = await sim.ring('agent1');
    const { call } = await agent.notifications.nextCall();
    const agentId = sim.simulator.seed.users.find((u) => u.userName === 'agent1')?.id;
    const delivered = published.filter((p) => p.userId === agentId && p.channel === '/v2/me/calls');
    expect(delivered.map((p) => (p.data as { call: unknown }).call)).toContainEqual(call);

    detach();
    const before = { received: received.length, published: published.length };
    sim.simulator.scenario.release(callId);
    await agent.notifications.nextCall((m) => m.call.state === 'Released');
    await agent.client.get('/api/v2/me');
    expect({ received: received.length, published: published.length }).toEqual(before);
  });

  it("tells when a client's /meta/connect is held, and again once a delivery has answered it", async () => {
    const held: Array<{ userId: string; clientId: string }> = [];
    const detach = sim.simulator.probe({ connectHeld: (userId, clientId) => held.push({ userId, clientId }) });
    const agent = await sim.signIn('agent1');
    const agentId = sim.simulator.seed.users.find((u) => u.userName === 'agent1')?.id;
    await vi.waitFor(() => expect(held.some((h) => h.userId === agentId)).toBe(true));
    const clientId = agent.notifications.cometd.getClientId();
    expect(held.every((h) => h.clientId === clientId)).toBe(true);

    const before = held.length;
    await sim.ring('agent1');
    await agent.notifications.nextCall();
    await vi.waitFor(() => expect(held.length).toBeGreaterThan(before));
    expect(held.at(-1)).toEqual({ userId: agentId, clientId });
    detach();
  });
});
