// `npm run sim -- [flags]`: a GWS v2 simulator for demos, training and development.
import { parseCliArgs, usage } from './cli-args';
import type { Seed } from './seed';
import { startSimulator } from './simulator';

const parsed = parseCliArgs(process.argv.slice(2));
if ('error' in parsed) {
  console.error(`${parsed.error}\n\n${usage}`);
  process.exit(2);
}
if ('help' in parsed) {
  console.log(usage);
  process.exit(0);
}

// A seed or settings it cannot play (a seed too small for --demo, a file that is not a seed, a port taken): the reason, not a stack.
const simulator = await startSimulator(parsed.options).catch((error: unknown) => {
  console.error(`The simulator cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
console.log(`GWS simulator listening on ${simulator.url}`);
if (simulator.gwsUrl !== simulator.url) console.log(`GWS address (sign in here): ${simulator.gwsUrl}`);
for (const line of credentials(simulator.seed)) console.log(line);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void simulator.close().then(() => {
      console.log('GWS simulator stopped');
      process.exit(0);
    });
  });
}

/** Who can sign in, from the seed: supervisors by name, agents as a range when they share a password. */
function credentials(seed: Seed): string[] {
  const describe = (users: Seed['users']) => users.map((u) => `${u.userName} (DN ${u.device.phoneNumber}) / ${u.password}`).join(', ');
  const supervisors = seed.users.filter((u) => u.roles.includes('ROLE_SUPERVISOR'));
  const agents = seed.users.filter((u) => !u.roles.includes('ROLE_SUPERVISOR'));
  const first = agents[0];
  const last = agents.at(-1);
  const shared = first && agents.every((u) => u.password === first.password);
  const agentLine =
    first && last && shared && agents.length > 2
      ? `${first.userName} (DN ${first.device.phoneNumber}) to ${last.userName} (DN ${last.device.phoneNumber}) / ${first.password}`
      : describe(agents);
  return ['Demo credentials (user / password):', `  supervisors: ${describe(supervisors)}`, `  agents: ${agentLine}`];
}
