// One job in a worker thread (node:worker_threads), for work that would hold main's event loop
// too long (the 10,000-user team reply: docs/architecture.md, "Team refresh off the main thread").
// A worker runs one job and ends: no idle thread or heap between jobs, and a crashed one takes
// nothing with it; the next job starts a new one.
import { Worker } from 'node:worker_threads';
import { serverText } from './gws/server-text';
import { fail, ok, type Result } from './result';

export interface WorkerJob {
  /** The worker's module: the .js electron-vite built beside main's bundle, or a .ts source (tests, bench). */
  entry: URL;
  /** Handed to the worker as workerData (structured clone). */
  data: unknown;
  /** Buffers in `data` moved to the worker rather than copied; unusable here afterwards. */
  transfer?: ArrayBuffer[];
  /** A worker that has not answered by then is stopped. */
  timeoutMs: number;
  /** The worker's heap, bounded so a reply that parses into too much fails alone instead of growing the app. */
  heapLimitMb: number;
}

let tsx: string | undefined;

/**
 * A TypeScript entry runs through tsx, as everything does outside the build (vitest, the bench);
 * tsx is a devDependency, so a built app never takes this branch: its entries are .js.
 */
function startWorker({ entry, data, transfer = [], heapLimitMb }: WorkerJob): Worker {
  // No execArgv of main's: a worker would rerun main's --import flags (tsx's loader, under the bench
  // and the tests) as it starts, which stalled main 40–75 ms a read; the worker needs none of them.
  const options = { workerData: data, transferList: transfer, execArgv: [], resourceLimits: { maxOldGenerationSizeMb: heapLimitMb } };
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, options);
  tsx ??= import.meta.resolve('tsx/esm/api');
  const source = `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(source, { ...options, eval: true });
}

/** The worker's one message, or why there was none, in words to follow "the worker …" ("stopped: …"). */
export function runWorker<T>(job: WorkerJob): Promise<Result<T, string>> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = startWorker(job);
    } catch (error) {
      resolve(fail(`could not start: ${serverText(String(error))}`));
      return;
    }
    const timer = setTimeout(() => settle(fail(`did not answer within ${job.timeoutMs / 1000} s`)), job.timeoutMs);
    let settled = false;
    function settle(result: Result<T, string>): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
      void worker.terminate();
    }
    worker.once('message', (message: T) => settle(ok(message)));
    worker.once('error', (error) => settle(fail(`stopped: ${serverText(error.message)}`)));
    worker.once('exit', (code) => settle(fail(`stopped (exit code ${code})`)));
  });
}
