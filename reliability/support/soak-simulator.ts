// The soak's simulator, in a process of its own so that the memory and handles the soak measures
// are the app core's alone (the simulator keeps calls and a request log of its own). Started by
// soak.test.ts with its settings as JSON; prints its URL, then on SIGUSR2 a line of what the
// contact center did (SoakSimulatorCounts), and stops on SIGTERM.
import { startSimulator, type TrafficOptions } from '../../sim/index';
import { seedWithAgents } from '../../sim/test-support/seed-with-agents';

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
}

const settings = JSON.parse(process.argv[2] ?? '{}') as SoakSimulatorSettings;
const seed = seedWithAgents(settings.agents);
const users = seed.users.map((u) => (u.userName === settings.monitoredAgent ? { ...u, initialState: 'NotReady' as const } : u));
const sim = await startSimulator({ seed: { ...seed, users }, traffic: settings.traffic, longPollMs: settings.longPollMs });

const calls = new Set<string>();
let notifications = 0;
sim.probe({
  notificationPublished(_userId, _channel, data) {
    notifications++;
    const id = (data as { call?: { id?: unknown } }).call?.id;
    if (typeof id === 'string') calls.add(id);
  },
});
console.log(sim.url);
process.on('SIGUSR2', () => {
  const counts: SoakSimulatorCounts = { calls: calls.size, notifications };
  console.log(JSON.stringify(counts));
});
process.once('SIGTERM', () => void sim.close().then(() => process.exit(0)));
