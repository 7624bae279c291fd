// "Connected again" has two ways back, and each must tell the session to read the state again:
// a new handshake ('subscribed') or, when the server kept the client, a /meta/connect that
// succeeds after a failed one ('resumed'): whatever GWS published meanwhile went to the broken
// long-poll. Proved with real CometD and the real channel against a scripted Bayeux server, so
// each /meta/connect can be failed exactly once.
import { afterEach, expect, it } from 'vitest';
import '../../../test-support/no-unhandled-rejections';
import { nextEvent, until } from '../../../test-support/events';
import { scriptedBayeux, startChannel, type ChannelUnderTest, type ScriptedBayeux } from '../test-support/scripted-bayeux';

let bayeux: ScriptedBayeux | undefined;
let tested: ChannelUnderTest | undefined;
afterEach(async () => {
  await tested?.close();
  await bayeux?.server.close();
});

/** How the server answers the nth /meta/connect (1-based) of the whole run. */
type ConnectReply = 'ok' | 'http-500' | 'unknown-client' | 'hold';

/** Handshakes and subscriptions succeed; each /meta/connect is answered per script. */
async function start(script: (n: number) => ConnectReply): Promise<{ log: ScriptedBayeux; channel: ChannelUnderTest['channel']; events: string[] }> {
  const log = await scriptedBayeux({
    connect: (n, m) => {
      const reply = script(n);
      if (reply === 'unknown-client')
        return [{ id: m.id, channel: m.channel, successful: false, error: '402::Unknown client', advice: { reconnect: 'handshake', interval: 0 } }];
      return reply === 'ok' ? undefined : reply;
    },
  });
  bayeux = log;
  tested = await startChannel(log.server);
  return { log, ...tested };
}

const count = (events: string[], kind: string) => events.filter((e) => e === kind).length;

it('a /meta/connect that succeeds after a failed one, on the same client, is announced as resumed', async () => {
  // 1: connected after the handshake; 2: the long-poll breaks; 3: the retry gets through; then held.
  const { log, channel, events } = await start((n) => (n === 1 ? 'ok' : n === 2 ? 'http-500' : n === 3 ? 'ok' : 'hold'));

  await nextEvent(channel, 'resumed');

  expect(log.handshakes).toBe(1);
  // The subscribe replies and the first /meta/connect reply may come in either order.
  expect(events.filter((e) => e !== 'subscribed')).toEqual(['connecting', 'connected', 'reconnecting', 'connected', 'resumed']);
  expect(count(events, 'subscribed')).toBe(1);
});

it('a reconnect through a new handshake is announced as subscribed only, never also as resumed', async () => {
  // 2: the server forgot the client (402): CometD handshakes again and subscribes again.
  const { log, channel, events } = await start((n) => (n === 1 || n === 3 ? 'ok' : n === 2 ? 'unknown-client' : 'hold'));

  await nextEvent(channel, 'subscribed', () => log.handshakes === 2);
  // The /meta/connect after the second handshake is the held one: nothing more can come.
  await until(() => log.connects === 4, 'the long-poll after the second handshake');

  expect(events.filter((e) => e !== 'subscribed')).toEqual(['connecting', 'connected', 'reconnecting', 'connected']);
  expect(count(events, 'subscribed')).toBe(2);
});
