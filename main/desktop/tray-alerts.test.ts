import { describe, expect, it } from 'vitest';
import type { Alert } from '../../common/alerts';
import { run } from '../supervisor/test-support/gws-fixtures';
import { supervisorView } from '../supervisor/views';
import { online, registered } from './test-support/tray-fixtures';
import { withAlerts } from './tray-alerts';
import { trayView } from './tray-view';

const tray = trayView(online, supervisorView(run([]).state), registered, 'linux');
const alert = (n: number, more: Partial<Alert> = {}): Alert => ({
  id: `afterCallWork:u${n}`,
  kind: 'afterCallWork',
  userId: `u${n}`,
  userName: `agent${n}`,
  agentName: `Alice Ng ${n}`,
  since: 0,
  lowerBound: false,
  text: 'After Call Work 6 min',
  actions: ['listenIn', 'bargeIn', 'snooze'],
  ...more,
});
const labels = (alerts: Alert[]) => withAlerts(tray, alerts).menu.flatMap((e) => (e.type === 'alert' ? [e.label] : []));

describe('alerts in the tray menu', () => {
  it('lists each alert after Show window, one click from listening in to its agent', () => {
    const menu = withAlerts(tray, [alert(1)]).menu;
    expect(menu.slice(0, 3)).toEqual([
      expect.objectContaining({ action: 'show-window' }),
      { type: 'separator' },
      { type: 'alert', alertId: 'afterCallWork:u1', action: 'listenIn', label: 'Listen in to Alice Ng 1 — After Call Work 6 min' },
    ]);
  });

  it('offers Barge in on a long call, and only opens the window for an alert without a monitoring action', () => {
    expect(labels([alert(1, { kind: 'longCall', text: 'On a monitored call 12 min', actions: ['bargeIn'] })])).toEqual([
      'Barge in on Alice Ng 1 — On a monitored call 12 min',
    ]);
    const gone = withAlerts(tray, [alert(2, { kind: 'armedAgentUnavailable', text: 'Logged off while armed: GWS ended the monitoring', actions: ['snooze'] })]);
    expect(gone.menu[2]).toEqual({
      type: 'alert',
      alertId: 'afterCallWork:u2',
      action: null,
      label: 'Alice Ng 2 — Logged off while armed: GWS ended the monitoring',
    });
  });

  it('lists five at most, then says how many more; without alerts the menu is unchanged', () => {
    const many = labels(Array.from({ length: 8 }, (_, i) => alert(i)));
    expect(many).toHaveLength(6);
    expect(many[5]).toBe('3 more alerts…');
    expect(withAlerts(tray, [])).toBe(tray);
  });
});
