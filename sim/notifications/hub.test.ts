import { describe, expect, it } from 'vitest';
import { channelMatches } from './hub';

describe('channelMatches', () => {
  it('follows Bayeux globbing', () => {
    expect(channelMatches('/v2/me/calls', '/v2/me/calls')).toBe(true);
    expect(channelMatches('/v2/me/*', '/v2/me/calls')).toBe(true);
    expect(channelMatches('/v2/me/*', '/v2/me/calls/x')).toBe(false);
    expect(channelMatches('/v2/**', '/v2/me/calls')).toBe(true);
    expect(channelMatches('/**', '/v2/me/devices')).toBe(true);
    expect(channelMatches('/v2/me/devices', '/v2/me/calls')).toBe(false);
    expect(channelMatches('/v2/m*', '/v2/me')).toBe(false);
  });
});
