import { describe, expect, it } from 'vitest';
import type { Alert } from '../../../common/alerts';
import { alertOsNotice } from './alert-os-notice';

const alert = (name: string, more: Partial<Alert> = {}): Alert => ({
  id: `notReady:${name}`,
  kind: 'notReady',
  userId: name,
  userName: name,
  agentName: name,
  since: 0,
  lowerBound: true,
  text: 'Not Ready 12 min+',
  actions: ['listenIn', 'bargeIn', 'snooze'],
  ...more,
});

describe('alerts as OS notifications', () => {
  it('one alert: its agent and condition, with Listen in and Barge in as buttons', () => {
    expect(alertOsNotice([alert('Alice Ng')])).toEqual({
      kind: 'alerts',
      title: 'Alert',
      body: 'Alice Ng — Not Ready 12 min+.',
      alert: { id: 'notReady:Alice Ng', actions: ['listenIn', 'bargeIn'] },
    });
  });

  it('a burst is one notification naming the count and the first', () => {
    expect(alertOsNotice([alert('Alice Ng'), alert('Bo Diaz'), alert('Cy Oh')])).toMatchObject({
      title: '3 alerts',
      body: 'Alice Ng — Not Ready 12 min+, and 2 more.',
    });
  });

  it('an alert that only snoozes has no buttons; nothing raised, nothing shown', () => {
    expect(alertOsNotice([alert('Alice Ng', { actions: ['snooze'] })])?.alert?.actions).toEqual([]);
    expect(alertOsNotice([])).toBeNull();
  });
});
