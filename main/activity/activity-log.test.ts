import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActivityEntry } from '../../common/activity';
import { ActivityLog } from './activity-log';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'activity-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const entry = (n: number, target = 'agent1', ok = true): ActivityEntry => ({
  time: new Date(Date.UTC(2026, 10, 23, 9, 0, n)).toISOString(),
  supervisor: 'supervisor1',
  target,
  operation: n % 2 ? 'BargeIn' : 'ListenIn',
  scope: 'Call',
  mode: 'AllCalls',
  result: ok ? { ok: true } : { ok: false, code: 'already-monitored', message: 'Alice Ng is already monitored by another supervisor' },
});

describe('the activity log', () => {
  it('keeps every action as one JSON line and reads them newest first', async () => {
    const log = new ActivityLog(dir);
    await Promise.all([entry(1), entry(2), entry(3, 'agent2', false)].map((e) => log.append(e)));
    expect(readFileSync(log.file, 'utf8').trim().split('\n')).toHaveLength(3);
    expect((await log.read()).map((e) => e.time.slice(-7, -5))).toEqual(['03', '02', '01']);
    expect(statSync(log.file).mode & 0o777).toBe(0o600);
  });

  it('filters by agent and limits', async () => {
    const log = new ActivityLog(dir);
    for (const e of [entry(1), entry(2, 'agent2'), entry(3), entry(4)]) await log.append(e);
    expect((await log.read({ target: 'agent1', limit: 2 })).map((e) => e.time.slice(-7, -5))).toEqual(['04', '03']);
  });

  it('skips a line torn by a crash and keeps the rest', async () => {
    const log = new ActivityLog(dir);
    await log.append(entry(1));
    appendFileSync(log.file, '{"time":"2026-11-23T09:00:0');
    appendFileSync(log.file, '\n');
    await log.append(entry(2));
    expect((await log.read()).map((e) => e.operation)).toEqual(['ListenIn', 'BargeIn']);
  });

  it('rotates past its size limit and still reads across both files', async () => {
    const log = new ActivityLog(dir, { maxBytes: 600 });
    for (let n = 1; n <= 6; n++) await log.append(entry(n));
    expect(statSync(log.file).size).toBeLessThanOrEqual(600);
    expect(statSync(`${log.file}.1`).size).toBeGreaterThan(0);
    expect((await log.read()).length).toBeGreaterThanOrEqual(3);
    expect((await log.read())[0]?.time).toBe(entry(6).time);
  });

  it("passes a failure's message through the redactor before writing it", async () => {
    const log = new ActivityLog(dir, { redact: (text) => text.replaceAll('JSESSIONID=abc123', 'JSESSIONID=[redacted]') });
    const failed = entry(1, 'agent1', false);
    await log.append({ ...failed, result: { ok: false, code: 'status', message: 'GWS refused the request: session JSESSIONID=abc123.' } });
    expect(readFileSync(log.file, 'utf8')).not.toContain('abc123');
    expect((await log.read())[0]?.result).toEqual({ ok: false, code: 'status', message: 'GWS refused the request: session JSESSIONID=[redacted].' });
  });

  it('refuses an entry of the wrong shape rather than writing it', async () => {
    const log = new ActivityLog(dir);
    await expect(log.append({ ...entry(1), result: { ok: 'maybe' } } as unknown as ActivityEntry)).rejects.toThrow();
    expect(await log.read()).toEqual([]);
  });
});
