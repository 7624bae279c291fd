// The core's sections, each in a fresh process of its own (the simulator and the baseline in
// further ones): the core installs its CometD shim (a global `window` with its XMLHttpRequest,
// main/gws/notifications/cometd-runtime.ts) and keeps its memory, and neither must reach
// another section, nor the app section's bare clients in run.ts's process.
import { measureAlert, type AlertOptions } from './alert';
import { measureAlertRules, type AlertRulesOptions } from './alert-rules';
import { Child, serve } from './child';
import { measureAgainIfInconclusive, roundsAgain, type Figure } from './figure';
import { measureReconnect, type ReconnectOptions } from './reconnect';
import { measureRedaction, type RedactOptions } from './redact';
import { measureTeamRefresh, type RefreshOptions } from './refresh';
import { measureScale, type ScaleOptions } from './scale';
import { measureStartup, type StartupOptions } from './startup';

const log = (line: string) => console.log(line);

const handlers = {
  alert: (options: Omit<AlertOptions, 'log' | 'pool'>) =>
    measureAgainIfInconclusive(
      'alert',
      (pool, again) => measureAlert({ ...options, calls: again ? roundsAgain(options.calls) : options.calls, pool, log }),
      log,
    ),
  scale: (options: Omit<ScaleOptions, 'log'>) => measureScale({ ...options, log }),
  reconnect: (options: Omit<ReconnectOptions, 'log'>) => measureReconnect({ ...options, log }),
  redact: (options: Omit<RedactOptions, 'log'>) => measureRedaction({ ...options, log }),
  refresh: (options: Omit<RefreshOptions, 'log'>) => measureTeamRefresh({ ...options, log }),
  startup: (options: Omit<StartupOptions, 'log'>) => measureStartup({ ...options, log }),
  'alert-rules': (options: Omit<AlertRulesOptions, 'log'>) => measureAlertRules({ ...options, log }),
};

type CoreHost = typeof handlers;

/** Runs one section in a new process and returns its figures; its log lines print as they come. */
export async function inOwnProcess<V extends keyof CoreHost>(section: V, options: Parameters<CoreHost[V]>[0]): Promise<Figure[]> {
  // A whole section is one call: the full alert run's 3,000 calls take minutes on a busy machine.
  const child = Child.start<CoreHost>(section, new URL(import.meta.url), 30 * 60_000);
  try {
    return await (child.call as (verb: V, args: typeof options) => Promise<Figure[]>)(section, options);
  } finally {
    await child.close();
  }
}

if (process.send) serve(handlers);
