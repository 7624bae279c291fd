// Every verb of the contract, present and future, refuses payloads of the wrong shape.
import { describe, expect, it } from 'vitest';
import { VERBS } from '../../common/contract';
import { makeInvokeHandler } from './invoke-handler';

const page = 'file:///app/out/renderer/index.html';
const wrongShapes: unknown[][] = [
  [null, null, null, null, null],
  [{ constructor: 'x', __proto__: { polluted: true } }, 'x'.repeat(10_000), -1, Number.NaN, [[[]]]],
];

describe.each(VERBS)('%s', (verb) => {
  it.each(wrongShapes.map((args, i) => [i, args] as const))('refuses wrong payload #%i without running', async (_i, args) => {
    let ran = false;
    const handler = makeInvokeHandler(
      verb,
      () => {
        ran = true;
        throw new Error('must not run');
      },
      page,
      { internal: () => {}, refused: () => {} },
    );
    const result = await handler({ senderFrame: { url: page, parent: null } }, ...args);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(ran).toBe(false);
  });
});
