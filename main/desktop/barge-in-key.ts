// What the global barge-in key does, wherever the focus is: with a monitored call live, barge in
// at once; already barged in, or armed with no call, say so; with nothing armed, show the window.
import type { Notice } from '../../common/contract';
import type { SupervisorView } from '../../common/supervisor-view';
import { MONITORING_STATES } from '../../common/words';
import type { ActionResult } from '../supervisor/service';

export interface BargeInKeyDeps {
  view(): SupervisorView;
  bargeIn(): Promise<ActionResult>;
  revealWindow(): void;
  notify(notice: Notice): void;
}

export async function pressBargeInKey(deps: BargeInKeyDeps): Promise<void> {
  const view = deps.view();
  const call = view.monitoredCall;
  if (call?.monitoring === 'BargeIn')
    return deps.notify({ kind: 'info', message: `You are already ${MONITORING_STATES.BargeIn.doing} on ${call.agent.name}'s call.` });
  if (call) {
    const result = await deps.bargeIn();
    if (!result.ok) deps.notify({ kind: 'error', message: `Could not barge in: ${result.error.message}` });
    return;
  }
  if (view.armed) return deps.notify({ kind: 'info', message: `No monitored call in progress: ${view.armed.target.name} is not on a call.` });
  deps.revealWindow();
}
