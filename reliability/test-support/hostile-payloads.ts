// The IPC fuzzer's payloads: seeded, structure-aware argument lists for each verb. The same
// functions run in Node (vitest, and to judge what the window sent) and in the window itself
// (Playwright injects their source into the page), so each is self-contained: no imports, no
// module-level helpers, plain JavaScript once the types are stripped.

/** `count` argument lists for `verb`, the same for the same seed in Node and in the page. */
export function hostileArgs(seed: number, verb: string, count: number): unknown[][] {
  let state = seed >>> 0;
  for (let i = 0; i < verb.length; i++) state = Math.imul(state ^ verb.charCodeAt(i), 0x01000193) >>> 0;
  // mulberry32: small, fast and the same in every JavaScript engine.
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const chance = (p: number) => random() < p;

  // Payloads the schemas accept, per verb: the starting points of the near-valid mutations.
  const notifications = {
    monitoredCallStarted: true,
    monitoringArmed: false,
    monitoringCancelled: true,
    monitoringLost: true,
    connectionLost: false,
    connectionRestored: true,
  };
  const valid: Record<string, unknown[][]> = {
    'session.signIn': [[{ serverUrl: 'http://127.0.0.1:9', userName: 'supervisor1', password: 'demo123', remember: false }]],
    'session.signOut': [[{ forget: false }]],
    'settings.update': [
      [{ theme: 'dark' }],
      [{ monitoringScope: 'Agent', monitoringMode: 'NextCall' }],
      [{ notifications }],
      [{ bargeInShortcut: 'CommandOrControl+Shift+K' }],
      [{ trustedCaFile: null, autoAnswerMonitoringCalls: false }],
    ],
    'monitor.start': [
      [{ target: { userId: '00000000000000000000000000000000' }, state: 'ListenIn' }],
      [{ target: { phoneNumber: '+15550199' }, state: 'Coach', scope: 'Agent', mode: 'NextCall' }],
      [{ target: { deviceUri: 'http://127.0.0.1:9/api/v2/devices/none' }, state: 'BargeIn', scope: 'Call', mode: 'AllCalls' }],
    ],
    'call.answer': [[{ callId: 'no-such-call' }]],
    'call.hangup': [[{ callId: 'no-such-call' }]],
    'call.hold': [[{ callId: 'no-such-call' }]],
    'call.retrieve': [[{ callId: 'no-such-call' }]],
    'call.dial': [[{ number: '5550123' }], [{ number: '+4420794600' }]],
    'me.setState': [[{ state: 'NotReady' }], [{ state: 'Ready' }]],
    'team.setAgentState': [[{ userId: 'no-such-user', action: 'makeNotReady' }]],
    'activity.list': [[{}], [{ target: 'agent1', limit: 5 }]],
    'round.start': [[{ userIds: ['no-such-user'], how: 'ListenIn' }], [{ userIds: ['no-such-user', 'nobody'], how: 'Coach' }]],
    'alert.act': [[{ alertId: 'notReady:no-such-user', action: 'listenIn' }], [{ alertId: 'longCall:no-such-call', action: 'snooze' }]],
  };
  const examples = valid[verb] ?? [[]];

  const pollutionKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__'];
  const nastyStrings = [
    '',
    ' ',
    '\u0000',
    'NaN',
    'null',
    'undefined',
    'true',
    '0',
    '-1',
    '1e309',
    '+',
    '#',
    '*',
    '\u202eRTL',
    '💥🔥',
    'é\u0301',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'http://',
    'https://user:pw@127.0.0.1:1/',
    '../../settings.json',
    '%00',
    '<script>',
    'CommandOrControl+',
    'Shift+B',
    'ListenIn ',
    'listenin',
    'Call\n',
    '__proto__',
    'constructor',
    '{"a":1}',
  ];
  const numbers = [
    0,
    -0,
    1,
    -1,
    0.5,
    NaN,
    Infinity,
    -Infinity,
    Number.MAX_SAFE_INTEGER + 2,
    Number.MIN_VALUE,
    1e308,
    -1e308,
    10_000,
    10_001,
    2 ** 31,
    -(2 ** 53),
  ];

  /** An object with a key set as an own, enumerable property, as structured clone delivers `"__proto__"`. */
  const withKey = (target: Record<string, unknown>, key: string, value: unknown) => {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    return target;
  };

  const hostileString = (): string => {
    switch (int(5)) {
      case 0:
        return pick(nastyStrings);
      case 1:
        // Around the schemas' limits, and now and then far past them.
        return 'x'.repeat(chance(0.01) ? 100_000 : pick([199, 200, 201, 1000, 1001, 2000, 2001, 10_000]));
      case 2:
        return String(pick(numbers));
      case 3:
        return Array.from({ length: 1 + int(40) }, () => String.fromCharCode(int(0x3000))).join('');
      default:
        return pick(['1', '12', '555', '+1', '*21#']).repeat(1 + int(40));
    }
  };

  const hostileValue = (depth: number): unknown => {
    switch (int(depth > 3 ? 9 : 14)) {
      case 0:
        return null;
      case 1:
        return undefined;
      case 2:
        return chance(0.5);
      case 3:
      case 4:
        return pick(numbers);
      case 5:
      case 6:
        return hostileString();
      case 7:
        return chance(0.5) ? new Date(int(2 ** 40)) : new Date(NaN);
      case 8:
        return BigInt(int(1000)) * 10n ** 30n;
      case 9:
        return Array.from({ length: int(5) }, () => hostileValue(depth + 1));
      case 10: {
        const out: Record<string, unknown> = {};
        const keys = int(5);
        for (let i = 0; i < keys; i++) withKey(out, chance(0.3) ? pick(pollutionKeys) : hostileString().slice(0, 50), hostileValue(depth + 1));
        return out;
      }
      case 11:
        return chance(0.5) ? new Map<unknown, unknown>([[hostileString().slice(0, 20), hostileValue(depth + 1)]]) : new Set([hostileValue(depth + 1)]);
      case 12:
        return pick([new Uint8Array([1, 2, 3]), new Float64Array([NaN, -0]), new Int32Array(4), new ArrayBuffer(8), /x+/g, new Error('boom')]);
      default: {
        // Deep nesting: arrays or objects a few hundred levels down.
        let nested: unknown = hostileValue(4);
        const levels = 50 + int(250);
        const asArray = chance(0.5);
        for (let i = 0; i < levels; i++) nested = asArray ? [nested] : { a: nested };
        return nested;
      }
    }
  };

  const copy = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(copy);
    if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value)) withKey(out, key, copy((value as Record<string, unknown>)[key]));
      return out;
    }
    return value;
  };

  /** The plain objects and arrays inside a payload, with the key or index that leads to each. */
  const containers = (value: unknown, found: unknown[] = []): unknown[] => {
    if (value !== null && typeof value === 'object' && (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype)) {
      found.push(value);
      for (const child of Object.values(value)) containers(child, found);
    }
    return found;
  };

  const asText = (value: unknown): string => {
    try {
      return JSON.stringify(value) ?? 'undefined';
    } catch {
      return Object.prototype.toString.call(value);
    }
  };

  /** One change to a valid payload: a wrong value, a field gone, a field too many, a wrapper. */
  const mutate = (args: unknown[]): unknown[] => {
    const spots = containers(args);
    const spot = pick(spots) as Record<string, unknown> | unknown[];
    const keys = Object.keys(spot);
    switch (int(7)) {
      case 0:
      case 1:
        if (keys.length > 0) {
          withKey(spot as Record<string, unknown>, pick(keys), hostileValue(1));
          return args;
        }
        return [...args, hostileValue(1)];
      case 2:
        if (keys.length > 0 && !Array.isArray(spot)) delete spot[pick(keys)];
        return args;
      case 3:
        if (!Array.isArray(spot)) withKey(spot, chance(0.5) ? pick(pollutionKeys) : 'extra', hostileValue(1));
        return args;
      case 4:
        return [...args, hostileValue(1)];
      case 5:
        return args.map((arg) => (chance(0.5) ? [arg] : asText(arg)));
      default: {
        // A number where a string is wanted, a string where a boolean is, and so on.
        if (keys.length === 0 || Array.isArray(spot)) return [];
        const key = pick(keys);
        const current = spot[key];
        withKey(
          spot,
          key,
          typeof current === 'string'
            ? Number(current) || 42
            : typeof current === 'boolean'
              ? String(current)
              : typeof current === 'number'
                ? String(current)
                : 'text',
        );
        return args;
      }
    }
  };

  const out: unknown[][] = [];
  for (let n = 0; n < count; n++) {
    const roll = random();
    if (roll < 0.03) out.push(copy(pick(examples)) as unknown[]);
    else if (roll < 0.6) {
      let args = copy(pick(examples)) as unknown[];
      const times = 1 + int(3);
      for (let i = 0; i < times; i++) args = mutate(args);
      out.push(args);
    } else out.push(Array.from({ length: int(4) }, () => hostileValue(0)));
  }
  return out;
}

