// The window as an attacker: the built app in the stand-in (or Electron), signed in to the
// simulator, its page calling every verb of window.softphone with 1,000 seeded random payloads
// each, generated in the page itself (test-support/hostile-payloads.ts). Also raw IPC from another
// page, 10 MB payloads, and a corrupt settings file at start.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ElectronApplication, Page } from '@playwright/test';
import { channelOf, VERBS, type Verb } from '../common/contract';
import { settingsSchema } from '../common/settings';
import { mode } from '../e2e/test-support/fixtures';
import { decode, encode } from '../e2e/harness/standin/codec';
import { openProbeWindow } from '../e2e/test-support/probes/probe-window';
import { expect, signInThroughApi, test } from '../e2e/test-support/sim-fixture';
import type { LoggedRequest } from '../sim/index';
import { FUZZ_ORDER, fuzzSeed, gwsProblems, isValidArgs, replyProblem, requestsSince, summarise, type ReplySummary } from './test-support/hostile-ipc';
import { fingerprint, hostileArgs } from './test-support/hostile-payloads';

const PAYLOADS_PER_VERB = 1000;

/**
 * What main receives of what the page sent. Electron: structured clone. The stand-in: its codec,
 * page to preload world and preload to main, which turns an own "__proto__" key into the
 * object's prototype (main's fuzz, hostile-ipc.test.ts, sends such keys as Electron delivers them).
 */
const delivered = (args: unknown[]): unknown[] => (mode === 'standin' ? (decode(encode(decode(encode(args)))) as unknown[]) : structuredClone(args));

/** Main's process, watched: an exception or rejection nobody handled, and errors it logs. */
async function watchMain(electronApp: ElectronApplication): Promise<{ errors: string[]; faults: () => Promise<string[]> }> {
  const errors: string[] = [];
  electronApp.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await electronApp.evaluate(() => {
    const faults: string[] = [];
    (globalThis as Record<string, unknown>).__hostileFaults = faults;
    process.on('uncaughtExceptionMonitor', (error) => faults.push(`uncaught: ${String(error)}`));
    process.on('unhandledRejection', (reason) => faults.push(`unhandled rejection: ${String(reason)}`));
  });
  return { errors, faults: () => electronApp.evaluate(() => [...((globalThis as Record<string, unknown>).__hostileFaults as string[])]) };
}

/** Puts the generator and the reply summary into the page, as an attacker's script would bring its own. */
async function arm(page: Page): Promise<void> {
  await page.evaluate(`globalThis.__hostile = { args: ${hostileArgs.toString()}, fingerprint: ${fingerprint.toString()}, summarise: ${summarise.toString()} }`);
}

/** Payloads called from the page at a time; the simulator's request log is read after each batch. */
const BATCH = 250;

type PageReply = ReplySummary | { thrown: string };

/** In the page: generates the verb's payloads and keeps them for fuzzBatch; returns their fingerprint. */
function generateInPage(page: Page, verb: Verb, seed: number): Promise<string> {
  return page.evaluate(
    ({ verb, seed, count }) => {
      type Hostile = { args(seed: number, verb: string, count: number): unknown[][]; fingerprint(v: unknown): string; payloads: unknown[][]; verb: string };
      const hostile = (globalThis as unknown as { __hostile: Hostile }).__hostile;
      hostile.verb = verb;
      hostile.payloads = hostile.args(seed, verb, count);
      return hostile.fingerprint(hostile.payloads.map((args) => hostile.fingerprint(args)));
    },
    { verb, seed, count: PAYLOADS_PER_VERB },
  );
}

/** In the page: calls window.softphone with payloads [from, from + BATCH) of those generateInPage made, all at once. */
function fuzzBatch(page: Page, from: number): Promise<PageReply[]> {
  return page.evaluate(
    async ({ from, count }) => {
      type Hostile = { summarise(r: unknown): ReplySummary; payloads: unknown[][]; verb: string };
      const hostile = (globalThis as unknown as { __hostile: Hostile }).__hostile;
      const [area, name] = hostile.verb.split('.') as [string, string];
      const call = (window.softphone as unknown as Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>)[area]![name]!;
      return Promise.all(
        hostile.payloads.slice(from, from + count).map((args) =>
          call(...args).then(
            (reply) => hostile.summarise(reply),
            (error: unknown) => ({ thrown: String(error) }),
          ),
        ),
      );
    },
    { from, count: BATCH },
  );
}

