// After a CometD reconnect (issue 18): the CometD server forgets the app's client (the fault
// dropNotifications) and, in the same turn, a monitored call starts: no notification of it
// reaches the app, which must learn of it from the resync it reads once reconnected.
// Timed from the app's resync read (GET /api/v2/me?subresources=*, which it sends once
// re-handshaken and subscribed again) reaching the simulator to the core's monitoredCallStarted;
// the wait before the re-handshake is the reconnect policy's back-off (about a second), logged
// beside it but not the figure. The session's 'connected' state is no mark: the channel reports
// it with its first /meta/connect, which may come after the resync has already alerted.
import type { DomainEvent } from '../main/supervisor/types';
import { nextEvent } from '../test-support/events';
import { Child } from './child';
import { now } from './clock';
import { armListenIn, signedInCore } from './core';
import { figure, type Figure } from './figure';
import type { SimHost } from './sim-host';
import { describe3, percentile, round2 } from './stats';

export interface ReconnectOptions {
  rounds: number;
  log: (line: string) => void;
}

const AGENT = { userName: 'agent1', phoneNumber: '7001' };

export async function measureReconnect({ rounds, log }: ReconnectOptions): Promise<Figure[]> {
  const sim = Child.start<SimHost>('simulator', new URL('./sim-host.ts', import.meta.url));
  let app: Awaited<ReturnType<typeof signedInCore>> | undefined;
  try {
    const { url, password } = await sim.call('start', {});
    // The product allows 6 handshakes a minute (a storm guard, reconnect-policy.ts): with it, every
    // sixth round would wait out the minute. The back-off stays the product's; only the budget
    // makes room for the rounds (and the sign-in's own handshake).
    app = await signedInCore(url, password, { sessionTiming: { reconnectPolicy: { handshakesPerWindow: rounds + 2 } } });
    const { core } = app;
    await armListenIn(core, AGENT.phoneNumber);
    const simClock = await sim.clockOffset();
    const afterResync: number[] = [];
    const afterDrop: number[] = [];
    for (let i = 0; i < rounds; i++) {
      await sim.call('idle', { clients: 1 });
      const alerted = nextEvent<[DomainEvent]>(core.supervisor, 'domain', (e) => e.type === 'monitoredCallStarted');
      const dropped = now();
      const { callId } = await sim.call('dropAndCall', { to: AGENT.userName });
      const [event] = await alerted;
      const alertedAt = now();
      if (event.type !== 'monitoredCallStarted' || event.callId !== callId) throw new Error(`expected call ${callId}, got ${JSON.stringify(event)}`);
      const resyncAt = await sim.call('resyncRead');
      if (resyncAt === undefined) throw new Error(`round ${i}: the call was alerted without a resync read: it did not start while disconnected`);
      afterResync.push(alertedAt - (resyncAt - simClock.offsetMs));
      afterDrop.push(alertedAt - dropped);
      const ended = nextEvent<[DomainEvent]>(core.supervisor, 'domain', (e) => e.type === 'monitoredCallEnded' && e.callId === callId);
      await sim.call('release', { callId });
      await ended;
    }
    log(`  ${rounds} reconnects, a monitored call started during each`);
    log(`  resync read received → alerted ms: ${describe3(afterResync)}`);
    log(`  dropped → alerted ms (with the reconnect back-off): ${describe3(afterDrop)}`);
    return [
      figure('reconnect_alert_p50_ms', round2(percentile(afterResync, 50)), 'ms', '<= 1000'),
      figure('reconnect_alert_p99_ms', round2(percentile(afterResync, 99)), 'ms', '<= 1000'),
    ];
  } finally {
    await app?.dispose();
    await sim.close();
  }
}
