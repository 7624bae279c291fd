// What bench/app.ts installs in the app's window (page.evaluate(installPageProbe)): it watches
// the DOM and the browser's own performance entries, and timestamps on the wall clock shared by
// every process on this machine (performance.timeOrigin + performance.now()). The function is
// serialised into the page, so it uses nothing from outside its body.
import type { TeamMemberView } from '../common/supervisor-view';

export interface PageProbe {
  /** Resolves with when the call card first showed `customer` (it may already have). */
  card(customer: string, timeoutMs?: number): Promise<number>;
  /** Resolves once no call card is shown, with when it went. */
  noCard(timeoutMs?: number): Promise<number>;
  /** When the first view with at least `agents` team members arrived, and the end of the frame that showed them. */
  team(agents: number, timeoutMs?: number): Promise<{ arrived: number; rendered: number }>;
  /** Resolves with the keystroke latencies measured so far, once there are at least `count`. */
  keystrokes(count: number, timeoutMs?: number): Promise<Array<{ work: number; frame: number }>>;
  /** Long tasks (over 50 ms) that started from `since` to before `until` (wall-clock times). */
  longTasks(since: number, until: number): Array<{ at: number; durationMs: number }>;
  /** The JavaScript heap in use, from performance.memory (precise with the app-hooks switch). */
  heapUsed(): number | null;
}

declare global {
  interface Window {
    __benchPage: PageProbe;
  }
}

export function installPageProbe(): void {
  const now = () => performance.timeOrigin + performance.now();
  const cards = new Map<string, number>();
  let shown: string | null = null;
  let cardGoneAt = now();
  let waiters: Array<() => boolean> = [];
  const wake = () => (waiters = waiters.filter((done) => !done()));
  /** A promise settled by `check` (re-run on every DOM change) returning a value, or a timeout. */
  function until<T>(check: () => T | undefined, what: string, timeoutMs: number): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters = waiters.filter((w) => w !== done);
        reject(new Error(`the window did not show ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      const done = () => {
        const value = check();
        if (value === undefined) return false;
        clearTimeout(timer);
        resolve(value);
        return true;
      };
      if (!done()) waiters.push(done);
    });
  }

  /** `then(at)` once the frame after now is done: the rendering step (rAF), then a task posted from it. */
  const afterFrame = (then: (at: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        then(now());
        wake();
      };
      channel.port2.postMessage(null);
    });

  const team = { agents: Infinity, arrived: 0, members: 0, shown: false, rendered: 0 };
  // Listening only until the team arrives: each listener costs the window a copy of each team.
  const stopListening = window.softphone.on('team', (members: TeamMemberView[]) => {
    if (members.length < team.agents) return;
    team.arrived = now();
    team.members = members.length;
    stopListening();
  });

  // The DOM is checked on each batch of mutations: a microtask after the app changed it, before
  // the frame is painted.
  new MutationObserver(() => {
    const at = now();
    const customer = document.querySelector('[data-testid="monitored-call"] [data-testid="call-customer"]')?.textContent ?? null;
    if (customer !== shown) {
      shown = customer;
      if (customer === null) cardGoneAt = at;
      else if (!cards.has(customer)) cards.set(customer, at);
    }
    if (team.arrived && !team.shown && document.querySelector('[data-testid="team-row"]')) {
      const count = document.querySelector('[data-testid="team-count"]')?.textContent ?? '';
      if (count.startsWith(`${team.members} agents`)) {
        team.shown = true;
        afterFrame((frame) => (team.rendered = frame));
      }
    }
    wake();
  }).observe(document.body, { subtree: true, childList: true, characterData: true });

  // A keystroke in the team search box: `work` from the key event until the app has updated the
  // DOM and the browser has laid it out (a microtask queued after the app's own, then a forced
  // layout), what has to fit in a frame; `frame` on to the end of the next frame, which adds the
  // wait for the display's next refresh.
  const keys: Array<{ work: number; frame: number }> = [];
  let keyDown = 0;
  document.addEventListener('keydown', (e) => (keyDown = performance.timeOrigin + e.timeStamp), true);
  document.addEventListener('input', (e) => {
    if ((e.target as Element | null)?.id !== 'team-search') return;
    const from = keyDown;
    queueMicrotask(() => {
      void document.getElementById('team-list')?.getBoundingClientRect();
      const work = now() - from;
      afterFrame((frame) => keys.push({ work, frame: frame - from }));
    });
  });

  const longTasks: Array<{ at: number; durationMs: number }> = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ at: performance.timeOrigin + e.startTime, durationMs: e.duration });
  }).observe({ type: 'longtask', buffered: true });

  window.__benchPage = {
    card: (customer, timeoutMs = 5000) => until(() => cards.get(customer), `the call card of ${customer}`, timeoutMs),
    noCard: (timeoutMs = 5000) => until(() => (shown === null ? cardGoneAt : undefined), 'no call card', timeoutMs),
    team(agents, timeoutMs = 20_000) {
      team.agents = agents;
      return until(() => (team.rendered ? { arrived: team.arrived, rendered: team.rendered } : undefined), `${agents} agents`, timeoutMs);
    },
    keystrokes: (count, timeoutMs = 5000) => until(() => (keys.length >= count ? [...keys] : undefined), `${count} keystrokes`, timeoutMs),
    longTasks: (since, until) => longTasks.filter((t) => t.at >= since && t.at < until),
    heapUsed: () => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null,
  };
}
