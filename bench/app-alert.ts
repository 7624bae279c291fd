// Figure 1 (b, c): a monitored call's start, from the simulator publishing the supervisor's leg
// to the tray and the notification (main's adapter calls) and to the call card in the window's
// DOM, against a bare CometD client on the same session cookie and topic in the same run.
import type { Message } from 'cometd';
import type { Simulator } from '../sim/index';
import { NotificationListener } from '../sim/test-support/notifications';
import type { IdleClients } from './idle-clients';
import type { AppSession, LaunchedApp } from './app-launch';
import { now } from './clock';
import { percentile, round2 } from './stats';
import { addedFigure, figures, SamplePool, type Figure, type Goals } from './figure';

export interface AlertRun {
  sim: Simulator;
  app: LaunchedApp;
  session: AppSession;
  supervisorId: string;
  /** The monitored agent's userName (armed with ListenIn, AllCalls). */
  agent: string;
  /** The supervisor's CometD clients: the app's, and the baseline's once connected. */
  idle: IdleClients;
  calls: number;
  /** The first call's customer number (customerNumber): a second run must not repeat the first's, whose cards the page has timed already. */
  firstCustomer: number;
  /** Samples of an earlier measurement of this phase, judged together with this one's. */
  pool?: SamplePool;
  log: (line: string) => void;
}

const ALERT_POINT_GOALS = {
  alert_base_p99_ms: ['ms', '<= 100'],
  alert_tray_p99_ms: ['ms', '<= 100'],
  alert_notification_p99_ms: ['ms', '<= 100'],
  alert_render_p50_ms: ['ms', '<= 100'],
  alert_render_p95_ms: ['ms', '<= 100'],
  alert_render_p99_ms: ['ms', '<= 100'],
} as const satisfies Goals;

/** Against the bare client in the same rounds: with a bootstrap interval (bench/interval.ts). */
const ALERT_COMPARISON_GOALS = {
  alert_render_p99_added_ms: ['ms', '<= 16'],
} as const satisfies Goals;

export const ALERT_GOALS = { ...ALERT_POINT_GOALS, ...ALERT_COMPARISON_GOALS } as const satisfies Goals;

interface Sample {
  base: number;
  tray: number;
  notification: number;
  /** Main hands the view to the window (webContents.send): the rest, to dom, is the transfer and the window's work. */
  sent: number;
  dom: number;
}

const callIdOf = (data: unknown): string | undefined => (data as { call?: { id?: unknown } } | undefined)?.call?.id as string | undefined;

/** A customer number per call, so that each card, tooltip and notification names its own call. */
export const customerNumber = (i: number): string => `+1555${String(i).padStart(7, '0')}`;

export async function measureAlerts(run: AlertRun): Promise<Figure[]> {
  const { sim, app, session, supervisorId, agent, idle, calls, firstCustomer, pool = new SamplePool(), log } = run;
  const published = new Map<string, number>();
  const baseline = new Map<string, number>();
  const detach = sim.probe({
    notificationPublished(userId, channel, data) {
      const callId = callIdOf(data);
      if (userId === supervisorId && channel === '/v2/me/calls' && callId && !published.has(callId)) published.set(callId, now());
    },
  });
  const listener = await NotificationListener.connect(sim.url, session.cookie, '/v2/me/calls');
  let wakeBase: (() => void) | undefined;
  listener.cometd.addListener('/v2/me/calls', (m: Message) => {
    const callId = callIdOf(m.data);
    if (callId && !baseline.has(callId)) baseline.set(callId, now());
    wakeBase?.();
  });
  const untilBase = (callId: string) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the bare CometD client never heard of call ${callId}`)), 5000);
      wakeBase = () => {
        if (!baseline.has(callId)) return;
        clearTimeout(timer);
        resolve();
      };
      wakeBase();
    });

  const samples: Sample[] = [];
  try {
    const started = Date.now();
    for (let i = 1; i <= calls; i++) {
      const from = customerNumber(firstCustomer + i - 1);
      await idle.until(2); // the app's long-poll and the baseline's
      const { callId } = sim.scenario.ringAgent({ to: agent, from });
      sim.scenario.answer(callId);
      const [dom, main] = await Promise.all([
        app.page.evaluate((n) => window.__benchPage.card(n), from),
        app.app.evaluate(async (_electron, n) => {
          await globalThis.__bench.until(n);
          return globalThis.__bench.take();
        }, from),
        untilBase(callId),
      ]);
      const t0 = published.get(callId);
      const base = baseline.get(callId);
      const tray = main.find((c) => c.kind === 'tooltip' && c.text?.includes(from))?.at;
      const notification = main.find((c) => c.kind === 'notification' && c.text?.includes(from))?.at;
      const sent = main.find((c) => c.kind === 'view' && c.text === from)?.at ?? Number.NaN;
      if (t0 === undefined || base === undefined || tray === undefined || notification === undefined) {
        throw new Error(`call ${i}: a timestamp is missing (${JSON.stringify({ t0, base, tray, notification })})`);
      }
      samples.push({ base: base - t0, tray: tray - t0, notification: notification - t0, sent: sent - t0, dom: dom - t0 });
      sim.scenario.release(callId);
      await app.page.evaluate(() => window.__benchPage.noCard());
      if (i % 250 === 0) log(`  alerts: ${i} of ${calls} calls (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
  } finally {
    detach();
    await listener.close();
  }

  const KEYS = ['base', 'tray', 'notification', 'sent', 'dom'] as const;
  const all = pool.add(Object.fromEntries(KEYS.map((key) => [key, samples.map((s) => s[key])])) as Record<keyof Sample, number[]>);
  const p = (key: keyof Sample, q: number) => round2(percentile(all[key], q));
  log(`  alerts over ${all.dom.length} calls, ms after the simulator published (p50 / p95 / p99):`);
  for (const key of KEYS) log(`    ${key.padEnd(12)} ${p(key, 50)} / ${p(key, 95)} / ${p(key, 99)}`);
  return [
    ...figures(ALERT_POINT_GOALS, {
      alert_base_p99_ms: p('base', 99),
      alert_tray_p99_ms: p('tray', 99),
      alert_notification_p99_ms: p('notification', 99),
      alert_render_p50_ms: p('dom', 50),
      alert_render_p95_ms: p('dom', 95),
      alert_render_p99_ms: p('dom', 99),
    }),
    addedFigure('alert_render_p99_added_ms', { app: all.dom, base: all.base }, 99, ALERT_COMPARISON_GOALS.alert_render_p99_added_ms[1]),
  ];
}
