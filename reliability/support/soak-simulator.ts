// The soak's simulator, in a process of its own so that the memory and handles the soak measures
// are the app core's alone (the simulator keeps calls and a request log of its own). Started by
// soak.test.ts with its settings as JSON; prints its URL, and stops on SIGTERM.
import { startSimulator, type TrafficOptions } from '../../sim/index';
import { seedWithAgents } from '../../sim/test-support/seed-with-agents';

export interface SoakSimulatorSettings {
  agents: number;
  traffic: TrafficOptions;
  longPollMs: number;
}

const settings = JSON.parse(process.argv[2] ?? '{}') as SoakSimulatorSettings;
const sim = await startSimulator({ seed: seedWithAgents(settings.agents), traffic: settings.traffic, longPollMs: settings.longPollMs });
console.log(sim.url);
process.once('SIGTERM', () => void sim.close().then(() => process.exit(0)));
