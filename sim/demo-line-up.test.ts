// --demo: the last agents of the seed start Not Ready and logged out; the simulator returns to
// that line-up on a reset; a seed too small for it is refused with the reason.
import { afterEach, describe, expect, it } from 'vitest';
import { withDemoLineUp } from './demo-line-up';
import { loadSeed } from './seed';
import { startSimulator, type Simulator } from './simulator';

const seed = loadSeed();
let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const stateByName = (s: Simulator) =>
  Object.fromEntries((s.scenario.state().users as { userName: string; userState: { state: string } }[]).map((u) => [u.userName, u.userState.state]));

describe('the demo line-up', () => {
  it('agents 17 and 18 Not Ready, 19 and 20 logged out, the other agents Ready and the supervisors logged out, again after a reset', async () => {
    sim = await startSimulator({ demo: true });
    const expected = {
      ...Object.fromEntries(seed.users.map((u) => [u.userName, u.roles.includes('ROLE_SUPERVISOR') ? 'LoggedOut' : 'Ready'])),
      agent17: 'NotReady',
      agent18: 'NotReady',
      agent19: 'LoggedOut',
      agent20: 'LoggedOut',
    };
    expect(stateByName(sim)).toEqual(expected);
    sim.scenario.setAgentState('agent17', 'Ready');
    sim.scenario.reset();
    expect(stateByName(sim)).toEqual(expected);
  });

  it('needs five agents, one left for the traffic', () => {
    const small = { ...seed, users: seed.users.filter((u) => ['supervisor1', 'agent1', 'agent2', 'agent3', 'agent4'].includes(u.userName)) };
    expect(() => withDemoLineUp(small)).toThrow('The demo line-up needs at least 5 agents in the seed (one left for the traffic), not 4');
  });
});
