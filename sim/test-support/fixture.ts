// One simulator per test file (or describe block), reset after each test, with helpers to sign
// users in and listen to their notifications. Every listener is disconnected after its test.
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { SimulatorOptions } from '../options';
import { startSimulator, type Simulator } from '../simulator';
import { GwsClient, sim } from './gws-client';
import type { GwsBody } from './gws-types';
import { NotificationListener } from './notifications';

export interface SignedIn {
  client: GwsClient;
  notifications: NotificationListener;
  deviceId: string;
}

export function useSimulator(options: SimulatorOptions = {}) {
  let simulator: Simulator | undefined;
  const listeners: NotificationListener[] = [];

  beforeAll(async () => {
    simulator = await startSimulator(options);
  });
  afterEach(async () => {
    await Promise.all(listeners.splice(0).map((l) => l.close()));
    simulator?.scenario.reset();
  });
  afterAll(async () => {
    await simulator?.close();
  });

  const current = (): Simulator => {
    if (!simulator) throw new Error('the simulator has not started');
    return simulator;
  };
  const seedUser = (userName: string) => {
    const user = current().seed.users.find((u) => u.userName === userName);
    if (!user) throw new Error(`no ${userName} in the seed`);
    return user;
  };

  const fixture = {
    get url(): string {
      return current().url;
    },
    get simulator(): Simulator {
      return current();
    },
    client: (userName: string, password?: string) => new GwsClient(current().gwsUrl, userName, password),
    async listen(client: GwsClient, channel?: string): Promise<NotificationListener> {
      const listener = await NotificationListener.connect(current().gwsUrl, client.cookie, channel);
      listeners.push(listener);
      return listener;
    },
    /** Signs in, subscribes to /v2/me/*, then starts the contact center session (the order of docs/gws-notes.md, "Signing in"). */
    async signIn(userName: string): Promise<SignedIn> {
      const client = fixture.client(userName);
      await client.signIn();
      const notifications = await fixture.listen(client);
      await client.startSession();
      await notifications.nextDevice();
      return { client, notifications, deviceId: seedUser(userName).device.id };
    },
    deviceId: (userName: string): string => seedUser(userName).device.id,
    deviceUri: (userName: string): string => `${current().url}/api/v2/devices/${seedUser(userName).device.id}`,
    sim: <B = Record<string, unknown>>(method: string, path: string, body?: unknown) => sim<B>(current().url, method, path, body),
    /** POST /sim/calls: a customer's call rings at `to`. */
    async ring(to: string, extra: Record<string, unknown> = {}): Promise<string> {
      const res = await sim<{ callId: string }>(current().url, 'POST', '/sim/calls', { to, from: '+14155550123', ...extra });
      if (res.status !== 200) throw new Error(`ring ${to}: ${JSON.stringify(res.body)}`);
      return res.body.callId;
    },
    /** A call rings at `to` and is answered: the agent is talking. */
    async talking(to: string, extra: Record<string, unknown> = {}): Promise<string> {
      const callId = await fixture.ring(to, extra);
      const res = await sim(current().url, 'POST', `/sim/calls/${callId}/answer`);
      if (res.status !== 200) throw new Error(`answer ${callId}: ${JSON.stringify(res.body)}`);
      return callId;
    },
    /** POST a device operation on the signed-in user's own device. */
    deviceOperation: (who: SignedIn, body: Record<string, unknown>) => who.client.post(`/api/v2/me/devices/${who.deviceId}`, body),
    callOperation: (who: SignedIn, callId: string, operationName: string, extra: Record<string, unknown> = {}) =>
      who.client.post(`/api/v2/me/calls/${callId}`, { operationName, ...extra }),
  };
  return fixture;
}

export const ok: GwsBody = { statusCode: 0 };
