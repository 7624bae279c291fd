// https with the system's trust and an extra CA file, and the OS proxy as Electron reports it:
// real TLS (a throwaway CA made with openssl) and a real CONNECT proxy, on 127.0.0.1.
import http from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../sim/index';
import { Redactor } from '../../log/redact';
import type { CredentialStore } from '../../session/credential-store';
import { SupervisorSession } from '../../session/session';
import '../../../test-support/no-unhandled-rejections';
import { startTestServer, type TestServer } from '../../../test-support/http-server';
import { choosePacEntry } from './proxy';
import { loadTrust } from './trust';
import { matching } from '../../../test-support/matchers';
import { quiet } from '../../../test-support/quiet-log';
import { caSignedCertificate } from '../../../test-support/test-certificates';

const supervisor = { userName: 'supervisor1', password: 'demo123' };
/** These tests are about the network; the keychain has its own. */
const noKeychain: CredentialStore = {
  get: () => Promise.resolve({ ok: true, value: null }),
  set: () => Promise.resolve({ ok: true, value: undefined }),
  delete: () => Promise.resolve({ ok: true, value: false }),
  list: () => Promise.resolve({ ok: true, value: [] }),
};

let dir: string;
let caFile: string;
let sim: Simulator;
let tlsFront: TestServer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'softphone-tls-'));
  const certificate = await caSignedCertificate(dir);
  caFile = certificate.caFile;
  sim = await startSimulator({ longPollMs: 2000 });
  // An https front for the simulator, as an on-premises GWS behind a company certificate.
  tlsFront = await startTestServer((req, res, body) => {
    const upstream = http.request(`${sim.url}${req.url ?? '/'}`, { method: req.method, headers: req.headers }, (reply) => {
      res.writeHead(reply.statusCode ?? 502, reply.headers);
      reply.pipe(res);
    });
    upstream.end(body);
  }, certificate);
});

afterAll(async () => {
  await tlsFront.close();
  await sim.close();
  await rm(dir, { recursive: true, force: true });
});

async function signInVia(options: { serverUrl: string; trustedCaFile?: string | null; resolveProxy?: (url: string) => Promise<string> }) {
  const session = new SupervisorSession({ credentials: noKeychain, log: quiet, redactor: new Redactor(), resolveProxy: options.resolveProxy });
  const result = await session.signIn({ serverUrl: options.serverUrl, ...supervisor, remember: false, trustedCaFile: options.trustedCaFile ?? null });
  return { session, result };
}

describe('https', () => {
  it('refuses a certificate the system does not trust, and says what to do', async () => {
    const { session, result } = await signInVia({ serverUrl: tlsFront.url });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'certificate',
        message: matching(
          /certificate of the GWS server at 127\.0\.0\.1:\d+ is not trusted .*trusted CA certificate file \(on the sign-in form, or in Settings\)/,
        ),
      },
    });
    expect(session.state).toMatchObject({ status: 'signed-out', reason: { code: 'certificate' } });
  });

  it('trusts the CA file from settings, for REST and for CometD', async () => {
    const { session, result } = await signInVia({ serverUrl: tlsFront.url, trustedCaFile: caFile });
    expect(result).toMatchObject({ ok: true, value: { userName: 'supervisor1' } });
    expect(session.state).toMatchObject({ status: 'signed-in', connection: { kind: 'connected' } });
    expect(tlsFront.requests.some((r) => r.path.startsWith('/api/v2/notifications'))).toBe(true);
    await session.signOut();
  });

  it('says which CA file is unusable, and why', async () => {
    expect(await loadTrust(path.join(dir, 'missing.pem'))).toMatchObject({
      ok: false,
      error: { code: 'ca-file', message: matching(/missing\.pem cannot be read \(ENOENT\)/) },
    });
    expect(await loadTrust(path.join(dir, 'ext.cnf'))).toMatchObject({ ok: false, error: { code: 'ca-file', message: matching(/is not a PEM certificate/) } });
  });
});

describe('proxy', () => {
  it('sends REST and CometD through the proxy Electron resolves for the server', async () => {
    const tunnels: string[] = [];
    const proxy = net.createServer();
    proxy.on('connection', (client) => {
      client.once('data', (head) => {
        const [, target = ''] = /^CONNECT (\S+) HTTP/.exec(head.toString()) ?? [];
        tunnels.push(target);
        const [host = '', port = ''] = target.split(':');
        const upstream = net.connect(Number(port), host, () => {
          client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
          upstream.pipe(client).pipe(upstream);
        });
        upstream.on('error', () => client.destroy());
        client.on('error', () => upstream.destroy());
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const proxyPort = (proxy.address() as net.AddressInfo).port;
    const asked: string[] = [];

    const { session, result } = await signInVia({
      serverUrl: sim.url,
      resolveProxy: (url) => {
        asked.push(url);
        return Promise.resolve(`PROXY 127.0.0.1:${proxyPort}; DIRECT`);
      },
    });

    expect(result.ok).toBe(true);
    expect(asked).toEqual([sim.url]);
    expect(new Set(tunnels)).toEqual(new Set([new URL(sim.url).host]));
    await session.signOut();
    proxy.close();
  });

  it.each([
    ['DIRECT', { kind: 'direct' }],
    ['PROXY proxy.corp:8080; DIRECT', { kind: 'proxy', uri: 'http://proxy.corp:8080' }],
    ['HTTPS secure.corp:443', { kind: 'proxy', uri: 'https://secure.corp:443' }],
    ['SOCKS5 socks.corp:1080; PROXY proxy.corp:3128', { kind: 'proxy', uri: 'http://proxy.corp:3128' }],
    ['SOCKS5 socks.corp:1080', { kind: 'unsupported', entry: 'SOCKS5 socks.corp:1080' }],
    ['', { kind: 'direct' }],
  ])('reads the PAC answer "%s"', (pac, choice) => {
    expect(choosePacEntry(pac)).toEqual(choice);
  });
});
