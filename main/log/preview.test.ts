import { describe, expect, it } from 'vitest';
import { PREVIEW_CHARS, preview } from './preview';

const deep = (levels: number) => JSON.parse('['.repeat(levels) + ']'.repeat(levels)) as unknown;

describe('security 15.8 safe log previews', () => {
  it('shows a short value as JSON', () => {
    expect(preview({ reconnect: 'Released', interval: 5, ok: [true, null] })).toBe('{"reconnect":"Released","interval":5,"ok":[true,null]}');
    expect(preview(undefined)).toBe('undefined');
  });

  it.each([
    ['nesting deeper than the stack (100,000 brackets)', () => deep(100_000)],
    [
      'a cycle',
      () => {
        const a: Record<string, unknown> = { name: 'a' };
        a.self = a;
        return a;
      },
    ],
    ['a million items', () => Array.from({ length: 1_000_000 }, (_, n) => n)],
    ['an object with 100,000 keys', () => Object.fromEntries(Array.from({ length: 100_000 }, (_, n) => [`k${n}`, n]))],
    ['a megabyte string', () => 'x'.repeat(1024 * 1024)],
    ['a BigInt', () => ({ big: 10n ** 30n })],
    [
      'a getter that throws',
      () =>
        new Proxy(
          {},
          {
            ownKeys: () => {
              throw new Error('no keys');
            },
          },
        ),
    ],
  ])('%s: never throws, and stays short', (_label, make) => {
    const value = make();
    let text = '';
    expect(() => (text = preview(value))).not.toThrow();
    expect(text.length).toBeLessThanOrEqual(PREVIEW_CHARS + 1);
    expect(text.length).toBeGreaterThan(0);
  });

  it('reads no more of a huge array than it shows', () => {
    const items = Array.from({ length: 1_000_000 }, (_, n) => n);
    const started = performance.now();
    expect(preview(items)).toBe('[0,1,2,3,4,5,6,7,8,9,…]');
    expect(performance.now() - started).toBeLessThan(20);
  });
});
