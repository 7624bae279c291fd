// The watcher's timing against the service's events: the rules walk the whole team, so they run
// once per turn of the event loop, after the view changed, never inside the emit that also
// carries a monitored call's start to the supervisor.
import { EventEmitter } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../common/settings';
import { quiet } from '../../../test-support/quiet-log';
import { ActivityLog } from '../../activity/activity-log';
import { ok } from '../../result';
import { done } from '../service-contract';
import { initialState } from '../types';
import { supervisorView } from '../views';
import { AlertWatcher, type AlertWatcherDeps } from './alert-watcher';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A watcher on a service that only emits views; `evaluations` counts the walks of the rules. */
async function watcher() {
  const dir = await mkdtemp(path.join(tmpdir(), 'alert-watcher-'));
  dirs.push(dir);
  const view = supervisorView(initialState);
  const service = Object.assign(new EventEmitter(), { view: () => view, monitor: () => Promise.resolve(done), switchToBargeIn: () => Promise.resolve(done) });
  const counted = { evaluations: 0 };
  const watching = new AlertWatcher({
    // The service's typed events are wider than a plain emitter's: the watcher only listens to 'view'.
    supervisor: service as unknown as AlertWatcherDeps['supervisor'],
    activity: new ActivityLog(dir),
    log: quiet,
    rules: () => {
      counted.evaluations++;
      return defaultSettings.alerts;
    },
    snoozes: () => [],
    saveSnoozes: () => Promise.resolve(ok(null)),
    connection: () => 'live',
    supervisorName: () => 'supervisor1',
    everyMs: 60_000,
  });
  watching.start();
  return { service, view, counted, stop: () => watching.stop() };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('the alert watcher', () => {
  it('walks the rules after the view change, not inside it, and once for a burst of changes in one turn', async () => {
    const { service, view, counted, stop } = await watcher();
    for (let i = 0; i < 5; i++) service.emit('view', view);
    expect(counted.evaluations).toBe(0);
    await nextTurn();
    expect(counted.evaluations).toBe(1);
    service.emit('view', view);
    await nextTurn();
    expect(counted.evaluations).toBe(2);
    stop();
  });

  it('walks nothing once stopped, even for a view that changed just before', async () => {
    const { service, view, counted, stop } = await watcher();
    service.emit('view', view);
    stop();
    await nextTurn();
    expect(counted.evaluations).toBe(0);
  });
});
