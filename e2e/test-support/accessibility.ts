// What every accessibility check in the window does: axe-core in the page, no serious or critical
// violation; and, with UPDATE_SCREENSHOTS=1 (scripts/reshoot-screenshots.sh), the picture of the
// screen as checked, saved as docs/screenshots/<name>.png.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** No serious or critical axe violation on the page, or within `within` (CSS selectors) when given. */
export async function expectAccessible(window: Page, screen: string, within: readonly string[] = []): Promise<void> {
  // Legacy mode runs axe in the page itself; the default opens a blank page, which an Electron app cannot.
  const builder = within.reduce((b, selector) => b.include(selector), new AxeBuilder({ page: window }).setLegacyMode(true));
  const results = await builder.analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen}: ${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

/** With UPDATE_SCREENSHOTS=1: the window as laid out, from the top, saved as docs/screenshots/<name>.png. */
export async function capture(window: Page, name: string): Promise<void> {
  if (!process.env.UPDATE_SCREENSHOTS) return;
  // The stand-in's page can be laid out smaller than the screenshot viewport (docs/e2e-harness.md,
  // window geometry): capture what the window lays out, from the top.
  const size = await window.evaluate(() => {
    document.scrollingElement?.scrollTo(0, 0);
    for (const column of document.querySelectorAll('.work')) column.scrollTo(0, 0);
    return { width: innerWidth, height: innerHeight };
  });
  await window.screenshot({ path: `docs/screenshots/${name}.png`, clip: { x: 0, y: 0, ...size } });
}
