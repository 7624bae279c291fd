// The connection bar when GWS goes away and comes back: state in words, countdown, Reconnect now.
import { startSimulator } from '../sim/index';
import { signIn } from './test-support/console-fixture';
import { expect, test } from './test-support/sim-fixture';

test('a lost connection says so with a countdown, offers Reconnect now, and clears when GWS is back', async ({ window, sim }) => {
  await signIn(window, sim);
  const bar = window.getByTestId('connection-bar');
  const port = Number(new URL(sim.url).port);
  await sim.close();

  await expect(bar).toHaveAttribute('data-state', /reconnecting|offline/);
  await expect(window.getByTestId('retry-countdown')).toBeVisible();
  const again = await startSimulator({ port, longPollMs: 2000 });
  try {
    await window.getByTestId('reconnect-now').click();
    await expect(bar).toHaveAttribute('data-state', 'connected');
    await expect(window.getByTestId('reconnect-now')).toHaveCount(0);
  } finally {
    await again.close();
  }
});
