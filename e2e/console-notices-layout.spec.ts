// Notices never cover what the supervisor is using: with several notices up, the control that has
// the focus, the monitor panel's controls, the team list's selected row and the agent state panel
// are each in view and clear of every notice, at the window's minimum size and a wide one, in the
// light and the dark theme. The notices are real: monitoring armed, cancelled, armed again, and a
// monitored call that starts; on the sign-in screen, the one about a settings file that could not be used.
import type { Locator, Page } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { customerCallsAndAgentAnswers, expect, signIn, tabTo, teamRow, test } from './test-support/console-fixture';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function overlap(a: Box, b: Box): Box | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const width = Math.min(a.x + a.width, b.x + b.width) - x;
  const height = Math.min(a.y + a.height, b.y + b.height) - y;
  return width > 0.5 && height > 0.5 ? { x, y, width, height } : null;
}

/** What of the element the user can see: its box clipped by each scrolling column around it and by the window. */
function visibleBox(target: Locator): Promise<Box | null> {
  return target.evaluate((element) => {
    const r = element.getBoundingClientRect();
    let [left, top, right, bottom] = [r.left, r.top, r.right, r.bottom];
    for (let a = element.parentElement; a; a = a.parentElement) {
      if (getComputedStyle(a).overflowY === 'visible') continue;
      const c = a.getBoundingClientRect();
      [left, top, right, bottom] = [Math.max(left, c.left), Math.max(top, c.top), Math.min(right, c.right), Math.min(bottom, c.bottom)];
    }
    [left, top, right, bottom] = [Math.max(left, 0), Math.max(top, 0), Math.min(right, innerWidth), Math.min(bottom, innerHeight)];
    return right - left > 0.5 && bottom - top > 0.5 ? { x: left, y: top, width: right - left, height: bottom - top } : null;
  });
}

/** The target is in view (wholly, for a control in use) and no notice lies over any of it. */
async function expectClear(window: Page, target: Locator, what: string, { whole = false } = {}): Promise<void> {
  const seen = await visibleBox(target);
  expect(seen, `${what} is in view`).not.toBeNull();
  if (!seen) return;
  if (whole) expect(seen.height, `${what} is wholly in view`).toBeCloseTo((await target.boundingBox())?.height ?? 0, 0);
  for (const notice of await window.getByTestId('notice').all()) {
    const box = await notice.boundingBox();
    expect(box, 'the notice is laid out').not.toBeNull();
    if (box) expect(overlap(seen, box), `${what} under the notice "${await notice.locator('p').textContent()}"`).toBeNull();
  }
}

const SIZES = [
  { name: 'minimum', width: 720, height: 480 },
  { name: 'wide', width: 1600, height: 1000 },
] as const;

for (const size of SIZES)
  for (const theme of ['light', 'dark'] as const) {
    test(`notices never cover the control in use, the selected row or the agent state panel, ${size.name} window, ${theme}`, async ({ window, sim }) => {
      await window.setViewportSize({ width: size.width, height: size.height });
      await window.emulateMedia({ colorScheme: theme });
      await signIn(window, sim);

      // By keyboard: agent3 from the search box, then Start monitoring; the Cancel in the banner, then Start again.
      await window.getByRole('searchbox', { name: 'Search the team' }).fill('agent3');
      await window.keyboard.press('ArrowDown');
      await expect(teamRow(window, 'agent3')).toHaveAttribute('aria-selected', 'true');
      const start = window.getByRole('button', { name: 'Start monitoring' });
      await start.focus();
      await window.keyboard.press('Enter');
      await expect(window.getByTestId('armed-banner')).toBeVisible();
      await window.getByTestId('armed-banner').getByRole('button', { name: 'Cancel monitoring' }).click();
      await expect(window.getByTestId('armed-banner')).toHaveCount(0);
      await start.focus();
      await window.keyboard.press('Enter');
      await expect(window.getByTestId('armed-banner')).toBeVisible();
      customerCallsAndAgentAnswers(sim, 'agent3');
      await expect(window.getByTestId('monitored-call')).toBeVisible();
      const notices = window.getByTestId('notice');
      await expect(notices).toHaveCount(4);

      const monitor = window.getByTestId('monitor-panel');
      const agentState = window.getByTestId('agent-state-panel');

      // The control in use keeps its place in view, and so do the others of the monitor panel.
      await expectClear(window, start, 'Start monitoring, focused', { whole: true });
      for (const control of await monitor.locator('button, input').all()) {
        const name = (await control.getAttribute('value')) ?? (await control.textContent());
        if (await visibleBox(control)) await expectClear(window, control, `the monitor panel's ${name}`);
      }

      // The team list with the focus: its selected row.
      await window.locator('#team-list').focus();
      await expectClear(window, teamRow(window, 'agent3'), 'the selected row', { whole: true });

      // The agent state panel, its first action focused.
      const makeNotReady = agentState.getByRole('button', { name: 'Make Not Ready' });
      await makeNotReady.focus();
      await expectClear(window, makeNotReady, 'Make Not Ready, focused', { whole: true });
      await expectClear(window, agentState.getByRole('heading'), "the agent state panel's heading");
      await expect(notices).toHaveCount(4);
    });
  }

test.describe('on the sign-in screen', () => {
  test.use({
    // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructured first parameter
    userDataDir: async ({}, use, testInfo) => {
      const dir = testInfo.outputPath('user-data');
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, 'settings.json'), '{"theme": "da');
      await use(dir);
    },
  });

  test('the settings notice, which stays until dismissed, covers no field of the form in a minimum window', async ({ window }) => {
    await window.setViewportSize({ width: 720, height: 480 });
    await expect(window.getByTestId('notice')).toContainText('Your settings file could not be used');
    for (const control of [
      window.getByLabel('Server address'),
      window.getByLabel('User name'),
      window.getByLabel('Password'),
      window.getByLabel('Remember me'),
      window.getByRole('button', { name: 'Sign in' }),
    ]) {
      await tabTo(window, control);
      await expectClear(window, control, `${await control.getAttribute('id')}, focused`, { whole: true });
    }
  });
});