test.describe('the window as an attacker', () => {
  test(`every verb, ${PAYLOADS_PER_VERB} random payloads each, through the preload: IpcResults only, invalid-request in words, never internal, nothing invalid reaching GWS, main alive`, async ({
    electronApp,
    window: page,
    sim,
    userDataDir,
  }) => {
    test.setTimeout(180_000);
    const watch = await watchMain(electronApp);
    await signInThroughApi(page, sim);
    await arm(page);
    const seed = fuzzSeed();
    console.log(`IPC fuzz (window) seed ${seed}: HOSTILE_SEED=${seed} repeats it`);
    const started = Date.now();
    const problems: string[] = [];
    const tally: Record<string, string> = {};
    for (const verb of FUZZ_ORDER) {
      const payloads = hostileArgs(seed, verb, PAYLOADS_PER_VERB);
      const arrived = payloads.map(delivered);
      const verdicts = arrived.map((args) => isValidArgs(verb, args));
      expect(await generateInPage(page, verb, seed), `${verb}: the page generated the payloads Node judged`).toBe(
        fingerprint(payloads.map((args) => fingerprint(args))),
      );
      let mark = sim.scenario.requests().at(-1);
      const requests: LoggedRequest[] = [];
      for (let from = 0; from < payloads.length; from += BATCH) {
        const replies = await fuzzBatch(page, from);
        expect(replies, `${verb}: a reply for each payload from #${from}`).toHaveLength(Math.min(BATCH, payloads.length - from));
        replies.forEach((reply, j) => {
          const i = from + j;
          const problem = 'thrown' in reply ? `the call threw: ${reply.thrown}` : replyProblem(verb, verdicts[i] ?? false, reply);
          if (problem && problems.length < 20) problems.push(`${verb} #${i}: ${problem}`);
        });
        requests.push(...requestsSince(sim.scenario.requests(), mark));
        mark = requests.at(-1) ?? mark;
      }
      problems.push(...gwsProblems(verb, arrived, verdicts, requests));
      tally[verb] = `${verdicts.filter(Boolean).length} valid, ${requests.filter((r) => r.method === 'POST').length} GWS operations`;
    }
    console.log(`IPC fuzz (window): ${FUZZ_ORDER.length * PAYLOADS_PER_VERB} payloads in ${Date.now() - started} ms`, tally);
    expect(problems).toEqual([]);

    // Main alive and answering, the page too; nothing thrown or rejected unhandled in main.
    expect(await page.evaluate(() => window.softphone.app.info())).toMatchObject({ ok: true, value: { name: 'Supervisor Softphone' } });
    expect(await page.evaluate(() => window.softphone.session.get())).toMatchObject({ ok: true });
    expect(await watch.faults()).toEqual([]);
    expect(watch.errors).toEqual([]);
    // The settings the fuzz saved are whole and valid.
    expect(settingsSchema.safeParse(JSON.parse(await readFile(path.join(userDataDir, 'settings.json'), 'utf8'))).success).toBe(true);
  });

  test('raw IPC from another page: every verb channel refused as untrusted-sender, unknown channels have no handler, main alive', async ({
    electronApp,
    window: page,
  }) => {
    const watch = await watchMain(electronApp);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const probe = await openProbeWindow(electronApp, 'e2e/test-support/probes/probe-preload.cjs');
    const unknown = [
      'softphone:evil',
      'softphone:app.info ',
      'SOFTPHONE:app.info',
      'softphone:event',
      'softphone:',
      '',
      'ELECTRON_BROWSER_REQUIRE',
      'softphone:session.signIn\u0000',
      'x'.repeat(100_000),
    ];
    const replies = await probe.evaluate(
      async ({ channels, unknown }) => {
        const { probe } = window as unknown as { probe: { invoke: (ch: string, ...args: unknown[]) => Promise<unknown> } };
        const invoke = probe.invoke;
        const settle = (p: Promise<unknown>) =>
          p.then(
            (value) => ({ value }),
            (error: unknown) => ({ error: String(error) }),
          );
        return {
          verbs: await Promise.all(channels.map((ch) => settle(invoke(ch, { forget: true }, { serverUrl: 'http://127.0.0.1:9' })))),
          unknown: await Promise.all(unknown.map((ch) => settle(invoke(ch, {})))),
        };
      },
      { channels: VERBS.map(channelOf), unknown },
    );
    replies.verbs.forEach((reply, i) =>
      expect(reply, VERBS[i]).toEqual({
        value: { ok: false, error: { code: 'untrusted-sender', message: `${channelOf(VERBS[i]!)} refused: the request did not come from the app window` } },
      }),
    );
    replies.unknown.forEach((reply, i) =>
      expect(reply, `channel ${unknown[i]!.slice(0, 40)}`).toMatchObject({ error: expect.stringMatching(/No handler registered for/) }),
    );
    expect(await page.evaluate(() => window.softphone.app.info())).toMatchObject({ ok: true });
    expect(await watch.faults()).toEqual([]);
  });

  test('10 MB payloads from the page: refused by the schema in words, quickly, nothing saved, main alive', async ({
    electronApp,
    window: page,
    userDataDir,
  }) => {
    const watch = await watchMain(electronApp);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const results = await page.evaluate(async () => {
      const huge = '9'.repeat(10 * 1024 * 1024);
      const timed = async (label: string, call: () => Promise<unknown>) => {
        const started = performance.now();
        const reply = (await call()) as { ok: boolean; error?: { code: string; message: string } };
        return { label, ok: reply.ok, code: reply.error?.code, length: reply.error?.message.length ?? 0, ms: performance.now() - started };
      };
      const api = window.softphone;
      return [
        await timed('call.dial number', () => api.call.dial({ number: huge })),
        // A field only sign-in sets: refused whatever its value (security 15.3).
        await timed('settings.update userName', () => api.settings.update({ userName: huge } as never)),
        await timed('settings.update bargeInShortcut', () => api.settings.update({ bargeInShortcut: `CommandOrControl+${huge}` })),
        await timed('session.signIn password', () =>
          api.session.signIn({ serverUrl: 'http://127.0.0.1:9', userName: 'supervisor1', password: huge, remember: false }),
        ),
        await timed('monitor.start userId', () => api.monitor.start({ target: { userId: huge }, state: 'ListenIn' })),
        await timed('activity.list target', () => api.activity.list({ target: huge })),
      ];
    });
    console.log('10 MB payloads from the page:', results.map((r) => `${r.label}: ${r.code} in ${Math.round(r.ms)} ms, ${r.length} characters`).join('; '));
    for (const r of results) {
      expect(r, r.label).toMatchObject({ ok: false, code: 'invalid-request' });
      expect(r.length, r.label).toBeLessThan(1100);
      expect(r.ms, r.label).toBeLessThan(10_000);
    }
    expect(await readdir(userDataDir)).not.toContain('settings.json');
    expect(await page.evaluate(() => window.softphone.session.get())).toMatchObject({ ok: true, value: { status: 'signed-out' } });
    expect(await watch.faults()).toEqual([]);
  });
});

test.describe('a corrupt settings file at start', () => {
  test.use({
    // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructured first parameter
    userDataDir: async ({}, use, testInfo) => {
      const dir = testInfo.outputPath('user-data');
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, 'settings.json'), '{"serverUrl": "https://gws.exa');
      await use(dir);
    },
  });

  test('the window says so at once, the file is kept aside, and settings then save', async ({ window: page, userDataDir }) => {
    const notice = page.getByTestId('notice').filter({ hasText: 'Your settings file could not be used' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('(it is not valid JSON), so the app started with default settings; it was kept as settings.json.bad-');
    await expect(page.getByLabel('Server address')).toHaveValue('');
    const files = await readdir(userDataDir);
    const aside = files.find((f) => f.startsWith('settings.json.bad-'));
    expect(aside).toBeDefined();
    expect(await readFile(path.join(userDataDir, aside!), 'utf8')).toBe('{"serverUrl": "https://gws.exa');

    expect(await page.evaluate(() => window.softphone.settings.update({ theme: 'dark' }))).toMatchObject({ ok: true, value: { warning: null } });
    expect(JSON.parse(await readFile(path.join(userDataDir, 'settings.json'), 'utf8'))).toMatchObject({ theme: 'dark', serverUrl: '' });
  });
});
