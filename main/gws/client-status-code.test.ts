// The statusCode as a string: the Supervisor Agent State Control samples answer "0". Digits are
// read as the number; anything else is not a GWS reply.
import tls from 'node:tls';
import { afterEach, expect, it } from 'vitest';
import { json, startTestServer, type Handler } from '../../test-support/http-server';
import { containing } from '../../test-support/matchers';
import { quiet } from '../../test-support/quiet-log';
import { GwsClient } from './client';
import { HttpStack } from './http/http-stack';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function operateAgainst(handler: Handler) {
  const server = await startTestServer(handler);
  cleanups.push(() => server.close());
  const http = await HttpStack.create({ baseUrl: server.url, trust: tls.rootCertificates, log: quiet });
  cleanups.push(() => http.close());
  return new GwsClient({ baseUrl: server.url, http, log: quiet }).operate('/api/v2/users/u1/channels/voice', { operationName: 'Ready' });
}

it.each<[string, unknown, object]>([
  ['"0": success', { statusCode: '0' }, { ok: true }],
  [
    '"5" with a message: the refusal, as a number',
    { statusCode: '5', statusMessage: 'No permission' },
    { ok: false, error: containing({ code: 'status', statusCode: 5 }) },
  ],
  ['"zero": not a GWS reply', { statusCode: 'zero' }, { ok: false, error: containing({ code: 'malformed' }) }],
  ['"" : not a GWS reply', { statusCode: '' }, { ok: false, error: containing({ code: 'malformed' }) }],
  [
    'a megabyte of digits: not a GWS reply, read in linear time',
    { statusCode: '9'.repeat(1_000_000) },
    { ok: false, error: containing({ code: 'malformed' }) },
  ],
])('statusCode %s', async (_label, body, expected) => {
  expect(await operateAgainst((_q, res) => json(res, 200, body))).toEqual(containing(expected));
});
