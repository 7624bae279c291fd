// The monitoring bridge end to end: the page calls window.softphone, main talks to the
// simulator, and the page hears back through pushed events.
import type { PushedSupervisorView, TeamMemberView } from '../common/supervisor-view';
import type { Notice } from '../common/contract';
import { signInThroughApi } from './test-support/api-steps';
import { expect, test } from './test-support/sim-fixture';

declare global {
  interface Window {
    seen: { views: PushedSupervisorView[]; team: TeamMemberView[]; notices: Notice[] };
  }
}

test('barge in on an agent from the page: GWS gets BargeIn, the page hears armed, then the call', async ({ window: page, sim }) => {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() => {
    window.seen = { views: [], team: [], notices: [] };
    window.softphone.on('supervisor', (view) => window.seen.views.push(view));
    window.softphone.on('team', (team) => (window.seen.team = team));
    window.softphone.on('notice', (notice) => window.seen.notices.push(notice));
  });
  await signInThroughApi(page, sim);
  await expect.poll(() => page.evaluate(() => window.seen.team.length)).toBeGreaterThan(10);

  const agent3 = await page.evaluate(() => window.seen.team.find((m) => m.userName === 'agent3')!);
  const reply = await page.evaluate((userId) => window.softphone.monitor.start({ target: { userId }, state: 'BargeIn' }), agent3.userId);
  expect(reply).toEqual({ ok: true, value: null });

  const bargeIn = sim.scenario.requests().find((r) => (r.body as { operationName?: string } | undefined)?.operationName === 'BargeIn');
  expect(bargeIn).toMatchObject({
    method: 'POST',
    body: { operationName: 'BargeIn', supervisorMonitoringScope: 'Call', supervisorMonitoringMode: 'AllCalls' },
  });
  expect((bargeIn!.body as { targetDeviceUri: string }).targetDeviceUri).toMatch(/\/api\/v2\/devices\//);

  await expect.poll(() => page.evaluate(() => window.seen.views.at(-1)?.armed?.target.userName)).toBe('agent3');
  const { callId } = sim.scenario.ringAgent({ to: 'agent3', from: '+14155550199' });
  sim.scenario.answer(callId);
  await expect.poll(() => page.evaluate(() => window.seen.views.at(-1)?.monitoredCall?.customerNumber)).toBe('+14155550199');
  await expect
    .poll(() => page.evaluate(() => window.seen.notices.map((n) => n.message)))
    .toContain(`${agent3.name} is on a call with +14155550199: you are barged in.`);
});

test('every verb refuses a payload of the wrong shape, in words, before touching GWS', async ({ window: page, sim }) => {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await signInThroughApi(page, sim);
  const before = sim.scenario.requests().length;
  const replies = await page.evaluate(() => {
    const s = window.softphone as unknown as Record<string, Record<string, (...a: unknown[]) => Promise<{ ok: boolean; error?: { code: string } }>>>;
    const wrong: Array<[string, string, unknown[]]> = [
      ['session', 'signIn', [{ serverUrl: 42 }]],
      ['session', 'signOut', ['yes']],
      ['settings', 'update', [{ theme: 'purple' }]],
      ['settings', 'update', [{ bargeInShortcut: 'B' }]],
      ['monitor', 'start', [{ target: { userId: 'x' }, state: 'Spy' }]],
      ['monitor', 'start', [{ target: { deviceUri: 'javascript:alert(1)' }, state: 'BargeIn' }]],
      ['monitor', 'cancel', [1]],
      ['call', 'answer', [{ callId: '' }]],
      ['call', 'dial', [{ number: '555; rm -rf' }]],
      ['me', 'setState', [{ state: 'Asleep' }]],
      ['activity', 'list', [{ limit: -1 }]],
    ];
    return Promise.all(wrong.map(async ([area, verb, args]) => `${area}.${verb} ${(await s[area]![verb]!(...args)).error?.code}`));
  });
  expect(replies).toEqual(replies.map((r) => r.replace(/ \S+$/, ' invalid-request')));
  expect(sim.scenario.requests().length).toBe(before);
});

test('a frame inside the app page gets no bridge', async ({ window: page }) => {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const inFrame = await page.evaluate(() => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const seen = typeof (frame.contentWindow as unknown as { softphone?: unknown }).softphone;
    frame.remove();
    return seen;
  });
  expect(inFrame).toBe('undefined');
});
