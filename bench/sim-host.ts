// The simulator in its own process (bench/child.ts), with a probe that timestamps the moment it
// publishes the supervisor's monitored call (t0 of the alert figure) and tells when every CometD
// client of the supervisor is idle again, plus the call traffic the scale figure needs.
import { startSimulator, type Simulator } from '../sim/index';
import { seedWithAgents } from '../sim/test-support/seed-with-agents';
import { serve } from './child';
import { now } from './clock';
import { IdleClients } from './idle-clients';

interface CallData {
  call?: { id?: string; state?: string; monitoring?: boolean };
}

let sim: Simulator | undefined;
let supervisorId = '';
/** The supervisor's session cookie, as the app sent it (the baseline handshakes with it). */
let sessionCookie: string | undefined;
/** When the supervisor's leg of each monitored call was published, Established: alert t0. */
const published = new Map<string, number>();
/** Every message published to the supervisor so far, on any topic. */
let toSupervisor = 0;
/** The supervisor's CometD clients with a /meta/connect held since the last message to them. */
let idle: IdleClients | undefined;
/**
 * The supervisor's requests since the last count: REST by method and path (ids and queries left
 * out), and long polls, /meta/connect held open (the probe sees CometD only there, and at 50
 * messages a second nearly every connect finds nothing waiting and is held).
 */
let requests = { rest: new Map<string, number>(), longPolls: 0 };
/** Since the last dropAndCall: when the app's resync read (GET /api/v2/me?subresources=*) arrived. */
let resync: { watching: boolean; at?: number } = { watching: false };

const simulator = (): Simulator => {
  if (!sim) throw new Error('the simulator has not started');
  return sim;
};

/** An inbound call to `to`, answered: the supervisor monitoring `to` gets a leg of it. */
function talk(to: string): string {
  const { callId } = simulator().scenario.ringAgent({ to, from: '+14155550100' });
  simulator().scenario.answer(callId);
  return callId;
}

const handlers = {
  async start({ agents }: { agents?: number }) {
    sim = await startSimulator(agents ? { seed: seedWithAgents(agents) } : {});
    const supervisor = sim.seed.users.find((u) => u.userName === 'supervisor1');
    if (!supervisor) throw new Error('no supervisor1 in the seed');
    supervisorId = supervisor.id;
    sim.probe({
      connectHeld: (userId) => {
        if (userId === supervisorId) requests.longPolls++;
      },
      requestReceived: ({ method, path, body, headers }) => {
        // The bench's only REST client in a core section is the core, signed in as the supervisor.
        const key = `${method} ${path.split('?')[0]!.replace(/\/[0-9a-f-]{8,}(?=\/|$)/gi, '/{id}')}`;
        requests.rest.set(key, (requests.rest.get(key) ?? 0) + 1);
        if (resync.watching && resync.at === undefined && method === 'GET' && path.startsWith('/api/v2/me?')) resync.at = now();
        if ((body as { operationName?: string } | undefined)?.operationName !== 'StartContactCenterSession') return;
        sessionCookie = headers.cookie?.split(/;\s*/).find((c) => c.startsWith('JSESSIONID='));
      },
      notificationPublished: (userId, channel, data) => {
        if (userId !== supervisorId) return;
        toSupervisor++;
        const call = (data as CallData).call;
        if (channel === '/v2/me/calls' && call?.id && call.monitoring && call.state === 'Established' && !published.has(call.id)) {
          published.set(call.id, now());
        }
      },
    });
    idle = new IdleClients(sim, supervisorId);
    return { url: sim.url, supervisorId, password: supervisor.password };
  },

  cookie() {
    if (!sessionCookie) throw new Error('the app has not started its contact center session yet');
    return sessionCookie;
  },

  /** Rings `to` and replies; the answer (the publish) follows, so this reply is not in the way. */
  call({ to }: { to: string }) {
    const { callId } = simulator().scenario.ringAgent({ to, from: '+14155550100' });
    setImmediate(() => simulator().scenario.answer(callId));
    return { callId };
  },

  release({ callId }: { callId: string }) {
    simulator().scenario.release(callId);
  },

  /** Resolves once `clients` CometD clients of the supervisor hold a /meta/connect. */
  idle({ clients }: { clients: number }) {
    if (!idle) throw new Error('the simulator has not started');
    return idle.until(clients, 10_000);
  },

  /** How many messages the supervisor has been sent so far. */
  sentToSupervisor() {
    return toSupervisor;
  },

  /** The supervisor's requests since the last call (REST by method and path, long polls), then starts counting again. */
  requests() {
    const counted = { rest: Object.fromEntries(requests.rest), longPolls: requests.longPolls };
    requests = { rest: new Map(), longPolls: 0 };
    return counted;
  },

  /**
   * The CometD server forgets every client (the fault dropNotifications), and in the same turn a
   * monitored call on `to` starts and is answered: its notifications reach no client, so the app
   * can learn of it only by reading its state again once it has re-handshaken.
   */
  dropAndCall({ to }: { to: string }) {
    resync = { watching: true };
    simulator().scenario.applyFaults({ dropNotifications: true });
    return { callId: talk(to) };
  },

  /** When the first resync read since dropAndCall arrived (undefined if none yet). */
  resyncRead() {
    return resync.at;
  },

  /** Each call's t0, then forgets them. */
  published() {
    const entries = [...published];
    published.clear();
    return entries;
  },

  /**
   * Monitored calls on `to` for durationMs: every 1000/eventsPerSecond ms the call starts (the
   * supervisor gets its Established leg) or ends (its Released), so eventsPerSecond in all.
   */
  traffic({ to, eventsPerSecond, durationMs }: { to: string; eventsPerSecond: number; durationMs: number }) {
    const periodMs = 1000 / eventsPerSecond;
    const started = performance.now();
    let calls = 0;
    let current: string | undefined;
    return new Promise<{ calls: number }>((resolve) => {
      // Each event at its own time from the start, so a late timer does not slow the rate.
      const step = (n: number) => {
        if (current) {
          simulator().scenario.release(current);
          current = undefined;
        } else if (n * periodMs < durationMs) {
          current = talk(to);
          calls++;
        } else {
          resolve({ calls });
          return;
        }
        setTimeout(() => step(n + 1), Math.max(0, started + (n + 1) * periodMs - performance.now()));
      };
      step(0);
    });
  },

  /** `calls` monitored calls on `to`, started and ended at once: as fast as the simulator goes. */
  burst({ to, calls }: { to: string; calls: number }) {
    for (let i = 0; i < calls; i++) simulator().scenario.release(talk(to));
  },

  async close() {
    await sim?.close();
  },
};

export type SimHost = typeof handlers;
serve(handlers);
