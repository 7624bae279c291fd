// Every server variation the GWS docs show (sim/variations.ts, docs/gws-notes.md), as simulator
// options, for the journey suites that run unchanged on each one (monitoring-journeys.test.ts,
// agent-control-journeys.test.ts, coaching-round.test.ts, alerts/alerts.test.ts). Each writes a decoy's address into resource URIs where it
// can: the app must call only the server address it was given, never a host a resource names.
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../../sim/index';
import { startTestServer, type TestServer } from '../../../test-support/http-server';

/** What changes in each: the app's side of it is in docs/gws-notes.md. */
export const simulatorProfiles: Array<[string, (decoy: string) => SimulatorOptions]> = [
  ['8.5.2 at the root (the default)', () => ({})],
  ['8.5.1 monitoring shapes', () => ({ gwsVersion: '8.5.1' })],
  ['8.5.1, the monitoring leg ringing first', () => ({ gwsVersion: '8.5.1', monitoringCall: 'ringing' })],
  ['under the context path /cloud-web', () => ({ contextPath: '/cloud-web' })],
  ['behind a load balancer: another host in every uri', (decoy) => ({ uriHost: decoy })],
  ['resources without uri', () => ({ resourceUris: false })],
  ['statusCode as a string', () => ({ statusCodeAs: 'string' })],
  [
    'all at once: 8.5.1 under /cloud-web, another host, no uri, statusCode as a string',
    (decoy) => ({ gwsVersion: '8.5.1', contextPath: '/cloud-web', uriHost: decoy, resourceUris: false, statusCodeAs: 'string' }),
  ],
];

/**
 * One simulator playing the profile (and its decoy) for a describe block: reset after each
 * test, after `cleanUp`, and the decoy checked then, so a request off the server names the
 * journey that sent it.
 */
export function onProfile(options: (decoy: string) => SimulatorOptions, cleanUp: () => Promise<void>): () => Simulator {
  let decoy: TestServer | undefined;
  let sim: Simulator | undefined;
  beforeAll(async () => {
    decoy = await startTestServer((_req, res) => res.writeHead(418).end());
    sim = await startSimulator({ longPollMs: 2000, ...options(decoy.url) });
  });
  afterEach(async () => {
    await cleanUp();
    sim?.scenario.reset();
    expect(decoy?.requests.map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });
  afterAll(async () => {
    await sim?.close();
    await decoy?.close();
  });
  return () => {
    if (!sim) throw new Error('the simulator has not started');
    return sim;
  };
}
