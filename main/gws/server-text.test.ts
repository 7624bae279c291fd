// Server text is cut where it is read (issue 15, finding 1): a megabyte of statusMessage, error
// page or messageType becomes a sentence, and the real client and log handle it without the
// main loop standing still.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import { createDiagnosticLog } from '../log/diagnostic-log';
import { Redactor } from '../log/redact';
import { startTestServer, type TestServer } from '../../test-support/http-server';
import { watchMainLoop } from '../../test-support/main-loop-stall';
import { GwsClient } from './client';
import { HttpStack } from './http/http-stack';
import { parseMessage } from './messages';
import { MAX_SERVER_TEXT } from './server-text';

const MB = 1024 * 1024;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The real client, with the real diagnostic log and its redactor, against a server answering `status` and `body`. */
async function clientAnswering(status: number, body: string): Promise<{ client: GwsClient; logFile: string; server: TestServer }> {
  const server = await startTestServer((_req, res) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(body);
  });
  const dir = await mkdtemp(path.join(tmpdir(), 'server-text-'));
  const log = createDiagnosticLog({ dir, redactor: new Redactor(), consoleLevel: false });
  const http = await HttpStack.create({ baseUrl: server.url, trust: tls.rootCertificates, log });
  cleanups.push(
    () => server.close(),
    () => http.close(),
    () => rm(dir, { recursive: true, force: true }),
  );
  return { client: new GwsClient({ baseUrl: server.url, http, log }), logFile: log.file, server };
}

describe('security 15.1 linear-time text handling', () => {
  it.each([
    ['a refusal with a 1 MB statusMessage', 400, JSON.stringify({ statusCode: 2, statusMessage: 'a'.repeat(MB) })],
    ['a 403 with a 1 MB error page', 403, `<html>${'x://'.repeat(MB / 4)}</html>`],
    ['a sign-in refusal with a 1 MB statusMessage', 401, JSON.stringify({ statusCode: 20, statusMessage: ':/@'.repeat(MB / 3) })],
  ])('%s: an error of a sentence, logged, the main loop never still for 100 ms', async (_label, status, body) => {
    const { client, logFile } = await clientAnswering(status, body);
    const request = () =>
      status === 401 ? client.me({ userName: 'supervisor1', password: 'demo123' }) : client.operate('/api/v2/me', { operationName: 'Ready' });
    // Once to warm up (the first run compiles what it meets), then measured.
    await request();
    const watch = watchMainLoop();
    const result = await request();
    const stall = watch.stop();
    console.log(`${_label}: main loop stalled at most ${stall.busyMs.toFixed(1)} ms working (${stall.wallMs.toFixed(1)} ms by the clock)`);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message.length).toBeLessThan(MAX_SERVER_TEXT + 200);
      expect(result.error.message).toMatch(/^GWS (refused the request|did not accept)/);
    }
    expect(stall.busyMs).toBeLessThan(100);
    const logged = await readFile(logFile, 'utf8');
    expect(logged).toContain('GWS');
    expect(logged.length).toBeLessThan(10_000);
  });

  it('a CometD message with a 1 MB messageType: ignored as unknown, named in a few hundred characters', () => {
    const parsed = parseMessage({ messageType: 'M'.repeat(MB) });
    expect(parsed.kind).toBe('unknown');
    if (parsed.kind === 'unknown') expect(parsed.messageType.length).toBeLessThanOrEqual(MAX_SERVER_TEXT + 1);
  });
});
