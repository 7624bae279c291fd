// The team read off the main thread (team-read.ts) through the real session, a real worker and
// the simulator behind a front that can answer the team read with a reply of its own.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator } from '../../sim/index';
import '../../test-support/no-unhandled-rejections';
import { quiet } from '../../test-support/quiet-log';
import { ActivityLog } from '../activity/activity-log';
import { sessionFixture } from '../session/test-support/session-fixture';
import { SupervisorService } from './service';
import { decodeTeamInWorker, type TeamDecoder } from './team-read';
import { teamReplyFront, type TeamReplyFront } from './test-support/team-reply-front';

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const preferences = () => ({ monitoringScope: 'Call' as const, monitoringMode: 'AllCalls' as const, autoAnswerMonitoringCalls: false });

/**
 * supervisor1 signed in through a front before a new simulator. The simulator's team is small,
 * which the app would decode in-thread: the worker is asked for unless `null` says the app's own.
 */
async function signedInBehindFront(decodeTeam: TeamDecoder | null = decodeTeamInWorker()) {
  const sim = await startSimulator({ longPollMs: 2000 });
  cleanups.push(() => sim.close());
  const front: TeamReplyFront = await teamReplyFront(sim.gwsUrl);
  cleanups.push(() => front.close());
  const fixture = await sessionFixture();
  const dir = await mkdtemp(path.join(tmpdir(), 'team-read-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  cleanups.push(() => fixture.dispose());
  const service = new SupervisorService({
    session: fixture.session,
    activity: new ActivityLog(dir),
    preferences,
    log: quiet,
    ...(decodeTeam && { decodeTeam }),
  });
  expect(await fixture.session.signIn({ serverUrl: front.url, userName: 'supervisor1', password: 'demo123', remember: false })).toMatchObject({ ok: true });
  return { sim, front, service, host: new URL(front.url).host };
}

const names = (service: SupervisorService) => service.view().team.map((m) => `${m.userName} ${m.agentState}`);

describe('the team read in a worker', () => {
  // The worker (a large team) and the app's own thread (a small one) refuse it in the same words.
  it.each([
    ['in the worker', decodeTeamInWorker()],
    ['decoded in-thread by the app (a small team)', null],
  ] as const)('a reply that is not JSON, %s: refused in words, and the team read before is kept', async (_where, decodeTeam) => {
    const { front, service, host } = await signedInBehindFront(decodeTeam);
    expect(await service.refreshTeam()).toEqual({ ok: true, value: null });
    const before = names(service);
    expect(before.length).toBeGreaterThan(3);

    front.answerNextTeamRead(200, '{"statusCode":0,"users":[{"id":"a1","userName":');
    expect(await service.refreshTeam()).toEqual({
      ok: false,
      error: { code: 'malformed', message: `The GWS server at ${host} sent a reply the app cannot read (not JSON).` },
    });
    expect(names(service)).toEqual(before);
  });

  it('a reply of the wrong shape: refused in words that say what is wrong, and the team read before is kept', async () => {
    const { front, service, host } = await signedInBehindFront();
    expect(await service.refreshTeam()).toEqual({ ok: true, value: null });
    const before = names(service);

    front.answerNextTeamRead(200, JSON.stringify({ statusCode: 0, users: [{ id: 42, userName: 'agent1', devices: [] }] }));
    const result = await service.refreshTeam();
    expect(result).toMatchObject({ ok: false, error: { code: 'malformed' } });
    if (result.ok) return;
    expect(result.error.message).toMatch(
      new RegExp(`^The GWS server at ${host} sent a reply the app cannot read \\(.*expected string.*users\\[0\\]\\.id`, 's'),
    );
    expect(names(service)).toEqual(before);
  });

  it('an error page or a GWS refusal instead of the team: the same words as any read, and the team kept', async () => {
    const { front, service, host } = await signedInBehindFront();
    expect(await service.refreshTeam()).toEqual({ ok: true, value: null });
    const before = names(service);

    front.answerNextTeamRead(503, '<html>Service Unavailable</html>');
    expect(await service.refreshTeam()).toMatchObject({
      ok: false,
      error: { code: 'http', httpStatus: 503, message: expect.stringContaining(`at ${host}`) as string },
    });
    front.answerNextTeamRead(200, JSON.stringify({ statusCode: 5, statusMessage: 'Not allowed to list users' }));
    expect(await service.refreshTeam()).toMatchObject({
      ok: false,
      error: { code: 'status', statusCode: 5, message: expect.stringContaining('Not allowed to list users') as string },
    });
    expect(names(service)).toEqual(before);
  });

  it('a worker that dies: refused in words, the team kept; the next refresh starts a new worker and shows the change', async () => {
    let reads = 0;
    const crashing = decodeTeamInWorker(new URL('./test-support/crashing-team-worker.ts', import.meta.url));
    const real = decodeTeamInWorker();
    const { sim, service, host } = await signedInBehindFront((job) => (++reads === 2 ? crashing(job) : real(job)));
    expect(await service.refreshTeam()).toEqual({ ok: true, value: null });
    const before = names(service);
    expect(before).toContain('agent2 Ready');

    sim.scenario.setAgentState('agent2', 'NotReady');
    expect(await service.refreshTeam()).toEqual({
      ok: false,
      error: {
        code: 'malformed',
        message: `The app could not read the reply of the GWS server at ${host} (the thread reading it stopped: the team worker fell over).`,
      },
    });
    expect(names(service)).toEqual(before);

    expect(await service.refreshTeam()).toEqual({ ok: true, value: null });
    expect(names(service)).toContain('agent2 NotReady');
  });
});
