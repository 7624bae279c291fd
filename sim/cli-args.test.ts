import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './cli-args';

describe('parseCliArgs', () => {
  it('has the documented defaults', () => {
    expect(parseCliArgs([])).toEqual({
      options: {
        port: 8090,
        traffic: 0,
        csrf: true,
        intrusion: 'on',
        monitoringCall: 'established',
        sipCluster: false,
        monitoringFeature: true,
        agentControlFeature: true,
        cancelReleasesCall: true,
        errorStatus: 'reference',
        csrfFailureBody: 'json',
        participants: 'objects',
        gwsVersion: '8.5.2',
        contextPath: '',
        resourceUris: true,
        statusCodeAs: 'number',
      },
    });
  });

  it('reads every flag', () => {
    const argv = [
      '--port',
      '0',
      '--host',
      '0.0.0.0',
      '--seed',
      'x.json',
      '--traffic',
      '12',
      '--csrf',
      'off',
      '--intrusion',
      'all',
      '--monitoring-call',
      'ringing',
      '--sip-cluster',
      '--monitoring-feature',
      'off',
      '--agent-control-feature',
      'off',
      '--cancel-releases-call',
      'off',
      '--error-status',
      'strict',
      '--csrf-body',
      'text',
      '--participants',
      'strings',
      '--gws-version',
      '8.5.1',
      '--context-path',
      '/cloud-web',
      '--uri-host',
      'http://192.168.154.128',
      '--resource-uris',
      'off',
      '--status-code',
      'string',
    ];
    expect(parseCliArgs(argv)).toEqual({
      options: {
        port: 0,
        host: '0.0.0.0',
        seed: 'x.json',
        traffic: 12,
        csrf: false,
        intrusion: 'all',
        monitoringCall: 'ringing',
        sipCluster: true,
        monitoringFeature: false,
        agentControlFeature: false,
        cancelReleasesCall: false,
        errorStatus: 'strict',
        csrfFailureBody: 'text',
        participants: 'strings',
        gwsVersion: '8.5.1',
        contextPath: '/cloud-web',
        uriHost: 'http://192.168.154.128',
        resourceUris: false,
        statusCodeAs: 'string',
      },
    });
  });

  it('refuses unknown flags and bad values', () => {
    expect(parseCliArgs(['--colour'])).toMatchObject({ error: expect.stringContaining('--colour') as unknown });
    expect(parseCliArgs(['--port', '99999'])).toEqual({ error: '--port takes a whole number from 0 to 65535, not "99999"' });
    expect(parseCliArgs(['--traffic', '-3'])).toMatchObject({ error: expect.stringContaining('--traffic') as unknown });
    expect(parseCliArgs(['--csrf', 'maybe'])).toEqual({ error: '--csrf takes on|off, not "maybe"' });
    expect(parseCliArgs(['extra'])).toMatchObject({ error: expect.any(String) as unknown });
    expect(parseCliArgs(['--help'])).toEqual({ help: true });
    expect(parseCliArgs(['--gws-version', '8.6'])).toEqual({ error: '--gws-version takes 8.5.2|8.5.1, not "8.6"' });
    expect(parseCliArgs(['--context-path', 'cloud-web'])).toMatchObject({ error: expect.stringContaining('/name[/name…]') as unknown });
    expect(parseCliArgs(['--uri-host', 'http://192.168.154.128/cloud-web'])).toMatchObject({ error: expect.stringContaining('no path') as unknown });
  });
});

describe('parseCliArgs --tls-key, --tls-cert', () => {
  it('reads both PEM files, and refuses one alone or one it cannot read', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sim-cli-tls-'));
    const key = path.join(dir, 'server.key');
    const cert = path.join(dir, 'server.pem');
    writeFileSync(key, 'KEY PEM');
    writeFileSync(cert, 'CERT PEM');
    try {
      expect(parseCliArgs(['--tls-key', key, '--tls-cert', cert])).toMatchObject({ options: { tls: { key: 'KEY PEM', cert: 'CERT PEM' } } });
      expect(parseCliArgs(['--tls-key', key])).toEqual({ error: '--tls-key and --tls-cert go together' });
      expect(parseCliArgs(['--tls-key', key, '--tls-cert', path.join(dir, 'missing.pem')])).toEqual({
        error: `--tls-cert: cannot read ${path.join(dir, 'missing.pem')} (ENOENT)`,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('parseCliArgs traffic timings and --demo', () => {
  it('reads seconds or a range of seconds as ms, beside the calls a minute, and --demo', () => {
    expect(parseCliArgs(['--traffic', '6', '--answer-after', '0', '--talk', '1-2', '--wrap-up', '10-60', '--demo'])).toMatchObject({
      options: { traffic: { callsPerMinute: 6, answerAfterMs: [0, 0], talkMs: [1_000, 2_000], wrapUpMs: [10_000, 60_000] }, demo: true },
    });
    expect(parseCliArgs(['--wrap-up', '5'])).toMatchObject({ options: { traffic: { callsPerMinute: 0, wrapUpMs: [5_000, 5_000] } } });
  });

  it('refuses a range upside down, negative, past an hour or not of seconds, naming the flag', () => {
    const error = (flag: string, value: string) => ({
      error: `${flag} takes seconds from 0 to 3600, as N or MIN-MAX with MIN ≤ MAX, not "${value}"`,
    });
    expect(parseCliArgs(['--wrap-up', '60-10'])).toEqual(error('--wrap-up', '60-10'));
    expect(parseCliArgs(['--talk', '-5'])).toMatchObject({ error: expect.stringContaining('--talk') as unknown });
    expect(parseCliArgs(['--answer-after', '3601'])).toEqual(error('--answer-after', '3601'));
    expect(parseCliArgs(['--wrap-up', '1.5'])).toEqual(error('--wrap-up', '1.5'));
    expect(parseCliArgs(['--wrap-up', '1-2-3'])).toEqual(error('--wrap-up', '1-2-3'));
  });
});
