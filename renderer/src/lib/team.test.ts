import { describe, expect, it } from 'vitest';
import type { TeamMemberView } from '../../../common/supervisor-view';
import { filterRows, fold, stateCounts, teamRows } from './team';

const member = (userId: string, name: string, phoneNumber: string | null = null, extra: Partial<TeamMemberView> = {}): TeamMemberView => ({
  userId,
  userName: `agent${userId}`,
  name,
  phoneNumber,
  agentState: 'Ready',
  stateSince: 1000,
  stateSinceKnown: false,
  armed: false,
  pending: null,
  ...extra,
});

const team = [
  member('1', 'Zoé Martin', '7001'),
  member('2', 'alice Ng', '7002'),
  member('3', 'Bob Li', '7003'),
  member('10', 'Agent 10', '7010'),
  member('9', 'Agent 9', '7009'),
];

describe('team list order', () => {
  it('puts pinned favourites first, then sorts by name (case, accents and numbers read naturally)', () => {
    const names = teamRows(team, new Set(['3'])).map((r) => r.member.name);
    expect(names).toEqual(['Bob Li', 'Agent 9', 'Agent 10', 'alice Ng', 'Zoé Martin']);
  });
});

describe('team search', () => {
  const rows = teamRows(team, new Set());

  it('returns everyone for an empty query', () => {
    expect(filterRows(rows, '  ')).toBe(rows);
  });

  it('matches name, user name or number, ignoring case and accents', () => {
    expect(filterRows(rows, 'zoe').map((r) => r.member.userId)).toEqual(['1']);
    expect(filterRows(rows, 'ALICE').map((r) => r.member.userId)).toEqual(['2']);
    expect(filterRows(rows, '7003').map((r) => r.member.userId)).toEqual(['3']);
    expect(filterRows(rows, 'agent10').map((r) => r.member.userId)).toEqual(['10']);
  });

  it('needs every word of the query', () => {
    expect(filterRows(rows, 'ng 7002').map((r) => r.member.userId)).toEqual(['2']);
    expect(filterRows(rows, 'ng 7003')).toEqual([]);
  });

  it('folds accents away', () => {
    expect(fold('Zoé Ñúñez')).toBe('zoe nunez');
  });

  it('filters 2,000 agents quickly', () => {
    const big = Array.from({ length: 2000 }, (_, i) => member(String(i), `Agent Number ${i}`, String(10000 + i)));
    const start = performance.now();
    const sorted = teamRows(big, new Set(['5', '500']));
    const found = filterRows(sorted, '1999');
    const ms = performance.now() - start;
    expect(found.map((r) => r.member.userId)).toEqual(['1999']);
    expect(sorted[0]!.member.userId).toBe('5');
    expect(ms).toBeLessThan(200);
  });
});

describe('team by state', () => {
  const team = [
    member('1', 'Ann', null, { agentState: 'NotReady', stateSince: 5000, stateSinceKnown: true }),
    member('2', 'Bea', null, { agentState: 'AuxWork', stateSince: 2000 }),
    member('3', 'Cal', null, { agentState: 'AfterCallWork', stateSince: 3000, stateSinceKnown: true }),
    member('4', 'Dee', null, { agentState: 'LoggedOut', stateSince: 1000 }),
    member('5', 'Eve', null, { agentState: 'Ready', stateSince: 4000, armed: true }),
    member('6', 'Fay', null, { agentState: null }),
  ];

  it('counts agents per state group, Aux work among Not Ready, unknown states in none', () => {
    expect(stateCounts(team)).toEqual({ ready: 1, 'not-ready': 2, 'after-call': 1, 'logged-out': 1 });
  });

  it('filters by group or by armed, together with the query', () => {
    const rows = teamRows(team, new Set());
    const ids = (filter: Parameters<typeof filterRows>[2], query = '') => filterRows(rows, query, filter).map((r) => r.member.name);
    expect(ids('not-ready')).toEqual(['Ann', 'Bea']);
    expect(ids('after-call')).toEqual(['Cal']);
    expect(ids('logged-out')).toEqual(['Dee']);
    expect(ids('ready')).toEqual(['Eve']);
    expect(ids('armed')).toEqual(['Eve']);
    expect(ids('not-ready', 'bea')).toEqual(['Bea']);
    expect(ids('all')).toHaveLength(6);
  });

  it('sorts by time in state, longest first, pinned still on top, ties by name', () => {
    expect(teamRows(team, new Set(['1']), 'time').map((r) => r.member.name)).toEqual(['Ann', 'Dee', 'Fay', 'Bea', 'Cal', 'Eve']);
  });
});
