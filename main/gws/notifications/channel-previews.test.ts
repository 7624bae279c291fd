// The channel's incoming extension cleans up advice that would stop CometD, and logs a preview of
// what it dropped. A preview that throws (JSON.stringify of nesting deeper than the stack) made
// CometD skip the rest of the extension: the insane advice reached it and it went deaf.
// Real CometD, the real channel and a scripted Bayeux server over HTTP; only time is virtual.
import { afterEach, describe, expect, it } from 'vitest';
import '../../test-support/no-unhandled-rejections';
import { scriptedBayeux, startChannel, type ChannelUnderTest, type ScriptedBayeux } from '../../test-support/scripted-bayeux';
import { VirtualClock } from '../../test-support/virtual-clock';

let bayeux: ScriptedBayeux | undefined;
let tested: ChannelUnderTest | undefined;
afterEach(async () => {
  await tested?.close();
  await bayeux?.server.close();
});

/** Lets virtual time run, half a second per real turn, until `condition` holds or `virtualMs` has passed. */
async function runUntil(clock: VirtualClock, condition: () => boolean, virtualMs: number): Promise<boolean> {
  const end = clock.now() + virtualMs;
  while (!condition() && clock.now() < end) {
    clock.advance(500);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return condition();
}

const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

describe('security 15.8 safe log previews', () => {
  it.each([
    ['a reconnect advice nested 20,000 deep', (id: string) => `[{"id":"${id}","channel":"/meta/connect","successful":true,"advice":{"reconnect":${nested(20_000)},"interval":0,"timeout":30000}}]`],
    ['advice that is an array nested 20,000 deep', (id: string) => `[{"id":"${id}","channel":"/meta/connect","successful":true,"advice":${nested(20_000)}}]`],
  ])('%s: dropped, and the channel polls again and stays connected well before the watchdog is needed', async (_label, reply) => {
    const clock = new VirtualClock();
    bayeux = await scriptedBayeux({ connect: (n, m) => (n === 2 ? { raw: reply(m.id) } : n >= 4 ? 'hold' : undefined) });
    const log = bayeux;
    tested = await startChannel(log.server, { clock, random: () => 0 });
    const { events } = tested;

    expect(await runUntil(clock, () => log.connects >= 4, 10_000)).toBe(true);
    expect(log.handshakes).toBe(1);
    expect(events.filter((e) => e !== 'subscribed' && e !== 'resumed').at(-1)).toBe('connected');
  });
});
