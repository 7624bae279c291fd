// Issue 10, TLS: the whole simulator on https (REST and CometD on one TLS server), signed into
// through the app core and its settings, as a supervisor at a site with a lab or company
// certificate would. Refused by default with words that say what to do; accepted once the CA
// file is set in Settings; a wrong or unreadable CA file is still refused, and says which.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationNames, type Simulator } from '../sim/index';
import type { AppCore } from '../main/app-core';
import { until } from '../test-support/events';
import { matching } from '../test-support/matchers';
import '../test-support/no-unhandled-rejections';
import { caSignedCertificate, selfSignedCertificate, type ServerCertificate } from '../test-support/test-certificates';
import { testSimulator } from './test-support/after-test';
import { testCore } from './test-support/test-core';

const form = { userName: 'supervisor1', password: 'demo123', remember: false };

// The certificates are made once for the file and only read by the tests; simulators and cores are each test's own.
let dir: string;
let selfSigned: ServerCertificate;
let companySigned: ServerCertificate;
let otherCompany: ServerCertificate;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'rel-tls-'));
  const sub = async (name: string) => {
    const at = path.join(dir, name);
    await mkdir(at);
    return at;
  };
  [selfSigned, companySigned, otherCompany] = await Promise.all([
    sub('self').then(selfSignedCertificate),
    sub('company').then((at) => caSignedCertificate(at, 'Company Root CA')),
    sub('other').then((at) => caSignedCertificate(at, 'Some Other CA')),
  ]);
});

afterAll(() => rm(dir, { recursive: true, force: true }));

/** A simulator on https for this test, closed after it. */
function httpsSimulator(certificate: ServerCertificate): Promise<Simulator> {
  return testSimulator({ tls: { key: certificate.key, cert: certificate.cert } });
}

/** A fresh app core for this test (own user-data folder) with the CA file chosen in Settings, or none. */
async function core(trustedCaFile: string | null): Promise<AppCore> {
  const { core: app } = await testCore();
  expect((await app.settings.update({ trustedCaFile })).ok).toBe(true);
  return app;
}

describe('a GWS simulator on https', () => {
  it('is refused by default, with the words to fix it, and no credentials are sent', async () => {
    const sim = await httpsSimulator(selfSigned);
    expect(sim.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const app = await core(null);
    const host = new URL(sim.url).host;

    const result = await app.signIn({ ...form, serverUrl: sim.url });

    expect(result).toEqual({
      ok: false,
      error: {
        code: 'certificate',
        message: `The certificate of the GWS server at ${host} is not trusted (self-signed certificate). If your company uses its own certificate authority, give its file as the trusted CA certificate file (on the sign-in form, or in Settings).`,
      },
    });
    expect(app.sessionView()).toMatchObject({ status: 'signed-out' });
    // The TLS handshake failed before any request: the password never left the machine.
    expect(sim.scenario.requests()).toEqual([]);
  });

  it('is accepted once its CA file is set in Settings: REST, CometD and a monitored call over https', async () => {
    const sim = await httpsSimulator(selfSigned);
    const app = await core(selfSigned.caFile);

    const result = await app.signIn({ ...form, serverUrl: sim.url });

    expect(result).toMatchObject({ ok: true, value: { status: 'signed-in' } });
    expect(app.session.state).toMatchObject({ status: 'signed-in', connection: { kind: 'connected' } });
    await until(() => app.supervisor.view().team.some((m) => m.userName === 'agent3'), 'the team, read over https');
    const agent3 = app.supervisor.view().team.find((m) => m.userName === 'agent3')!;
    expect(await app.supervisor.monitor({ target: { userId: agent3.userId }, state: 'ListenIn', mode: 'AllCalls' })).toEqual({ ok: true, value: null });
    await until(() => app.supervisor.view().armed?.target.userName === 'agent3', 'armed on agent3 (a CometD device message)');

    const { callId } = sim.scenario.ringAgent({ to: 'agent3', from: '+15550142' });
    sim.scenario.answer(callId);

    await until(() => app.supervisor.view().monitoredCall?.callState === 'Established', 'the monitored call, over CometD on https');
    expect(app.supervisor.view().monitoredCall).toMatchObject({ agent: { userName: 'agent3' }, customerNumber: '+15550142' });
    expect(operationNames(sim.scenario.requests())).toEqual(expect.arrayContaining(['StartContactCenterSession', 'ListenIn']));
  });

  it('trusts a company CA for the certificates it signed, and only those', async () => {
    const sim = await httpsSimulator(companySigned);
    const host = new URL(sim.url).host;

    const wrongCa = await core(otherCompany.caFile);
    expect(await wrongCa.signIn({ ...form, serverUrl: sim.url })).toMatchObject({
      ok: false,
      error: {
        code: 'certificate',
        message: matching(
          new RegExp(
            `^The certificate of the GWS server at ${host} is not trusted \\(.+\\)\\. If your company uses its own certificate authority, give its file as the trusted CA certificate file \\(on the sign-in form, or in Settings\\)\\.$`,
          ),
        ),
      },
    });
    expect(sim.scenario.requests()).toEqual([]);

    const rightCa = await core(companySigned.caFile);
    expect(await rightCa.signIn({ ...form, serverUrl: sim.url })).toMatchObject({ ok: true, value: { status: 'signed-in' } });
    expect(rightCa.session.state).toMatchObject({ status: 'signed-in', connection: { kind: 'connected' } });
  });

  it('names a CA file it cannot read, or that holds no certificate', async () => {
    const sim = await httpsSimulator(selfSigned);
    const missing = path.join(dir, 'no-such-ca.pem');
    const notPem = path.join(dir, 'notes.txt');
    await writeFile(notPem, 'this is not a certificate\n');
    // A folder chosen by mistake: refused for what it is, even to root (a mode bit would not be).
    const folder = path.join(dir, 'company');
    expect(await (await core(missing)).signIn({ ...form, serverUrl: sim.url })).toEqual({
      ok: false,
      error: { code: 'ca-file', message: `The CA certificate file ${missing} cannot be read (ENOENT). Choose another file in Settings.` },
    });
    expect(await (await core(notPem)).signIn({ ...form, serverUrl: sim.url })).toMatchObject({
      ok: false,
      error: { code: 'ca-file', message: matching(new RegExp(`^The CA certificate file ${notPem} is not a PEM certificate`)) },
    });
    expect(await (await core(folder)).signIn({ ...form, serverUrl: sim.url })).toEqual({
      ok: false,
      error: { code: 'ca-file', message: `The CA certificate file ${folder} is a folder, not a certificate file. Choose the CA's .pem or .crt file.` },
    });
    // Nothing was sent to the server with a CA file that could not be used.
    expect(sim.scenario.requests()).toEqual([]);
  });
});
