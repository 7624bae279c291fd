// The stand-in's clone rules, checked without a browser (the e2e fidelity spec checks them end to end).
import { describe, expect, it } from 'vitest';
import { decode, encode } from './codec';

const roundTrip = (v: unknown): unknown => decode(JSON.parse(JSON.stringify(encode(v))));

describe('structured-clone codec', () => {
  it('keeps the types structured clone keeps', () => {
    const value = {
      d: new Date(5),
      m: new Map([[1, 'a']]),
      s: new Set(['x']),
      r: /a+/gi,
      u8: new Uint8Array([1, 2, 255]),
      f64: new Float64Array([1.5]),
      n: [NaN, Infinity, -0, 2n],
      u: undefined,
    };
    expect(roundTrip(value)).toEqual(value);
  });

  it('drops prototypes and turns Buffers into Uint8Array', () => {
    class Pt {
      x = 1;
      norm() {
        return this.x;
      }
    }
    const out = roundTrip({ p: new Pt(), b: Buffer.from([7]) }) as { p: object; b: unknown };
    expect(Object.getPrototypeOf(out.p)).toBe(Object.prototype);
    expect(out.b).toBeInstanceOf(Uint8Array);
    expect(Buffer.isBuffer(out.b)).toBe(false);
  });

  it('refuses functions and symbols as Electron does', () => {
    expect(() => encode({ f: () => 1 })).toThrow('An object could not be cloned.');
    expect(() => encode(Symbol('s'))).toThrow('An object could not be cloned.');
  });

  it('keeps an Error’s name and message', () => {
    const e = roundTrip(new TypeError('boom')) as Error;
    expect([e.name, e.message]).toEqual(['TypeError', 'boom']);
  });
});
