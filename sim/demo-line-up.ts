// The demo's line-up (--demo, npm start): a contact center where not everyone is Ready, so a
// supervisor sees time in state grow and the Not Ready alerts fire. The traffic never calls
// these agents (it rings Ready ones only) and never makes them Ready (it ends only its own
// After Call Work), so they stay as they are until someone changes them.
import type { Seed } from './seed';

/** How many of the seed's last agents start Not Ready, and how many after them logged out. */
export const demoNotReady = 2;
export const demoLoggedOut = 2;

/** The seed with its last agents (users without ROLE_SUPERVISOR) Not Ready and logged out; the rest as seeded. */
export function withDemoLineUp(seed: Seed): Seed {
  const agents = seed.users.filter((u) => !u.roles.includes('ROLE_SUPERVISOR'));
  const needed = demoNotReady + demoLoggedOut + 1;
  if (agents.length < needed) {
    throw new Error(`The demo line-up needs at least ${needed} agents in the seed (one left for the traffic), not ${agents.length}`);
  }
  const notReady = new Set(agents.slice(-(demoNotReady + demoLoggedOut), -demoLoggedOut));
  const loggedOut = new Set(agents.slice(-demoLoggedOut));
  return {
    ...seed,
    users: seed.users.map((u) => {
      if (notReady.has(u)) return { ...u, initialState: 'NotReady' as const };
      return loggedOut.has(u) ? { ...u, initialState: 'LoggedOut' as const } : u;
    }),
  };
}