/**
 * A short text that tells payloads apart by type and content (strings by length and ends),
 * so Node and the page can check they generated the same ones.
 */
export function fingerprint(value: unknown): string {
  const parts: string[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (depth > 400) {
      parts.push('…');
      return;
    }
    if (typeof v === 'string') parts.push(`s${v.length}:${v.slice(0, 8)}${v.slice(-4)}`);
    else if (typeof v === 'number') parts.push(Object.is(v, -0) ? 'n-0' : `n${v}`);
    else if (typeof v === 'bigint') parts.push(`b${v}`);
    else if (v === null || typeof v !== 'object') parts.push(String(v));
    else if (v instanceof Date) parts.push(`d${v.getTime()}`);
    else if (v instanceof Map || v instanceof Set) {
      parts.push(v instanceof Map ? 'M(' : 'S(');
      for (const item of v) walk(item, depth + 1);
      parts.push(')');
    } else if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer) parts.push(`t${v.byteLength}`);
    else if (v instanceof RegExp || v instanceof Error) parts.push(String(v));
    else {
      parts.push(Array.isArray(v) ? '[' : '{');
      for (const key of Object.keys(v)) {
        parts.push(key);
        walk((v as Record<string, unknown>)[key], depth + 1);
      }
      parts.push(Array.isArray(v) ? ']' : '}');
    }
  };
  walk(value, 0);
  // FNV-1a over the parts: a short, stable digest.
  let hash = 0x811c9dc5;
  const text = parts.join(' ');
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16);
}
