import { describe, expect, it } from 'vitest';
import { matching } from '../../test-support/matchers';
import { makeInvokeHandler, MAX_REFUSAL_CHARS } from './invoke-handler';

const page = 'file:///opt/softphone/resources/app.asar/out/renderer/index.html';
const appFrame = { url: page, parent: null };
const info = { name: 'Supervisor Softphone', version: '1.2.3', electron: null, chrome: null, node: '20', platform: 'linux' };

function handler(impl: () => typeof info = () => info) {
  const errors: unknown[] = [];
  const refusals: string[] = [];
  const reports = {
    internal: (_verb: string, error: unknown) => errors.push(error),
    refused: (verb: string, e: { code: string }) => refusals.push(`${verb} ${e.code}`),
  };
  const fn = makeInvokeHandler('app.info', () => ({ ok: true, value: impl() }), page, reports);
  return { fn, errors, refusals };
}

describe('an IPC handler', () => {
  it('answers the app page with the value', async () => {
    expect(await handler().fn({ senderFrame: appFrame })).toEqual({ ok: true, value: info });
  });

  it('accepts the app page with a query or hash', async () => {
    expect(await handler().fn({ senderFrame: { url: `${page}?view=team#x`, parent: null } })).toMatchObject({ ok: true });
  });

  it.each([
    ['another file', { url: 'file:///tmp/evil.html', parent: null }],
    ['a web page', { url: 'https://example.com/', parent: null }],
    ['an iframe of the app page', { url: page, parent: appFrame }],
    ['a frame with an unparsable URL', { url: 'not a url', parent: null }],
    ['no frame (destroyed)', null],
  ])('refuses %s without calling the implementation', async (_label, senderFrame) => {
    let called = false;
    const { fn } = handler(() => {
      called = true;
      return info;
    });
    const result = await fn({ senderFrame });
    expect(result).toEqual({
      ok: false,
      error: { code: 'untrusted-sender', message: 'softphone:app.info refused: the request did not come from the app window' },
    });
    expect(called).toBe(false);
  });

  it('refuses a payload of the wrong shape with a message naming the channel, and logs it', async () => {
    const h = handler();
    const result = await h.fn({ senderFrame: appFrame }, { unexpected: true });
    expect(h.refusals).toEqual(['app.info invalid-request']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-request');
    expect(result.error.message).toMatch(/^softphone:app\.info: /);
  });

  it('cuts the words of a refusal that would quote megabytes the page sent (an unknown key)', async () => {
    const fn = makeInvokeHandler('session.signOut', () => ({ ok: true, value: null as never }), page, { internal: () => {}, refused: () => {} });
    const result = await fn({ senderFrame: appFrame }, { forget: true, ['k'.repeat(1_000_000)]: 1 });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: matching(/^softphone:session\.signOut: ✖ Unrecognized key: "kkk.*… \(cut\)$/s) },
    });
    if (!result.ok) expect(result.error.message.length).toBeLessThan(MAX_REFUSAL_CHARS + 50);
  });

  it('passes a failure the implementation answers with to the window as it is', async () => {
    const fn = makeInvokeHandler('app.info', () => ({ ok: false, error: { code: 'not-allowed', message: 'Not now' } }), page, {
      internal: () => {},
      refused: () => {},
    });
    expect(await fn({ senderFrame: appFrame })).toEqual({ ok: false, error: { code: 'not-allowed', message: 'Not now' } });
  });

  it('turns an exception in the implementation into an internal error and reports it once', async () => {
    const { fn, errors } = handler(() => {
      throw new Error('disk on fire');
    });
    expect(await fn({ senderFrame: appFrame })).toEqual({
      ok: false,
      error: { code: 'internal', message: 'softphone:app.info failed inside the app; see the diagnostic log' },
    });
    expect(errors).toEqual([new Error('disk on fire')]);
  });
});
