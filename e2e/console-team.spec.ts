// The team list with 2,000 agents: windowed, searchable, keyboard-driven, favourites pinned.
import { expect, expectConsole, seedWithAgents, signIn, teamRow, test } from './test-support/console-fixture';

test.use({ simOptions: { seed: seedWithAgents(2000) } });

test('2,000 agents: the list stays small in the DOM, follows the keyboard, searches and pins', async ({ window, sim }) => {
  // Any Content-Security-Policy refusal (an inline style attribute, say) is counted.
  await window.evaluate(() => {
    addEventListener(
      'securitypolicyviolation',
      () => ((globalThis as { cspViolations?: number }).cspViolations = ((globalThis as { cspViolations?: number }).cspViolations ?? 0) + 1),
    );
  });
  await signIn(window, sim);
  await expectConsole(window);
  await expect(window.getByTestId('team-count')).toHaveText(/^20\d\d agents$/);

  // Windowed: a screenful of rows exists, not 2,000; the rows are placed (style: directives pass the CSP).
  const rendered = await window.getByTestId('team-row').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(60);
  const [first, second] = await window.getByTestId('team-row').evaluateAll((rows) => rows.slice(0, 2).map((r) => r.getBoundingClientRect().top));
  expect(second! - first!).toBeGreaterThanOrEqual(40);

  // Keyboard: End goes to the last agent, Home back to the first; the selected row is always rendered.
  const list = window.getByRole('listbox', { name: 'Team' });
  await list.focus();
  await window.keyboard.press('End');
  const last = list.locator('[aria-selected="true"]');
  await expect(last).toBeInViewport();
  await expect(last).toHaveAttribute('aria-posinset', (await last.getAttribute('aria-setsize')) ?? '');
  await window.keyboard.press('Home');
  await expect(list.locator('[aria-selected="true"]')).toHaveAttribute('aria-posinset', '1');
  for (let i = 0; i < 5; i++) await window.keyboard.press('PageDown');
  await expect(list.locator('[aria-selected="true"]')).toBeInViewport();
  await expect(list).toHaveAttribute('aria-activedescendant', /^agent-/);

  // Search is immediate on 2,000 agents.
  const search = window.getByRole('searchbox', { name: 'Search the team' });
  const started = Date.now();
  await search.fill('Number 1999');
  await expect(window.getByTestId('team-count')).toHaveText(/^1 of 20\d\d agents$/);
  expect(Date.now() - started).toBeLessThan(2_000);
  await expect(teamRow(window, 'agent1999')).toContainText('DN 101999');

  // Pin agent1999 with F; cleared search shows it first.
  await search.press('ArrowDown');
  await expect(teamRow(window, 'agent1999')).toHaveAttribute('aria-selected', 'true');
  await window.keyboard.press('f');
  await search.fill('');
  const top = window.getByTestId('team-row').first();
  await expect(top).toHaveAttribute('data-user', 'agent1999');
  await expect(top).toContainText('Pinned');
  await expect(window.getByRole('button', { name: /Pinned/ })).toHaveAttribute('aria-pressed', 'true');

  expect(await window.evaluate(() => (globalThis as { cspViolations?: number }).cspViolations ?? 0)).toBe(0);
});

// A select cuts the option it shows rather than wrap it: each must be as wide as its longest
// option, inside the team column, with 2,000 agents making the filter's counts long.
for (const size of [
  { name: 'minimum', width: 720, height: 480 },
  { name: 'wide', width: 1600, height: 1000 },
] as const)
  test(`the Show and Sort by choices show their options whole, ${size.name} window`, async ({ window, sim }) => {
    await window.setViewportSize({ width: size.width, height: size.height });
    await signIn(window, sim);
    await expectConsole(window);
    await window.getByTestId('team-sort').selectOption({ label: 'Time in state' });
    const columnRight = await window.locator('section.team').evaluate((el) => el.getBoundingClientRect().right);
    for (const [name, testId] of [
      ['Show', 'team-filter'],
      ['Sort by', 'team-sort'],
    ] as const) {
      const select = window.getByTestId(testId);
      // Its width at max-content, out of the flow's squeeze, is what its longest option needs.
      const { width, needed, right } = await select.evaluate((el: HTMLSelectElement) => {
        const box = el.getBoundingClientRect();
        Object.assign(el.style, { flex: 'none', width: 'max-content', minWidth: 'max-content' });
        const widest = el.getBoundingClientRect().width;
        el.removeAttribute('style');
        return { width: box.width, needed: widest, right: box.right };
      });
      expect(width, `the ${name} select is as wide as its longest option`).toBeGreaterThanOrEqual(needed - 0.5);
      expect(right, `the ${name} select ends inside the team column`).toBeLessThanOrEqual(columnRight);
    }
    // The list keeps room under the choices for a whole row at least.
    const [listHeight, rowHeight] = await window
      .locator('#team-list')
      .evaluate((list) => [list.clientHeight, list.querySelector('[role="option"]')?.getBoundingClientRect().height ?? Infinity]);
    expect(listHeight).toBeGreaterThanOrEqual(rowHeight);
  });
