// What the global barge-in key does, wherever the focus is: with a monitored call live, barge in
// at once; already barged in, or armed with no call, say so; with nothing armed, show the window.
import type { Notice } from '../../common/contract';
import type { SupervisorView } from '../../common/supervisor-view';
import { BARGE_IN_KEY_NOTICES } from '../../common/words/notices';
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
  if (call?.monitoring === 'BargeIn') return deps.notify({ kind: 'info', message: BARGE_IN_KEY_NOTICES.alreadyBargedIn(call.agent.name) });
  if (call) {
    const result = await deps.bargeIn();
    if (!result.ok) deps.notify({ kind: 'error', message: BARGE_IN_KEY_NOTICES.failed(result.error.message) });
    return;
  }
  if (view.armed) return deps.notify({ kind: 'info', message: BARGE_IN_KEY_NOTICES.noCall(view.armed.target.name) });
  deps.revealWindow();
}
