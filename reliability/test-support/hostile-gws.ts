// A hostile GWS on 127.0.0.1: a front for the simulator that, while hostile, answers REST calls
// and CometD's long polls (POST /api/v2/notifications) with seeded random and malformed replies,
// and otherwise passes the simulator's replies through. Every reply it makes up is counted by
// kind, and each message it delivers on the user's topics is counted, so a test can check that
// each was ignored (and logged) or taken.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { startTestServer, type TestServer } from '../../test-support/http-server';
import { seededRandom, type Random } from '../../test-support/seeded-random';

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

/** A reply made up: written whole, dripped slowly, or not at all (the connection reset). */
export type HostileReply =
  { kind: string; status: number; headers: Record<string, string>; body: string | Buffer; dripMs?: number } | { kind: 'reset' } | { kind: 'stall' };

const weird: unknown[] = [
  null,
  true,
  0,
  -1,
  1e308,
  -0,
  '',
  'x',
  [],
  {},
  [null],
  { id: {} },
  '\u0000',
  'Released',
  Number.MAX_SAFE_INTEGER + 2,
  { __proto__: null },
];

/** A copy of a JSON value with a few leaves changed: wrong types, fields gone, fields too many. */
export function mutateJson(random: Random, value: unknown, changes = 1 + Math.floor(random() * 3)): unknown {
  let out = structuredClone(value);
  for (let n = 0; n < changes; n++) {
    const spots: { parent: Record<string, unknown> | unknown[]; key: string }[] = [];
    const walk = (v: unknown) => {
      if (v === null || typeof v !== 'object') return;
      for (const key of Object.keys(v)) {
        spots.push({ parent: v as Record<string, unknown>, key });
        walk((v as Record<string, unknown>)[key]);
      }
    };
    walk(out);
    const spot = spots.length > 0 ? pick(random, spots) : undefined;
    if (!spot) {
      out = structuredClone(pick(random, weird));
      continue;
    }
    const parent = spot.parent as Record<string, unknown>;
    const roll = random();
    if (roll < 0.5) parent[spot.key] = structuredClone(pick(random, weird));
    else if (roll < 0.7) delete parent[spot.key];
    else if (roll < 0.8) parent[spot.key] = [parent[spot.key]];
    else if (roll < 0.9) parent[spot.key] = JSON.stringify(parent[spot.key]) ?? null;
    else
      Object.defineProperty(parent, pick(random, ['__proto__', 'constructor', 'toString', 'extra']), {
        value: structuredClone(pick(random, weird)),
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return out;
}

const jsonReply = (kind: string, body: unknown, status = 200, contentType = 'application/json'): HostileReply => ({
  kind,
  status,
  headers: { 'Content-Type': contentType },
  body: JSON.stringify(body) ?? '',
});

/** A made-up REST reply; `upstream` is the simulator's own, when there is one, to mutate. */
export function hostileRestReply(random: Random, upstream: string | null): HostileReply {
  const parsed = upstream ? (JSON.parse(upstream) as unknown) : { statusCode: 0, user: { id: 'u1', userName: 'supervisor1' } };
  const text = JSON.stringify(parsed);
  switch (Math.floor(random() * 13)) {
    case 0:
      return { kind: 'html', status: 200, headers: { 'Content-Type': 'text/html' }, body: '<html><body>Login</body></html>' };
    case 1:
      return { kind: 'truncated-json', status: 200, headers: { 'Content-Type': 'application/json' }, body: text.slice(0, Math.floor(random() * text.length)) };
    case 2:
      return jsonReply('wrong-top-level', pick(random, [[parsed], 'ok', 42, null, true]));
    case 3:
      return jsonReply('wrong-types', { statusCode: pick(random, ['0', null, -1, 1e308, NaN, [], {}]), statusMessage: pick(random, [42, {}, ['a']]) });
    case 4:
      return { kind: 'empty', status: pick(random, [200, 204, 500]), headers: {}, body: '' };
    case 5:
      return { kind: 'server-error', status: pick(random, [500, 502, 503, 418, 302]), headers: { 'Content-Type': 'text/plain' }, body: 'upstream exploded' };
    case 6:
      return { kind: 'wrong-content-type', status: 200, headers: { 'Content-Type': 'image/png' }, body: text };
    case 7:
      return { kind: 'drip', status: 200, headers: { 'Content-Type': 'application/json' }, body: text, dripMs: 100 };
    case 8:
      return { kind: 'reset' };
    case 9:
      return random() < 0.3
        ? { kind: 'stall' }
        : jsonReply('huge-numbers', { statusCode: 0, user: { id: 1e308, userName: -0 }, devices: [{ id: 'd', capabilities: 1e308 }] });
    case 10:
      return jsonReply(
        'gws-refusal',
        { statusCode: pick(random, [1, 2, 3, 4, 5, 6, 7, 20, 99, 2 ** 53]), statusMessage: pick(random, [undefined, '', 'No'.repeat(500)]) },
        pick(random, [200, 400, 403, 401]),
      );
    default:
      return jsonReply('mutated', mutateJson(random, parsed));
  }
}

/** One megabyte of text with nothing to break it up: the inputs that make a backtracking pattern take minutes. */
export const MEGABYTE_TEXTS: readonly string[] = [
  'a'.repeat(1024 * 1024),
  'x://'.repeat(256 * 1024),
  ':/@;= '.repeat((1024 * 1024) / 6),
  'Basic '.repeat((1024 * 1024) / 6),
];

/**
 * A copy of a JSON value with one of its strings replaced by a megabyte of text: the `turn`th
 * string, counting from the first, so that successive turns reach every text field. A value
 * without strings becomes a GWS refusal whose statusMessage is the megabyte. One field at a time:
 * a reply with a megabyte in each of its twenty fields would only meet the size cap.
 */
export function withMegabyteText(value: unknown, text: string, turn: number): { value: unknown; field: string } {
  const out = structuredClone(value);
  const spots: { parent: Record<string, unknown>; key: string; path: string }[] = [];
  const walk = (v: unknown, path: string) => {
    if (v === null || typeof v !== 'object') return;
    for (const [key, child] of Object.entries(v)) {
      const at = Array.isArray(v) ? `${path}[]` : path ? `${path}.${key}` : key;
      if (typeof child === 'string') spots.push({ parent: v as Record<string, unknown>, key, path: at });
      else walk(child, at);
    }
  };
  walk(out, '');
  const spot = spots[turn % Math.max(spots.length, 1)];
  if (!spot) return { value: { statusCode: 2, statusMessage: text }, field: 'statusMessage' };
  spot.parent[spot.key] = text;
  return { value: out, field: spot.path };
}

/**
 * A made-up REST reply carrying a megabyte of text: the simulator's reply (`upstream`, when there
 * is one) with the megabyte in one of its text fields, a GWS refusal with it as statusMessage, or
 * an error page of it. `kind` names the field, so a test can tell which were reached.
 */
export function megabyteRestReply(random: Random, upstream: string | null, turn: number): HostileReply {
  const text = pick(random, MEGABYTE_TEXTS);
  const roll = random();
  if (upstream && roll < 0.6) {
    const made = withMegabyteText(JSON.parse(upstream) as unknown, text, turn);
    return jsonReply(`megabyte-rest:${made.field}`, made.value);
  }
  if (roll < 0.85) {
    return jsonReply('megabyte-rest:statusMessage', { statusCode: pick(random, [1, 2, 3, 4, 5, 6]), statusMessage: text }, pick(random, [200, 400, 403, 500]));
  }
  return {
    kind: 'megabyte-rest:error-page',
    status: pick(random, [403, 500, 502]),
    headers: { 'Content-Type': 'text/html' },
    body: `<html><body>${text}</body></html>`,
  };
}

export interface Bayeux {
  id?: string;
  channel?: string;
  clientId?: string;
  subscription?: string;
}

/** The user's topics (docs/gws-notes.md, "Notifications"): deliveries on them reach the app's listeners. */
export const TOPICS = ['/v2/me/calls', '/v2/me/devices'] as const;

const callMessage = (random: Random) =>
  mutateJson(random, {
    messageType: 'CallStateChangeMessage',
    notificationType: 'StatusChange',
    call: { id: 'hostile-call', state: 'Ringing', callType: 'Inbound', participants: [{ phoneNumber: '5550100' }], capabilities: ['Answer'] },
    phoneNumber: '7001',
  });
const deviceMessage = (random: Random) =>
  mutateJson(random, {
    messageType: 'DeviceStateChangeMessage',
    devices: [{ id: 'hostile-device', deviceState: 'Active', userState: { state: 'Ready' }, capabilities: [] }],
  });

function parseBayeux(request: string): Bayeux[] {
  try {
    const parsed = JSON.parse(request) as unknown;
    return Array.isArray(parsed) ? (parsed as Bayeux[]) : [];
  } catch {
    return [];
  }
}

/** A readable, successful reply to each meta message of a request, as CometD expects it. */
function metaReplies(request: Bayeux[]) {
  return request.map((m) => ({ id: m.id, channel: m.channel, clientId: m.clientId, successful: true }));
}

export const isConnect = (request: string) => parseBayeux(request).some((m) => m.channel === '/meta/connect');

/**
 * A reply to a /meta/connect carrying a megabyte of text: a delivery with it in one of its text
 * fields (messageType among them), a failed connect whose error is it, or advice whose reconnect
 * is it. Returns how many deliveries it holds, as connectWithDeliveries does.
 */
export function megabyteConnectReply(random: Random, request: string, turn: number): { reply: HostileReply; deliveries: number } {
  const text = pick(random, MEGABYTE_TEXTS);
  const meta = metaReplies(parseBayeux(request));
  const roll = random();
  if (roll < 0.6) {
    const message = pick(random, [
      {
        messageType: 'CallStateChangeMessage',
        notificationType: 'StatusChange',
        call: { id: 'hostile-call', state: 'Ringing', callType: 'Inbound', participants: [{ phoneNumber: '5550100' }], capabilities: ['Answer'] },
        phoneNumber: '7001',
      },
      { messageType: 'DeviceStateChangeMessage', devices: [{ id: 'hostile-device', deviceState: 'Active', userState: { state: 'Ready' }, capabilities: [] }] },
    ]);
    const made = withMegabyteText(message, text, turn);
    return { reply: jsonReply(`megabyte-cometd:${made.field}`, [{ channel: pick(random, TOPICS), data: made.value }, ...meta]), deliveries: 1 };
  }
  if (roll < 0.8) {
    const failed = meta.map((m) => (m.channel === '/meta/connect' ? { ...m, successful: false, error: text, advice: { reconnect: 'retry', interval: 0 } } : m));
    return { reply: jsonReply('megabyte-cometd:error', failed), deliveries: 0 };
  }
  const advised = meta.map((m) => (m.channel === '/meta/connect' ? { ...m, advice: { reconnect: text, interval: 0 } } : m));
  return { reply: jsonReply('megabyte-cometd:advice', advised), deliveries: 0 };
}

/**
 * A reply to a /meta/connect: junk deliveries on the user's topics, then a successful connect
 * reply, so CometD reads it whole, hands each delivery to the app's listener and polls again at
 * once. Returns how many deliveries it holds: each must be ignored and logged, or taken.
 */
export function connectWithDeliveries(random: Random, request: string): { reply: HostileReply; deliveries: number } {
  const deliveries: unknown[] = [];
  const count = 1 + Math.floor(random() * 3);
  for (let i = 0; i < count; i++) {
    const data = pick(random, [
      callMessage,
      deviceMessage,
      () => mutateJson(random, { messageType: pick(random, ['constructor', '__proto__', 'toString', 'ChannelStateChangeMessage', '', 42]) }),
      () => structuredClone(pick(random, weird)),
    ])(random);
    deliveries.push({ channel: pick(random, TOPICS), data });
  }
  return { reply: jsonReply('junk-deliveries', [...deliveries, ...metaReplies(parseBayeux(request))]), deliveries: count };
}

/**
 * A made-up reply to any Bayeux request (handshake, subscribe, connect): junk as a whole. Junk,
 * not lies: it never confirms a handshake or a subscription the simulator did not make, since
 * no client could tell (the server would simply never deliver).
 */
export function junkBayeuxReply(random: Random, request: string): HostileReply {
  const messages = parseBayeux(request);
  // CometD answers a request by its id, whatever the channel a reply names (junk may change it).
  const binding = new Set(messages.filter((m) => m.channel === '/meta/handshake' || m.channel === '/meta/subscribe').map((m) => m.id));
  const reply = madeUpBayeux(random, messages);
  if ('body' in reply && typeof reply.body === 'string') {
    const parsed = (() => {
      try {
        return JSON.parse(reply.body) as unknown;
      } catch {
        return undefined;
      }
    })();
    if (Array.isArray(parsed)) {
      for (const m of parsed as { id?: unknown; channel?: unknown; successful?: unknown }[]) {
        const binds =
          m !== null && typeof m === 'object' && (binding.has(m.id as string) || m.channel === '/meta/handshake' || m.channel === '/meta/subscribe');
        if (binds && m.successful === true) m.successful = false;
      }
      return { ...reply, body: JSON.stringify(parsed) };
    }
  }
  return reply;
}

function madeUpBayeux(random: Random, request: Bayeux[]): HostileReply {
  const replies = metaReplies(request);
  switch (Math.floor(random() * 9)) {
    case 0:
      return { kind: 'bayeux-not-json', status: 200, headers: { 'Content-Type': 'application/json' }, body: '[{"channel": "/meta/connect", "succ' };
    case 1:
      return jsonReply('bayeux-object', { channel: '/meta/connect', successful: true });
    case 2:
      return jsonReply('bayeux-empty', []);
    case 3:
      return jsonReply('bayeux-unknown-channel', [
        { channel: pick(random, ['/foo/bar', '/v2/someone-else/calls', '/**', '/meta/nonsense']), data: { messageType: 'CallStateChangeMessage' } },
        ...replies,
      ]);
    case 4:
      return jsonReply('bayeux-bad-envelope', [
        pick(random, [null, 5, 'text', { channel: 42, data: {} }, { channel: null }, { successful: 'yes' }]),
        ...replies,
      ]);
    case 5:
      return jsonReply(
        'bayeux-unsuccessful',
        replies.map((r) => ({ ...r, successful: false, error: pick(random, ['402::unknown_client', '403::denied', 42, undefined]) })),
      );
    case 6:
      return { kind: 'reset' };
    case 7:
      return { kind: 'server-error', status: pick(random, [500, 502, 400, 408]), headers: { 'Content-Type': 'text/html' }, body: '<h1>Bad gateway</h1>' };
    default:
      return jsonReply('bayeux-mutated', mutateJson(random, replies));
  }
}

/** Writes a made-up reply. */
export function send(res: ServerResponse, reply: HostileReply): void {
  if (reply.kind === 'reset') {
    res.socket?.destroy();
    return;
  }
  if (reply.kind === 'stall') return; // the client's timeout ends it
  if (!('status' in reply)) return;
  res.writeHead(reply.status, reply.headers);
  if (!reply.dripMs) {
    res.end(reply.body);
    return;
  }
  // Slow drip: the body a few bytes at a time, over dripMs.
  const steps = 10;
  const size = Math.ceil(reply.body.length / steps);
  let step = 0;
  const timer = setInterval(() => {
    if (res.destroyed) return clearInterval(timer);
    res.write(reply.body.slice(step * size, (step + 1) * size));
    if (++step >= steps) {
      clearInterval(timer);
      res.end();
    }
  }, reply.dripMs / steps);
}

export interface HostileFront {
  url: string;
  /**
   * off: the simulator's replies pass through. deliveries: each /meta/connect is answered with
   * junk deliveries (counted) and a good reply; the rest passes. junk: each REST request gets a
   * made-up reply with probability `hostility`, each CometD request with `bayeuxHostility`.
   * megabyte: each REST reply and each /meta/connect reply carries a megabyte of text in one of
   * its text fields (turn by turn, every field), or as its statusMessage, error or error page.
   */
  mode: 'off' | 'deliveries' | 'junk' | 'megabyte';
  hostility: number;
  /** The same for CometD requests, in junk mode: lower, or sign-in would hardly ever get through. */
  bayeuxHostility: number;
  /** Made-up replies by kind. */
  counts: Record<string, number>;
  /** Deliveries on the user's topics in 'deliveries' mode. */
  deliveries: number;
  /** A reply for the next /meta/connect only, whatever the mode. */
  nextConnect: HostileReply | null;
  /** The /meta/connect requests received. */
  connects: number;
  /** Asked first about each CometD request (its body): a reply to make instead, or null. */
  interceptBayeux: ((request: Bayeux[]) => HostileReply | null) | null;
  close(): Promise<void>;
}

/** Forwards one request to the simulator and hands over its reply. */
function forward(
  upstream: string,
  req: IncomingMessage,
  body: string,
  answer: (status: number, headers: http.IncomingHttpHeaders, text: string) => void,
  fail: () => void,
): void {
  const out = http.request(`${upstream}${req.url ?? '/'}`, { method: req.method, headers: req.headers }, (reply) => {
    let text = '';
    reply.setEncoding('utf8');
    reply.on('data', (chunk: string) => (text += chunk));
    reply.on('end', () => answer(reply.statusCode ?? 502, reply.headers, text));
    reply.on('error', fail);
  });
  out.on('error', fail);
  out.end(body);
}

export async function startHostileFront(upstream: string, seed: number): Promise<HostileFront> {
  const random = seededRandom(seed);
  const front = { mode: 'off', hostility: 0, bayeuxHostility: 0, counts: {}, deliveries: 0, nextConnect: null, interceptBayeux: null, connects: 0 } as Omit<
    HostileFront,
    'url' | 'close'
  >;
  const count = (kind: string) => (front.counts[kind] = (front.counts[kind] ?? 0) + 1);
  /** Which text field the next megabyte goes to. */
  let turn = 0;
  const server: TestServer = await startTestServer((req, res, body) => {
    const notifications = req.url?.startsWith('/api/v2/notifications') ?? false;
    if (notifications && isConnect(body)) front.connects++;
    const intercepted = notifications && front.interceptBayeux ? front.interceptBayeux(parseBayeux(body)) : null;
    if (intercepted) {
      send(res, intercepted);
      return;
    }
    if (front.nextConnect && notifications && isConnect(body)) {
      send(res, front.nextConnect);
      front.nextConnect = null;
      return;
    }
    if (front.mode === 'deliveries' && notifications && isConnect(body)) {
      const made = connectWithDeliveries(random, body);
      count(made.reply.kind);
      front.deliveries += made.deliveries;
      send(res, made.reply);
      return;
    }
    if (front.mode === 'megabyte' && notifications && isConnect(body)) {
      const made = megabyteConnectReply(random, body, turn++);
      count(made.reply.kind);
      front.deliveries += made.deliveries;
      send(res, made.reply);
      return;
    }
    const megabyte = front.mode === 'megabyte' && !notifications;
    const hostile = front.mode === 'junk' && random() < (notifications ? front.bayeuxHostility : front.hostility);
    if (hostile && notifications) {
      const made = junkBayeuxReply(random, body);
      count(made.kind);
      send(res, made);
      return;
    }
    forward(
      upstream,
      req,
      body,
      (status, headers, text) => {
        if (hostile || megabyte) {
          const upstreamText = status === 200 && text ? text : null;
          const made = megabyte ? megabyteRestReply(random, upstreamText, turn++) : hostileRestReply(random, upstreamText);
          count(made.kind);
          send(res, made);
          return;
        }
        const { 'content-length': _length, 'transfer-encoding': _encoding, ...rest } = headers;
        res.writeHead(status, rest);
        res.end(text);
      },
      () => res.socket?.destroy(),
    );
  });
  return Object.assign(front, { url: server.url, close: () => server.close() });
}
