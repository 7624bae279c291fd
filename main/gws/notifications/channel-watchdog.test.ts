// "Connected" (or "reconnecting") and deaf is the worst a supervisor can get: no alert, no
// warning. Replies that make CometD lose track of its long poll must not leave the channel so:
// either they count as failures at once, or the long-poll watchdog notices that no /meta/connect
// reply came within the long-poll timeout + maxNetworkDelay + a margin, and handshakes again.
// Real CometD, the real channel and a scripted Bayeux server over HTTP; only time is virtual.
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../test-support/no-unhandled-rejections';
import {
  GOOD_ADVICE as ADVICE,
  scriptedBayeux,
  startChannel,
  type BayeuxMessage,
  type BayeuxScript,
  type ChannelUnderTest,
  type ScriptedBayeux,
} from '../test-support/scripted-bayeux';
import { VirtualClock } from '../../../test-support/virtual-clock';

/** The watchdog's bound for that advice: 30 s long poll + 15 s maxNetworkDelay + 5 s margin. */
const WATCHDOG_MS = 50_000;

let bayeux: ScriptedBayeux | undefined;
let tested: ChannelUnderTest | undefined;
afterEach(async () => {
  await tested?.close();
  await bayeux?.server.close();
});

/** The scripted server, and the channel on it with its timers on a virtual clock. */
async function start(script: BayeuxScript, clock: VirtualClock): Promise<{ log: ScriptedBayeux; events: string[] }> {
  const log = await scriptedBayeux(script);
  bayeux = log;
  tested = await startChannel(log.server, { clock, random: () => 0 });
  return { log, events: tested.events };
}

