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
        cancelReleasesCall: true,
        errorStatus: 'reference',
        csrfFailureBody: 'json',
        participants: 'objects',
      },
    });
  });

  it('reads every flag', () => {
    const argv = [
      '--port', '0', '--host', '0.0.0.0', '--seed', 'x.json', '--traffic', '12', '--csrf', 'off',
      '--intrusion', 'all', '--monitoring-call', 'ringing', '--sip-cluster', '--monitoring-feature', 'off',
      '--cancel-releases-call', 'off', '--error-status', 'strict', '--csrf-body', 'text', '--participants', 'strings',
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
        cancelReleasesCall: false,
        errorStatus: 'strict',
        csrfFailureBody: 'text',
        participants: 'strings',
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
  });
});
