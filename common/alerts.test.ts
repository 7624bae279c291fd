import { describe, expect, it } from 'vitest';
import { loggedOperationLabel } from './actions';
import { verbArgsSchemas } from './schemas';

describe('the window’s alert verbs', () => {
  it('take an alert id and one of the alert’s catalogue actions, nothing else', () => {
    const act = verbArgsSchemas['alert.act'];
    expect(act.parse([{ alertId: 'notReady:u1', action: 'snooze' }])).toEqual([{ alertId: 'notReady:u1', action: 'snooze' }]);
    expect(act.safeParse([{ alertId: 'notReady:u1', action: 'coach' }]).success).toBe(false);
    expect(act.safeParse([{ alertId: 'x'.repeat(301), action: 'listenIn' }]).success).toBe(false);
    expect(act.safeParse([{ alertId: '', action: 'listenIn' }]).success).toBe(false);
    expect(act.safeParse([{ alertId: 'a', action: 'listenIn', extra: 1 }]).success).toBe(false);
    expect(verbArgsSchemas['alert.list'].safeParse([1]).success).toBe(false);
  });

  it('the activity screen names the snooze from its catalogue row', () => {
    expect(loggedOperationLabel('SnoozeAlerts')).toBe('Snoozed alerts for today');
  });
});
