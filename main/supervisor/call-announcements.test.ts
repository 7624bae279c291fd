import { describe, expect, it } from 'vitest';
import { armed, monitoringLeg, run, signedIn } from './test-support/gws-fixtures';
import { CallAnnouncements } from './call-announcements';
import type { SupervisorInput, SupervisorState } from './types';
import { supervisorView } from './views';

/** Each input through the reducer in turn, announcing its domain events with the view after it. */
function announced(inputs: SupervisorInput[]): Array<{ message: string; urgent: boolean }> {
  const announcements = new CallAnnouncements();
  let state: SupervisorState | undefined;
  return inputs.flatMap((input) => {
    const step = run([input], state);
    state = step.state;
    return step.events.flatMap((event) => announcements.for(event, supervisorView(step.state)) ?? []);
  });
}

describe('the monitored call in the window’s live regions', () => {
  it('says when it starts, switches to barge-in, the agent is muted, and it ends, naming the agent', () => {
    const barged = { mute: 'Off', capabilities: ['Hangup', 'SwitchToListenIn', 'MuteMonitoredUser'], supervisorMonitoringState: { state: 'BargeIn' } };
    expect(
      announced([
        ...signedIn(armed()),
        { type: 'call', call: monitoringLeg() },
        { type: 'call', call: monitoringLeg(barged) },
        { type: 'call', call: monitoringLeg({ ...barged, monitoredUserMuted: true }) },
        { type: 'call', call: monitoringLeg({ ...barged, state: 'Released', capabilities: [] }) },
      ]),
    ).toEqual([
      { message: 'Monitored call started: Alice Ng with +19165550104, inbound. Listening in.', urgent: true },
      { message: "Barged in on Alice Ng's call.", urgent: true },
      { message: 'Alice Ng is muted.', urgent: false },
      { message: 'The monitored call with Alice Ng ended.', urgent: false },
    ]);
  });
});
