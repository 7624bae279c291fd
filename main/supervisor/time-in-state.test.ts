// Time in state: from the team read that first showed a state; a state already under way when
// the app started watching is marked as such. Against the simulator, time is the virtual clock.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../sim/index';
import { ActivityLog } from '../activity/activity-log';
import '../../test-support/no-unhandled-rejections';
import { quiet } from '../../test-support/quiet-log';
import { sessionFixture, type SessionFixture } from '../session/test-support/session-fixture';
import { VirtualClock } from '../../test-support/virtual-clock';
import { SupervisorService } from './service';
import { withTimeInState } from './time-in-state';
import type { TeamMember } from './types';

const member = (userId: string, agentState: string | null, readAt: number): TeamMember => ({
  userId,
  userName: userId,
  name: userId,
  deviceId: null,
  deviceUri: null,
  phoneNumber: null,
  agentState,
  stateSince: readAt,
  stateSinceKnown: false,
});

describe('withTimeInState', () => {
  it('a member first seen: since that read, not seen beginning', () => {
    expect(withTimeInState([], [member('a', 'Ready', 1000)])).toEqual([member('a', 'Ready', 1000)]);
  });

  it('the same state keeps its start; a changed one begins at the read, seen beginning', () => {
    const first = withTimeInState([], [member('a', 'Ready', 1000), member('b', 'Ready', 1000)]);
    const second = withTimeInState(first, [member('a', 'Ready', 16_000), member('b', 'NotReady', 16_000)]);
    expect(second.map((m) => [m.userId, m.agentState, m.stateSince, m.stateSinceKnown])).toEqual([
      ['a', 'Ready', 1000, false],
      ['b', 'NotReady', 16_000, true],
    ]);
    const third = withTimeInState(second, [member('a', 'Ready', 31_000), member('b', 'NotReady', 31_000)]);
    expect(third.map((m) => [m.stateSince, m.stateSinceKnown])).toEqual([
      [1000, false],
      [16_000, true],
    ]);
  });

  it('a work mode change (Not Ready to After Call Work) is a new state', () => {
    const first = [member('a', 'NotReady', 1000)];
    expect(withTimeInState(first, [member('a', 'AfterCallWork', 5000)])[0]).toMatchObject({ stateSince: 5000, stateSinceKnown: true });
  });

  it('a member who left the team and came back is new again', () => {
    const first = withTimeInState([], [member('a', 'Ready', 1000)]);
    const gone = withTimeInState(first, []);
    expect(withTimeInState(gone, [member('a', 'Ready', 9000)])[0]).toMatchObject({ stateSince: 9000, stateSinceKnown: false });
  });
});

describe('time in state from team refreshes against the simulator (virtual clock)', () => {
  let sim: Simulator;
  let fixture: SessionFixture;
  let dir: string;
  beforeAll(async () => {
    sim = await startSimulator({ longPollMs: 2000 });
    fixture = await sessionFixture();
    dir = await mkdtemp(path.join(tmpdir(), 'time-in-state-'));
  });
  afterAll(async () => {
    await fixture.dispose();
    await sim.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('counts from the refresh that saw the change, and marks the states already under way at sign-in', async () => {
    const clock = new VirtualClock();
    clock.advance(1_000_000);
    const service = new SupervisorService({
      session: fixture.session,
      activity: new ActivityLog(dir),
      preferences: () => ({ monitoringScope: 'Call', monitoringMode: 'AllCalls', autoAnswerMonitoringCalls: true }),
      log: quiet,
      now: () => clock.now(),
    });
    expect((await fixture.session.signIn({ serverUrl: sim.url, userName: 'supervisor1', password: 'demo123', remember: false })).ok).toBe(true);
    const row = (userName: string) => service.view().team.find((m) => m.userName === userName);

    await service.refreshTeam();
    expect(row('agent1')).toMatchObject({ agentState: 'Ready', stateSince: 1_000_000, stateSinceKnown: false });

    clock.advance(15_000);
    sim.scenario.setAgentState('agent1', 'NotReady');
    await service.refreshTeam();
    expect(row('agent1')).toMatchObject({ agentState: 'NotReady', stateSince: 1_015_000, stateSinceKnown: true });
    expect(row('agent2')).toMatchObject({ agentState: 'Ready', stateSince: 1_000_000, stateSinceKnown: false });

    clock.advance(12 * 60_000);
    await service.refreshTeam();
    expect(row('agent1')).toMatchObject({ agentState: 'NotReady', stateSince: 1_015_000, stateSinceKnown: true });
  });
});
