import { describe, expect, it } from 'vitest';
import type { ActivityEntry } from '../../../common/activity';
import { activityTime, forAgent, newestFirst } from './activity';

const entry = (time: string, target: string | null): ActivityEntry => ({
  time,
  supervisor: 'supervisor1',
  target,
  operation: 'ListenIn',
  scope: 'Call',
  mode: 'AllCalls',
  result: { ok: true },
});

describe('activity log', () => {
  const log = [entry('2026-01-01T10:00:00.000Z', 'agent1'), entry('2026-01-01T12:00:00.000Z', 'agent2'), entry('2026-01-01T11:00:00.000Z', 'agent1')];

  it('lists newest first', () => {
    expect(newestFirst(log).map((e) => e.time)).toEqual(['2026-01-01T12:00:00.000Z', '2026-01-01T11:00:00.000Z', '2026-01-01T10:00:00.000Z']);
  });

  it('filters by agent, or not at all', () => {
    expect(forAgent(log, 'agent1')).toHaveLength(2);
    expect(forAgent(log, '')).toHaveLength(3);
  });

  it('shows a local time, or the raw value when it is not a date', () => {
    expect(activityTime('2026-01-01T12:00:00.000Z')).toMatch(/2026/);
    expect(activityTime('yesterday')).toBe('yesterday');
  });
});
