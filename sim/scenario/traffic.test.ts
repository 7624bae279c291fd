// Generated traffic ends each call as a contact center does: the agent in After Call Work
// (NotReady, workMode AfterCallWork) for the wrap-up time, then Ready again, seen on the agent's
// /v2/me/devices and in the users a supervisor reads; a change made meanwhile stands.
import { describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../simulator';
import { loadSeed } from '../seed';
import { useSimulator, type SignedIn } from '../test-support/fixture';
import type { GwsClient } from '../test-support/gws-client';
import type { DeviceResource } from '../test-support/gws-types';

const seed = loadSeed();
const onlyAgent1 = { ...seed, users: seed.users.filter((u) => ['supervisor1', 'agent1'].includes(u.userName)) };
const agent1Id = onlyAgent1.users.find((u) => u.userName === 'agent1')!.id;
const afterCallWork = { id: 'D3663509-3D82-4DD3-A82E-2EA8EFA02AEF', displayName: 'AfterCallWork', state: 'NotReady', workMode: 'AfterCallWork' };

/** agent1's userState in GET /api/v2/users?subresources=*, as the supervisor's team read sees it. */
const agent1InUsers = async (client: GwsClient) =>
  (await client.get('/api/v2/users?subresources=*')).body.users?.find((u) => u.id === agent1Id)?.devices?.[0]?.userState;

/** Waits for agent1's next call to end, and the After Call Work that follows. */
async function wrappingUp(agent: SignedIn): Promise<void> {
  await agent.notifications.nextCall((m) => m.call.state === 'Released');
  const device = await agent.notifications.nextDevice();
  expect(device.userState).toEqual(afterCallWork);
}

/**
 * When the simulator published each of agent1's device states (its clock, not the listener's,
 * so a late delivery cannot shorten a wrap-up); detach when done.
 */
function publishedStates(simulator: Simulator): { states: { state: string; at: number }[]; detach: () => void } {
  const states: { state: string; at: number }[] = [];
  const detach = simulator.probe({
    notificationPublished: (userId, _channel, data) => {
      const device = (data as { messageType?: string; devices?: DeviceResource[] }).devices?.[0];
      if (userId === agent1Id && device?.userState) states.push({ state: device.userState.workMode ?? device.userState.state, at: performance.now() });
    },
  });
  return { states, detach };
}

/** How long the last After Call Work lasted, from its publication to the Ready after it. */
function lastWrapUpMs(states: { state: string; at: number }[]): number {
  const ready = states.findLastIndex((s) => s.state === 'Ready');
  const wrapUp = states[ready - 1];
  expect(wrapUp?.state).toBe('AfterCallWork');
  return (states[ready]?.at ?? 0) - (wrapUp?.at ?? 0);
}

describe('traffic with After Call Work', () => {
  const sim = useSimulator({
    seed: onlyAgent1,
    traffic: { callsPerMinute: 600, answerAfterMs: [20, 40], talkMs: [50, 100], wrapUpMs: [300, 400] },
  });

  it('a call ends with the agent in After Call Work for the wrap-up time, then Ready and called again', async () => {
    const published = publishedStates(sim.simulator);
    const supervisor = await sim.signIn('supervisor1');
    const agent = await sim.signIn('agent1');
    await wrappingUp(agent);
    const wrapUpFrom = agent.notifications.messages.length;
    expect(await agent1InUsers(supervisor.client)).toEqual(afterCallWork);
    const ready = await agent.notifications.nextDevice();
    expect(ready.userState).toMatchObject({ state: 'Ready', displayName: 'Ready' });
    published.detach();
    expect(lastWrapUpMs(published.states)).toBeGreaterThanOrEqual(295);
    // No call while wrapping up (10 were due at 600 a minute): the traffic rings Ready agents only.
    const duringWrapUp = agent.notifications.messages.slice(wrapUpFrom).map((m) => (m.data as { messageType: string }).messageType);
    expect(duringWrapUp).toEqual(['DeviceStateChangeMessage']);
    expect(await agent1InUsers(supervisor.client)).toMatchObject({ state: 'Ready' });
    await agent.notifications.nextCall((m) => m.call.state === 'Ringing');
  });

  it('a state changed during the wrap-up stands: a supervisor’s Not Ready is not undone, and no call comes', async () => {
    const supervisor = await sim.signIn('supervisor1');
    const agent = await sim.signIn('agent1');
    await wrappingUp(agent);
    const res = await supervisor.client.post(`/api/v2/users/${agent1Id}/channels/voice`, { operationName: 'NotReady' });
    expect(res.body).toEqual({ statusCode: '0' });
    const calls = agent.notifications.messages.length;
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await agent1InUsers(supervisor.client)).toEqual({ id: '900D55CC-2BB0-431F-8BF9-D3525B383BE6', displayName: 'Not Ready', state: 'NotReady' });
    expect(agent.notifications.messages.slice(calls).map((m) => (m.data as { messageType: string }).messageType)).not.toContain('CallStateChangeMessage');
  });

  it('POST /sim/reset {"wrapUpMs"} sets another wrap-up time; a bad one is refused with the reason', async () => {
    expect((await sim.sim('POST', '/sim/reset', { wrapUpMs: [1_500, 1_500] })).status).toBe(200);
    const published = publishedStates(sim.simulator);
    const agent = await sim.signIn('agent1');
    await wrappingUp(agent);
    await agent.notifications.nextDevice((d) => d.userState?.state === 'Ready');
    published.detach();
    expect(lastWrapUpMs(published.states)).toBeGreaterThanOrEqual(1_495);

    for (const wrapUpMs of [[5, 1], [-1, 5], 'long', [1, 2, 3]]) {
      const bad = await sim.sim<{ error: string }>('POST', '/sim/reset', { wrapUpMs });
      expect([bad.status, bad.body.error]).toEqual([400, expect.stringContaining('wrapUpMs')]);
    }
  });
});

describe('traffic settings', () => {
  it('refuses settings that are not traffic, with the reason', async () => {
    await expect(startSimulator({ traffic: { callsPerMinute: 6, wrapUpMs: [60_000, 10_000] } })).rejects.toThrow(/Not traffic settings.*min ≤ max/s);
    await expect(startSimulator({ traffic: -1 })).rejects.toThrow(/Not traffic settings/);
  });
});
