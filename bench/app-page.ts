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
  /** The team that team() saw arrive. */
  teamMembers(): TeamMemberView[];
  /** What the next keystroke in the search box must show: its query, and the agents (userName) that match it. */
  expectFilter(query: string, userNames: string[]): void;
  /** Resolves with the keystrokes measured so far, once there are at least `count` (NaN: the list never showed the result). */
  keystrokes(count: number, timeoutMs?: number): Promise<Keystroke[]>;
  /** Long tasks (over 50 ms) that started from `since` to before `until` (wall-clock times). */
  longTasks(since: number, until: number): Array<{ at: number; durationMs: number }>;
  /** The JavaScript heap in use, from performance.memory (precise with the app-hooks switch). */
  heapUsed(): number | null;
}

export interface Keystroke {
  query: string;
  work: number;
  frame: number;
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

  const team = { agents: Infinity, arrived: 0, members: [] as TeamMemberView[], shown: false, rendered: 0 };
  // Listening only until the team arrives: each listener costs the window a copy of each team.
  const stopListening = window.softphone.on('team', (members: TeamMemberView[]) => {
    if (members.length < team.agents) return;
    team.arrived = now();
    team.members = members;
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
      if (count.startsWith(`${team.members.length} agents`)) {
        team.shown = true;
        afterFrame((frame) => (team.rendered = frame));
      }
    }
    wake();
  }).observe(document.body, { subtree: true, childList: true, characterData: true });

  // A keystroke in the team search box: `work` from the key event until the DOM shows the
  // filtered list for the query (the count, and only matching rows) and the browser has laid it
  // out, what has to fit in a frame; `frame` on to the end of the next frame, which adds the
  // wait for the display's next refresh. Checked first a microtask after the app's own update;
  // a filter the app deferred is waited for on each DOM change, so it is timed when it shows.
  const keys: Keystroke[] = [];
  let expected: { query: string; userNames: Set<string> } | undefined;
  const showsExpected = (want: { query: string; userNames: Set<string> }) => {
    const count = Number.parseInt(document.querySelector('[data-testid="team-count"]')?.textContent ?? '', 10);
    const rows = [...document.querySelectorAll<HTMLElement>('#team-list [data-testid="team-row"]')];
    return count === want.userNames.size && (rows.length > 0 || count === 0) && rows.every((r) => want.userNames.has(r.dataset.user ?? ''));
  };
  let keyDown = 0;
  document.addEventListener('keydown', (e) => (keyDown = performance.timeOrigin + e.timeStamp), true);
  document.addEventListener('input', (e) => {
    const box = e.target as HTMLInputElement | null;
    if (box?.id !== 'team-search') return;
    const from = keyDown;
    const query = box.value;
    const want = expected;
    expected = undefined;
    const missed = () => {
      keys.push({ query, work: Number.NaN, frame: Number.NaN });
      wake();
    };
    // The bench names each keystroke's result beforehand (expectFilter); without that, or for
    // another query than the box holds, nothing can be checked and the key counts as missed.
    if (!want || want.query !== query) return missed();
    queueMicrotask(() => {
      const shown = () => {
        if (!showsExpected(want)) return undefined;
        void document.getElementById('team-list')?.getBoundingClientRect();
        return now() - from;
      };
      until(shown, `the filtered list for “${want.query}”`, 2000).then(
        (work) => afterFrame((frame) => keys.push({ query, work, frame: frame - from })),
        missed,
      );
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
    teamMembers: () => team.members,
    expectFilter: (query, userNames) => (expected = { query, userNames: new Set(userNames) }),
    keystrokes: (count, timeoutMs = 5000) => until(() => (keys.length >= count ? [...keys] : undefined), `${count} keystrokes`, timeoutMs),
    longTasks: (since, until) => longTasks.filter((t) => t.at >= since && t.at < until),
    heapUsed: () => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null,
  };
}
