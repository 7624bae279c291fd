// Figure 2: the barge-in key, from the press (the callback the app gave globalShortcut, called
// as the OS would) until the simulator receives SwitchToBargeIn, against a bare fetch POST of
// the same operation with the app's own session cookie and CSRF token, to the same receive point,
// sent from a process of its own (bench/baseline-host.ts) as the app's is.
// Rounds alternate app and baseline; between them the app goes back to listening. The ratio
// and the added ms carry bootstrap intervals over the rounds (bench/interval.ts).
import type { Simulator } from '../sim/index';
import type { AppSession, LaunchedApp } from './app-launch';
import type { BaselineHost } from './baseline-host';
import { Child } from './child';
import { now } from './clock';
import { percentile, round2 } from './stats';
import { addedFigure, figures, ratioFigure, SamplePool, type Figure, type Goals } from './figure';

export interface BargeRun {
  sim: Simulator;
  app: LaunchedApp;
  session: AppSession;
  /** The live monitored call, the supervisor listening in. */
  callId: string;
  rounds: number;
  /** Samples of an earlier measurement of this phase, judged together with this one's. */
  pool?: SamplePool;
  log: (line: string) => void;
}

const BARGE_POINT_GOALS = {
  barge_p50_ms: ['ms', '<= 100'],
  barge_p99_ms: ['ms', '<= 100'],
  barge_base_p99_ms: ['ms', '<= 100'],
} as const satisfies Goals;

const BARGE_COMPARISON_GOALS = {
  barge_p99_ratio: ['x', '<= 1.2'],
  barge_p99_added_ms: ['ms', '<= 1'],
} as const satisfies Goals;

export const BARGE_GOALS = { ...BARGE_POINT_GOALS, ...BARGE_COMPARISON_GOALS } as const satisfies Goals;

const SHORTCUT = 'CommandOrControl+Shift+B';

export async function measureBargeIn(run: BargeRun): Promise<Figure[]> {
  const { sim, app, session, callId, rounds, pool = new SamplePool(), log } = run;
  let received: ((at: number) => void) | undefined;
  const detach = sim.probe({
    requestReceived({ method, body }) {
      if (method === 'POST' && (body as { operationName?: unknown } | undefined)?.operationName === 'SwitchToBargeIn') received?.(now());
    },
  });
  const nextBargeIn = () =>
    new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the simulator received no SwitchToBargeIn within 5 s')), 5000);
      received = (at) => {
        received = undefined;
        clearTimeout(timer);
        resolve(at);
      };
    });
  const tooltip = (text: string) => app.app.evaluate((_electron, t) => globalThis.__bench.tooltip(t), text);
  const baseline = Child.start<BaselineHost>('baseline client', new URL('./baseline-host.ts', import.meta.url));
  let clock = { offsetMs: 0 };
  /** The bare POST; resolves to when it was sent, on this process's clock. */
  const post = async (operationName: string) => {
    const { sent, ok } = await baseline.call('post', {
      url: `${sim.url}/api/v2/me/calls/${callId}`,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', Cookie: session.cookie, [session.csrfHeader]: session.csrfToken },
      body: JSON.stringify({ operationName }),
    });
    if (!ok) throw new Error('the baseline POST was refused');
    return sent - clock.offsetMs;
  };
  const backToListening = async () => {
    const reply = await app.page.evaluate(() => window.softphone.call.listenIn());
    if (!reply.ok) throw new Error(`back to listening failed: ${JSON.stringify(reply)}`);
    await tooltip('listening:');
  };

  const appMs: number[] = [];
  const baseMs: number[] = [];
  try {
    clock = await baseline.clockOffset();
    await tooltip('listening:');
    // One untimed POST first: undici opens its keep-alive connection, as the app's did at sign-in.
    const warm = nextBargeIn();
    await post('SwitchToBargeIn');
    await warm;
    await tooltip('barged in:');
    await backToListening();
    for (let i = 0; i < rounds; i++) {
      const byApp = nextBargeIn();
      const pressed = await app.app.evaluate((_electron, key) => globalThis.__bench.press(key), SHORTCUT);
      appMs.push((await byApp) - pressed);
      await tooltip('barged in:');
      await backToListening();

      const byBase = nextBargeIn();
      const sent = await post('SwitchToBargeIn');
      baseMs.push((await byBase) - sent);
      await tooltip('barged in:');
      await backToListening();
    }
  } finally {
    detach();
    await baseline.close();
  }
  const paired = pool.add({ app: appMs, base: baseMs });
  const p99 = percentile(paired.app, 99);
  const base99 = percentile(paired.base, 99);
  const judged = paired.app.length > appMs.length ? ` (judged on ${paired.app.length} rounds: this measurement's and the one before)` : '';
  log(
    `  barge-in over ${rounds} rounds each, ms from press (app) or fetch (bare): app p50 ${round2(percentile(paired.app, 50))} p99 ${round2(p99)}; bare p50 ${round2(percentile(paired.base, 50))} p99 ${round2(base99)}${judged}`,
  );
  return [
    ...figures(BARGE_POINT_GOALS, {
      barge_p50_ms: round2(percentile(paired.app, 50)),
      barge_p99_ms: round2(p99),
      barge_base_p99_ms: round2(base99),
    }),
    ratioFigure('barge_p99_ratio', paired, 99, BARGE_COMPARISON_GOALS.barge_p99_ratio[1]),
    addedFigure('barge_p99_added_ms', paired, 99, BARGE_COMPARISON_GOALS.barge_p99_added_ms[1]),
  ];
}
