import { describe, expect, it } from 'vitest';
import type { TeamMemberView } from '../../../common/supervisor-view';
import { filterRows, fold, teamRows } from './team';

const member = (userId: string, name: string, phoneNumber: string | null = null): TeamMemberView => ({
  userId,
  userName: `agent${userId}`,
  name,
  phoneNumber,
  agentState: 'Ready',
  armed: false,
});

const team = [member('1', 'Zoé Martin', '7001'), member('2', 'alice Ng', '7002'), member('3', 'Bob Li', '7003'), member('10', 'Agent 10', '7010'), member('9', 'Agent 9', '7009')];

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
