import { describe, expect, it } from 'vitest';
import { armed, monitoringLeg, run, signedIn, supervisorDevice } from './test-support/gws-fixtures';
import { subscriptionSentence } from '../../common/words';
import { noticeFor } from './notices';
import { supervisorView } from './views';

describe('notices', () => {
  it('announce a monitored call with agent, customer and mode', () => {
    const { state, events } = run([...signedIn(armed()), { type: 'call', call: monitoringLeg() }]);
    const view = supervisorView(state);
    expect(events.map((e) => noticeFor(e, view)?.message)).toEqual([
      'Listening to Alice Ng — all calls — follows the call.',
      'Alice Ng is on a call with +19165550104: you are listening.',
    ]);
  });

  it('say the armed state in one line', () => {
    const view = supervisorView(run(signedIn(armed('BargeIn', { mode: 'NextCall', scope: 'Agent' }))).state);
    expect(subscriptionSentence(view.armed!)).toBe('Barging in on Alice Ng — next call only — this agent only');
  });

  it('alert when monitoring is lost', () => {
    const { state, events } = run([...signedIn(armed()), { type: 'devices', devices: [supervisorDevice()] }]);
    expect(noticeFor(events.at(-1)!, supervisorView(state))).toEqual({
      kind: 'alert',
      message: 'Monitoring of Alice Ng was lost. Re-arm it to go on monitoring.',
    });
  });
});
