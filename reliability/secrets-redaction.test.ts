// Issue 10, secrets: logging redacts by construction, through the app's own logging of real
// requests. A GWS front (in front of the simulator) that quotes the request's credentials back
// in its error messages, as a misconfigured server or proxy might: the Authorization header,
// the bare base64 credentials and the decoded user:password when refusing a sign-in; the
// Cookie, the bare session id and the CSRF token when refusing an operation. The app logs both
// refusals; no form of any secret may reach a file under user data, and the words around them
// must survive.
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { loadSeed } from '../sim/index';
import { until } from '../test-support/events';
import { json, startTestServer } from '../test-support/http-server';
import '../test-support/no-unhandled-rejections';
import { afterTest, testSimulator } from './test-support/after-test';
import { needlesFor, scan } from './test-support/secrets-scan';
import { testCore } from './test-support/test-core';

const PASSWORD = 'Redact-Me!9qX#pw';
const BASIC = Buffer.from(`supervisor1:${PASSWORD}`).toString('base64');

it('a server quoting back the Basic header, the password, the cookie and the CSRF token leaves none of them in the log', async () => {
  const seed = loadSeed();
  const sim = await testSimulator({ seed: { ...seed, users: seed.users.map((u) => (u.userName === 'supervisor1' ? { ...u, password: PASSWORD } : u)) } });
  /** What the front does with the next requests: pass them to the simulator, or quote their credentials back. */
  let mode: 'pass' | 'refuse-sign-in' | 'refuse-operation' = 'pass';
  const front = await startTestServer((req, res, body) => {
    const { authorization = '', cookie = '' } = req.headers;
    const csrf = String(req.headers['x-csrf-token'] ?? '');
    if (mode === 'refuse-sign-in' && authorization) {
      const bare = authorization.replace(/^Basic /, '');
      return json(res, 401, { statusCode: 20, statusMessage: `refused ${authorization}, that is ${bare}, that is ${Buffer.from(bare, 'base64').toString()}` });
    }
    if (mode === 'refuse-operation' && req.method === 'POST' && body.includes('ListenIn')) {
      const session = /JSESSIONID=([^;]+)/.exec(cookie)?.[1] ?? '';
      return json(res, 200, { statusCode: 2, statusMessage: `not now for session ${session} (Cookie: ${cookie}; X-CSRF-TOKEN: ${csrf}; token ${csrf})` });
    }
    const upstream = http.request(`${sim.url}${req.url ?? '/'}`, { method: req.method, headers: req.headers }, (reply) => {
      res.writeHead(reply.statusCode ?? 502, reply.headers);
      reply.pipe(res);
    });
    upstream.end(body);
  });
  afterTest(() => front.close());
  // Disposed after the test whatever its outcome; disposed below too, so that the log is complete before it is read.
  const { core: app, userData } = await testCore();
  const form = { serverUrl: front.url, userName: 'supervisor1', password: PASSWORD, remember: false };

  mode = 'refuse-sign-in';
  const refused = await app.signIn(form);
  expect(refused).toMatchObject({ ok: false, error: { code: 'auth' } });

  mode = 'pass';
  expect((await app.signIn(form)).ok).toBe(true);
  await until(() => app.supervisor.view().team.some((m) => m.userName === 'agent3'), 'the team');
  mode = 'refuse-operation';
  const agent3 = app.supervisor.view().team.find((m) => m.userName === 'agent3')!;
  expect(await app.supervisor.monitor({ target: { userId: agent3.userId }, state: 'ListenIn' })).toMatchObject({ ok: false });
  mode = 'pass';
  await app.signOut(false);
  await app.dispose();

  // What the app really sent, as the front received it.
  const cookies = new Set(front.requests.flatMap((r) => /JSESSIONID=([^;]+)/.exec(r.headers.cookie ?? '')?.[1] ?? []));
  const csrfTokens = new Set(front.requests.flatMap((r) => String(r.headers['x-csrf-token'] ?? '') || []));
  expect(cookies.size).toBeGreaterThan(0);
  expect(csrfTokens.size).toBeGreaterThan(0);
  const needles = needlesFor([
    { name: 'password', value: PASSWORD },
    { name: 'Basic credentials', value: BASIC },
    ...[...cookies].map((value) => ({ name: 'JSESSIONID', value })),
    ...[...csrfTokens].map((value) => ({ name: 'CSRF token', value })),
  ]);

  // Both refusals were logged, with their words, and the secrets in them masked.
  const log = await readFile(path.join(userData, 'logs', 'main.log'), 'utf8');
  expect(log).toMatch(
    /GET \/api\/v2\/me: GWS did not accept the user name or password \(refused Basic \[redacted\], that is \[redacted\], that is supervisor1:\[redacted\]\)/,
  );
  expect(log).toMatch(/POST \/api\/v2\/me\/devices\/\S+: GWS refused the request: not now for session \[redacted\] \(Cookie: JSESSIONID=\[redacted\]/);
  expect(log).toContain('X-CSRF-TOKEN: [redacted]');

  // Nowhere under user data (the log, the activity log, settings), in any encoding.
  const report = await scan([userData], [], needles);
  expect(report.files.map((f) => path.basename(f.file))).toEqual(expect.arrayContaining(['main.log', 'settings.json']));
  expect(report.hits).toEqual([]);
});
