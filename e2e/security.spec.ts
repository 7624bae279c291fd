// The renderer is untrusted: these check what a hostile page script could try.
import { test, expect, mode } from './test-support/fixtures';
import { VERBS } from '../common/contract';
import { openProbeWindow } from './test-support/probes/probe-window';

test('the page gets window.softphone only: no Node, no ipcRenderer, a frozen API', async ({ window: page }) => {
  await expect(page.getByTestId('app-info')).toBeVisible();
  const probe = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    const own = Object.getOwnPropertyNames(window); // before the iframe adds window[0]
    const iframe = document.createElement('iframe');
    document.body.append(iframe);
    const baseline = new Set(Object.getOwnPropertyNames(iframe.contentWindow!));
    iframe.remove();
    const extra = own.filter((k) => !baseline.has(k));
    const api = w.softphone as Record<string, Record<string, unknown>>;
    return {
      verbs: Object.entries(api)
        .flatMap(([area, fns]) => (typeof fns === 'object' ? Object.keys(fns).map((name) => `${area}.${name}`) : []))
        .sort(),
      areasFrozen: Object.values(api).every((fns) => typeof fns !== 'object' || Object.isFrozen(fns)),
      on: typeof api.on,
      nodeGlobals: ['require', 'process', 'module', 'Buffer', 'global', 'ipcRenderer', 'electron'].map((k) => typeof w[k]),
      apiFrozen: Object.isFrozen(api),
      reassigned: (() => {
        try {
          w.softphone = 1;
        } catch {
          /* strict-mode assignment to a read-only property throws; either way it must not stick */
        }
        return typeof w.softphone;
      })(),
      extraGlobals: extra.sort(),
    };
  });
  expect(probe.nodeGlobals).toEqual(Array(7).fill('undefined'));
  expect(probe.apiFrozen).toBe(true);
  expect(probe.areasFrozen).toBe(true);
  expect(probe.verbs).toEqual([...VERBS].sort());
  expect(probe.on).toBe('function');
  expect(probe.reassigned).toBe('object');
  // Besides the bridge, only the page's own libraries' globals (Svelte's, zod's registries).
  expect(probe.extraGlobals.filter((k) => !['softphone', '__svelte', '__zod_globalConfig', '__zod_globalRegistry'].includes(k))).toEqual([]);
});

test('the Content-Security-Policy blocks inline script', async ({ window: page }) => {
  await expect(page.getByTestId('app-info')).toBeVisible();
  const result = await page.evaluate(async () => {
    const violation = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true }),
    );
    const script = document.createElement('script');
    script.textContent = 'window.inlineScriptRan = true';
    document.body.append(script);
    return { directive: await violation, ran: (window as unknown as { inlineScriptRan?: boolean }).inlineScriptRan ?? false };
  });
  expect(result).toEqual({ directive: 'script-src-elem', ran: false });
});

test('security 15.10 the window loads from the app scheme, not file://, and the CSP comes as a header', async ({ electronApp, window: page }) => {
  await expect(page.getByTestId('app-info')).toBeVisible();
  const frameUrl = await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.mainFrame.url);
  expect(frameUrl).toBe('softphone://app/index.html');
  const [reply] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/index.html')), page.reload()]);
  expect(reply.headers()['content-security-policy']).toMatch(/^default-src 'none'; script-src 'self';/);
  // The IPC sender check accepts the page at its new address: the bridge still answers.
  await expect(page.getByTestId('app-info')).toBeVisible();
});

test('the page cannot navigate away from the app', async ({ electronApp, window: page }) => {
  await expect(page.getByTestId('app-info')).toBeVisible();
  // Listeners run in order: the app's lock-down first, then this recorder sees its verdict.
  await electronApp.evaluate(({ BrowserWindow }) => {
    const seen: Array<{ url: string; prevented: boolean }> = [];
    (globalThis as Record<string, unknown>).navigationsSeen = seen;
    BrowserWindow.getAllWindows()[0]!.webContents.on('will-navigate', (event, url) => {
      seen.push({ url, prevented: event.defaultPrevented });
    });
  });
  await page.evaluate(() => {
    window.location.href = 'https://navigation-target.invalid/';
  });
  await expect
    .poll(() => electronApp.evaluate(() => (globalThis as Record<string, unknown>).navigationsSeen))
    .toEqual([{ url: 'https://navigation-target.invalid/', prevented: true }]);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(page.url()).toMatch(/\/index\.html$/);
});

test('window.open opens no window', async ({ electronApp, window: page }) => {
  await expect(page.getByTestId('app-info')).toBeVisible();
  if (mode === 'real') {
    // Electron answers a denied window.open with null and creates nothing.
    expect(await page.evaluate(() => window.open('https://popup-target.invalid/') === null)).toBe(true);
  } else {
    // Chromium has already opened the popup when the stand-in consults the handler: it must close it.
    const [popup] = await Promise.all([electronApp.waitForEvent('window'), page.evaluate(() => void window.open('https://popup-target.invalid/'))]);
    await popup.waitForEvent('close');
  }
  expect(await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('main answers only the app page: another page gets untrusted-sender', async ({ electronApp, window: _app }) => {
  const probe = await openProbeWindow(electronApp, 'e2e/test-support/probes/probe-preload.cjs');
  const reply = await probe.evaluate(() => (window as unknown as { probe: { invoke(ch: string): Promise<unknown> } }).probe.invoke('softphone:app.info'));
  expect(reply).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
});
