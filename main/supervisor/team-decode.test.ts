// The worker's half of the team read, in-thread: the bytes to JSON slices of team rows.
import { describe, expect, it } from 'vitest';
import { decodeTeam, TEAM_SLICE } from './team-decode';
import { teamFrom, usersWithDevicesReply } from './team';
import type { TeamMember } from './types';

const users = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: `u${i}`,
    userName: `agent${i}`,
    firstName: 'Agent',
    lastName: String(count - i).padStart(5, '0'),
    roles: i === 0 ? ['ROLE_SUPERVISOR'] : ['ROLE_AGENT'],
    devices: [{ id: `d${i}`, phoneNumber: String(70_000 + i), userState: { state: i % 2 ? 'Ready' : 'NotReady' } }],
  }));
const bytes = (body: unknown) => new TextEncoder().encode(JSON.stringify(body));
const job = (body: unknown) => ({ body: bytes(body), selfUserId: 'u1', serverUrl: 'https://gws.example.com', readAt: 1_000 });

describe('decodeTeam', () => {
  it('2,500 users: the same rows as teamFrom, in its order, in slices of TEAM_SLICE rows', () => {
    const reply = { statusCode: 0, users: users(2_500) };
    const decoded = decodeTeam(job(reply));
    expect(decoded.head).toEqual({ json: true, status: { statusCode: 0, statusMessage: undefined } });
    const slices = decoded.value ?? [];
    const rows = slices.map((s) => JSON.parse(s) as TeamMember[]);
    // 2,498 team rows: full slices, and the rest in the last.
    expect(rows.map((r) => r.length)).toEqual([...Array<number>(Math.floor(2_498 / TEAM_SLICE)).fill(TEAM_SLICE), 2_498 % TEAM_SLICE]);
    expect(rows.flat()).toEqual(teamFrom(usersWithDevicesReply.parse(reply), 'u1', 'https://gws.example.com', 1_000));
    expect(rows.flat()[0]).toMatchObject({ userName: 'agent2499', deviceUri: 'https://gws.example.com/api/v2/devices/d2499', stateSinceKnown: false });
  });

  it('a refusal (statusCode 5): the head alone, the body left unread', () => {
    expect(decodeTeam(job({ statusCode: 5, statusMessage: 'x'.repeat(5_000) }))).toEqual({
      head: { json: true, status: { statusCode: 5, statusMessage: `${'x'.repeat(300)}…` } },
    });
  });

  it('bytes that are not UTF-8 JSON: not JSON', () => {
    expect(decodeTeam({ body: new Uint8Array([0xff, 0xfe, 0x7b]), selfUserId: null, serverUrl: 'https://gws.example.com', readAt: 0 })).toEqual({
      head: { json: false },
    });
  });
});