/** Lets virtual time run, half a second per real turn, until `condition` holds or `virtualMs` has passed. */
async function runUntil(clock: VirtualClock, condition: () => boolean, virtualMs: number): Promise<boolean> {
  const end = clock.now() + virtualMs;
  while (!condition() && clock.now() < end) {
    clock.advance(500);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return condition();
}

const lastKind = (events: string[]) => events.filter((e) => e !== 'subscribed' && e !== 'resumed').at(-1);

it('a handshake reply that announces messages it never sends (CometD then never polls): the watchdog handshakes again, connected and subscribed', async () => {
  // 2: the server forgot the client; its 2nd handshake reply says 3 messages come with it, so
  // CometD waits for them before its first /meta/connect, for ever.
  const clock = new VirtualClock();
  const { log, events } = await start(
    {
      handshake: (n) => (n === 2 ? { 'x-messages': 3 } : undefined),
      connect: (n, m) =>
        n === 2
          ? [{ id: m.id, channel: m.channel, successful: false, error: '402::Unknown client', advice: { reconnect: 'handshake', interval: 0 } }]
          : n >= 4
            ? 'hold'
            : undefined,
    },
    clock,
  );

  expect(await runUntil(clock, () => log.handshakes === 2, 10_000)).toBe(true);
  const stalledAt = clock.now();
  // Nothing happens for as long as CometD could legitimately wait; then the watchdog steps in.
  expect(await runUntil(clock, () => log.handshakes === 3, WATCHDOG_MS - 5000)).toBe(false);
  expect(lastKind(events)).toBe('reconnecting');
  expect(await runUntil(clock, () => log.handshakes === 3 && lastKind(events) === 'connected' && log.connects >= 4, 20_000)).toBe(true);
  expect(clock.now() - stalledAt).toBeLessThan(WATCHDOG_MS + 10_000);
  // The third handshake's subscriptions are confirmed: the session resyncs on that.
  expect(await runUntil(clock, () => events.filter((e) => e === 'subscribed').length === 3, 5000)).toBe(true);
});

it.each([
  // CometD matches a connect reply by its id and silently ignores one without it.
  ['a /meta/connect reply without its id', (m: BayeuxMessage) => [{ channel: m.channel, successful: true, advice: ADVICE }]],
  // An advice CometD does not know throws inside it, after it took the reply, before it polls again.
  [
    'a /meta/connect reply with a reconnect advice CometD does not know',
    (m: BayeuxMessage) => [{ id: m.id, channel: m.channel, successful: true, advice: { ...ADVICE, reconnect: 'Released' } }],
  ],
])('%s: the channel polls again and stays connected, well before the watchdog is needed', async (_label, spoiled) => {
  const clock = new VirtualClock();
  const { log, events } = await start({ connect: (n, m) => (n === 2 ? spoiled(m) : n >= 4 ? 'hold' : undefined) }, clock);

  expect(await runUntil(clock, () => log.connects >= 4, 10_000)).toBe(true);
  expect(log.handshakes).toBe(1);
  expect(lastKind(events)).toBe('connected');
});

it.each([
  // CometD answers a successful connect advising 'none' by disconnecting itself, after the channel said "connected".
  ['a successful /meta/connect reply', (m: BayeuxMessage) => [{ id: m.id, channel: m.channel, successful: true, advice: { ...ADVICE, reconnect: 'none' } }]],
  // A failed one advising 'none': CometD stops retrying, the channel saying "reconnecting".
  [
    'a failed /meta/connect reply',
    (m: BayeuxMessage) => [{ id: m.id, channel: m.channel, successful: false, error: '500::server error', advice: { reconnect: 'none' } }],
  ],
])(
  '%s advising reconnect "none", which the app never asked for: the connection counts as lost and handshakes again, connected and subscribed',
  async (_label, spoiled) => {
    const clock = new VirtualClock();
    const { log, events } = await start({ connect: (n, m) => (n === 2 ? spoiled(m) : n >= 4 ? 'hold' : undefined) }, clock);

    expect(await runUntil(clock, () => log.handshakes === 2 && lastKind(events) === 'connected' && log.connects >= 4, 10_000)).toBe(true);
    expect(events).toContain('reconnecting');
    expect(await runUntil(clock, () => events.filter((e) => e === 'subscribed').length === 2, 5000)).toBe(true);
  },
);

it('a successful handshake reply advising reconnect "none": handshakes again rather than wait unconnected for ever', async () => {
  const clock = new VirtualClock();
  const { log, events } = await start(
    { handshake: (n) => (n === 1 ? { advice: { reconnect: 'none' } } : undefined), connect: (n) => (n >= 2 ? 'hold' : undefined) },
    clock,
  );

  expect(await runUntil(clock, () => log.handshakes === 2 && lastKind(events) === 'connected' && log.connects >= 2, 10_000)).toBe(true);
});

it('subscriptions refused, then the channel stopped: their next try is called off with everything else, nothing of the stopped channel left to run', async () => {
  const clock = new VirtualClock();
  const { log } = await start({ subscribe: () => ({ successful: false, error: '500::busy' }), connect: (n) => (n >= 2 ? 'hold' : undefined) }, clock);
  // Tried again at least once: a next try is waiting, or on its way.
  expect(await runUntil(clock, () => log.subscribes >= 4 && log.connects >= 2, 5000)).toBe(true);

  await tested?.channel.stop();

  // Waited for in real time (advancing the clock would run what is left): the last reply may still be on its way.
  await vi.waitFor(() => expect(clock.pending).toBe(0), { timeout: 2000, interval: 20 });
});

// The incoming extension cleans up advice that would stop CometD, and logs a preview of what it
// dropped. A preview that throws (JSON.stringify of nesting deeper than the stack) made CometD
// skip the rest of the extension: the insane advice reached it and it went deaf.
describe('security 15.8 safe log previews', () => {
  const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
  it.each([
    [
      'a reconnect advice nested 20,000 deep',
      (id: string) => `[{"id":"${id}","channel":"/meta/connect","successful":true,"advice":{"reconnect":${nested(20_000)},"interval":0,"timeout":30000}}]`,
    ],
    ['advice that is an array nested 20,000 deep', (id: string) => `[{"id":"${id}","channel":"/meta/connect","successful":true,"advice":${nested(20_000)}}]`],
  ])('%s: dropped, and the channel polls again and stays connected well before the watchdog is needed', async (_label, reply) => {
    const clock = new VirtualClock();
    const { log, events } = await start({ connect: (n, m) => (n === 2 ? { raw: reply(m.id) } : n >= 4 ? 'hold' : undefined) }, clock);

    expect(await runUntil(clock, () => log.connects >= 4, 10_000)).toBe(true);
    expect(log.handshakes).toBe(1);
    expect(lastKind(events)).toBe('connected');
  });
});
