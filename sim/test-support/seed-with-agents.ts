// A big contact center for the 2,000-agent journeys and benchmarks: the default seed with its
// agents replaced by `count` generated ones, each with a stable id, device and DN.
import { loadSeed, type Seed } from '../seed';

/** The default seed with `count` agents in all (agent1…), for the 2,000-agent team. */
export function seedWithAgents(count: number): Seed {
  const seed = loadSeed();
  const template = seed.users.find((u) => u.userName === 'agent1');
  if (!template) throw new Error('the default seed has no agent1 to copy');
  const users = seed.users.filter((u) => !u.userName.startsWith('agent'));
  for (let i = 1; i <= count; i++) {
    users.push({
      ...template,
      id: (0x1000_0000 + i).toString(16).padStart(32, '0'),
      userName: `agent${i}`,
      firstName: `Agent`,
      lastName: `Number ${i}`,
      emailAddress: `agent${i}@example.com`,
      device: { id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, phoneNumber: String(100000 + i) },
    });
  }
  return { ...seed, users };
}
