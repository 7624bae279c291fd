// The app's core (main/app-core.ts, as main/index.ts composes it) on a throwaway profile with the
// real keychain, recording what the supervisor would see: every session view, every supervisor
// domain event and the notice the window announces for it.
import type { SessionView } from '../../common/session-view';
import type { Notice } from '../../common/contract';
import type { SupervisorView } from '../../common/supervisor-view';
import type { AppCore, AppCoreOptions } from '../../main/app-core';
import { until } from '../../test-support/events';
import { noticeFor } from '../../main/supervisor/notices';
import type { DomainEvent } from '../../main/supervisor/types';
import { testCore } from './test-core';

/** Quick retries where the scenario is not about the production pacing (as session-fixture.ts). */
export const quickRetries: AppCoreOptions['sessionTiming'] = { reconnectPolicy: { baseDelayMs: 200, maxDelayMs: 1000 } };

export interface FaultWorld {
  core: AppCore;
  /** Every session view pushed, with the time it was pushed. */
  views: { at: number; view: SessionView }[];
  events: DomainEvent[];
  notices: Notice[];
  supervisor(): SupervisorView;
  /** Waits for the supervisor view to satisfy `test`. */
  viewWhere(test: (v: SupervisorView) => boolean, what: string, timeoutMs?: number): Promise<void>;
  /** Waits for a session view that satisfies `test`, pushed at or after index `from`. */
  sessionWhere(test: (v: SessionView) => boolean, what: string, from?: number, timeoutMs?: number): Promise<SessionView>;
}

/** A world for this test: its core is disposed after it (reliability/test-support/after-test.ts). */
export async function faultWorld(sessionTiming: AppCoreOptions['sessionTiming'] = quickRetries): Promise<FaultWorld> {
  const { core } = await testCore(sessionTiming ? { sessionTiming } : {});
  const views: FaultWorld['views'] = [];
  const events: DomainEvent[] = [];
  const notices: Notice[] = [];
  core.session.on('state', () => views.push({ at: Date.now(), view: core.sessionView() }));
  core.supervisor.on('domain', (event, view) => {
    events.push(event);
    const notice = noticeFor(event, view);
    if (notice) notices.push(notice);
  });
  return {
    core,
    views,
    events,
    notices,
    supervisor: () => core.supervisor.view(),
    viewWhere: (test, what, timeoutMs) => until(() => test(core.supervisor.view()), what, timeoutMs),
    async sessionWhere(test, what, from = 0, timeoutMs = 15_000) {
      let found: SessionView | undefined;
      await until(
        () => {
          found = views.slice(from).find((entry) => test(entry.view))?.view;
          return found !== undefined;
        },
        what,
        timeoutMs,
      );
      return found as SessionView;
    },
  };
}

export const connectionKind = (v: SessionView): string | undefined => (v.status === 'signed-in' ? v.connection.kind : undefined);
