// A control for the event-loop lag figure: a Node process that does nothing but measure its own
// event-loop delay, at the same time and resolution as the app's. Its lag is the machine's
// (other processes taking the cores), not the app's.
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { serve } from './child';

let histogram: IntervalHistogram | undefined;

const handlers = {
  start({ resolutionMs }: { resolutionMs: number }) {
    histogram = monitorEventLoopDelay({ resolution: resolutionMs });
    histogram.enable();
  },
  /** p50, p99 and max of the delay beyond the timer's interval, in ms. */
  stop({ resolutionMs }: { resolutionMs: number }) {
    if (!histogram) throw new Error('not started');
    histogram.disable();
    const lag = (ns: number) => Math.max(0, ns / 1e6 - resolutionMs);
    return { p50: lag(histogram.percentile(50)), p99: lag(histogram.percentile(99)), max: lag(histogram.max) };
  },
};

export type IdleHost = typeof handlers;
serve(handlers);
