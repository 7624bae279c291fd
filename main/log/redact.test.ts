import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDiagnosticLog } from './diagnostic-log';
import { Redactor } from './redact';

describe('Redactor', () => {
  it('masks registered secrets anywhere, and credentials by key or by shape', () => {
    const redactor = new Redactor();
    redactor.addSecret('hunter2!');
    expect(
      redactor.redact({
        note: 'typed hunter2! twice: hunter2!',
        headers: { Authorization: 'Basic c3VwZXJ2aXNvcjE6aHVudGVyMiE=', Cookie: 'JSESSIONID=ABC' },
        password: 'anything',
        text: 'sent Cookie: JSESSIONID=8F2A; BAYEUX_BROWSER=x1 and X-CSRF-TOKEN: 4a92be65 via http://bob:pw@proxy',
        nested: [{ csrfToken: 't' }, new Error('bad Basic dXNlcjpwYXNz')],
      }),
    ).toEqual({
      note: 'typed [redacted] twice: [redacted]',
      headers: { Authorization: '[redacted]', Cookie: '[redacted]' },
      password: '[redacted]',
      text: 'sent Cookie: JSESSIONID=[redacted]; BAYEUX_BROWSER=[redacted] and X-CSRF-TOKEN: [redacted] via http://[redacted]@proxy',
      nested: [{ csrfToken: '[redacted]' }, expect.objectContaining({ message: 'bad Basic [redacted]' })],
    });
  });

  it('masks secrets in URL queries and Set-Cookie headers, and leaves the rest of the URL', () => {
    const redactor = new Redactor();
    expect(
      redactor.redact({
        url: 'https://gws.example.com/api/v2/me;jsessionid=ABC?password=pw1&user=bob&access_token=t0k#top',
        queried: 'https://gws.example.com/api/v2/notifications?jsessionid=Q1&user=bob and /login?user=bob&JSessionId=Q2#top',
        'Set-Cookie': ['JSESSIONID=8F2A; Path=/; HttpOnly'],
        note: 'server said Set-Cookie: JSESSIONID=77; Path=/',
      }),
    ).toEqual({
      url: 'https://gws.example.com/api/v2/me;jsessionid=[redacted]?password=[redacted]&user=bob&access_token=[redacted]#top',
      queried: 'https://gws.example.com/api/v2/notifications?jsessionid=[redacted]&user=bob and /login?user=bob&JSessionId=[redacted]#top',
      'Set-Cookie': '[redacted]',
      note: 'server said Set-Cookie: JSESSIONID=[redacted]; Path=/',
    });
  });

  it('keeps secrets out of the diagnostic log file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'softphone-log-'));
    const redactor = new Redactor();
    const log = createDiagnosticLog({ dir, redactor, consoleLevel: false });
    redactor.addSecret('demo123');
    log.warn('sign-in with', { userName: 'supervisor1', secret: 'demo123' }, 'password demo123');
    const text = await readFile(log.file, 'utf8');
    expect(text).toMatch(/sign-in with/);
    expect(text).not.toMatch(/demo123/);
    await rm(dir, { recursive: true, force: true });
  });
});
