// The soak's simulator, in a process of its own so that the memory and handles the soak measures
// are the app core's alone (the simulator keeps calls and a request log of its own). Started by
// soak.test.ts with its settings as JSON; prints its URL as sim/cli.ts does, then on SIGUSR2 a
// line of what the contact center did (COUNTS, then SoakSimulatorCounts as JSON).
import { startSimulator, type TrafficOptions } from '../../sim/index';
import { seedWithAgents } from '../../sim/test-support/seed-with-agents';
import { LISTENING } from './fault-sim-process';

export interface SoakSimulatorSettings {
  agents: number;
  /** Starts NotReady, so the generated traffic never rings it: its calls are the soak's own. */
  monitoredAgent: string;
  traffic: TrafficOptions;
  longPollMs: number;
}

export interface SoakSimulatorCounts {
  /** Distinct calls seen in call notifications, all users. */
  calls: number;
  /** Notifications published to CometD, all users and channels. */
  notifications: number;
  /** Distinct CometD clients that held a /meta/connect: each handshake (each reconnect of the soak's core) makes a new one. */
  cometdClients: number;
}

/** Marks the line of counts, told apart from anything else the process prints. */
export const COUNTS = 'soak simulator counts: ';

const settings = JSON.parse(process.argv[2] ?? '{}') as SoakSimulatorSettings;
const seed = seedWithAgents(settings.agents);
const users = seed.users.map((u) => (u.userName === settings.monitoredAgent ? { ...u, initialState: 'NotReady' as const } : u));
const sim = await startSimulator({ seed: { ...seed, users }, traffic: settings.traffic, longPollMs: settings.longPollMs });

const calls = new Set<string>();
let notifications = 0;
const cometdClients = new Set<string>();
sim.probe({
  connectHeld(_userId, clientId) {
    cometdClients.add(clientId);
  },
  notificationPublished(_userId, _channel, data) {
    notifications++;
    const id = (data as { call?: { id?: unknown } }).call?.id;
    if (typeof id === 'string') calls.add(id);
  },
});
console.log(`${LISTENING}${sim.url}`);
process.on('SIGUSR2', () => {
  const counts: SoakSimulatorCounts = { calls: calls.size, notifications, cometdClients: cometdClients.size };
  console.log(`${COUNTS}${JSON.stringify(counts)}`);
});
