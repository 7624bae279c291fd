// Electron's rules that the stand-in must reproduce, so a bug that would show under Electron
// shows here too. Run with E2E_ELECTRON=real, the same tests check the stand-in against Electron.
import { test, expect } from './test-support/fixtures';
import { openProbeWindow } from './test-support/probes/probe-window';

type Probe = {
  invoke(ch: string, ...args: unknown[]): Promise<unknown>;
  returnsFn(): () => number;
  syncValue(): { when: Date; tags: Set<string> };
  throws(): void;
};

test('IPC payloads follow structured clone; contextBridge proxies functions', async ({ electronApp, window: _app }) => {
  await electronApp.evaluate(({ ipcMain }) => {
    ipcMain.handle('probe:echo', (_e, ...args: unknown[]) => args.map((a) => [Object.prototype.toString.call(a), a]));
    ipcMain.handle('probe:returnsFn', () => () => 1);
  });
  const probe = await openProbeWindow(electronApp, 'e2e/test-support/probes/probe-preload.cjs');
  const r = await probe.evaluate(async () => {
    const p = (window as unknown as { probe: Probe }).probe;
    class Pt {
      constructor(public x = 1) {}
      norm() {
        return this.x;
      }
    }
    const echoed = (await p.invoke('probe:echo', new Date(5), new Map([[1, 'a']]), new Pt(), undefined, new Uint8Array([1, 2]))) as Array<[string, unknown]>;
    const fnArg = await p
      .invoke('probe:echo', () => 1)
      .then(
        () => 'resolved',
        (e: Error) => e.message,
      );
    const fnRet = await p.invoke('probe:returnsFn').then(
      () => 'resolved',
      (e: Error) => e.message,
    );
    const noHandler = await p.invoke('nope').then(
      () => 'resolved',
      (e: Error) => e.message,
    );
    let thrown = '';
    try {
      p.throws();
    } catch (e) {
      thrown = `${(e as Error).constructor.name}: ${(e as Error).message}`;
    }
    const sv = p.syncValue();
    return {
      echoed: echoed.map(([tag]) => tag),
      ptHasMethod: 'norm' in (echoed[2]![1] as object),
      fnArg,
      fnRet,
      noHandler,
      thrown,
      bridgedFn: p.returnsFn()(),
      syncDate: sv.when instanceof Date,
      syncSet: sv.tags instanceof Set,
    };
  });
  expect(r).toEqual({
    echoed: ['[object Date]', '[object Map]', '[object Object]', '[object Undefined]', '[object Uint8Array]'],
    ptHasMethod: false, // class instances lose their prototype
    fnArg: 'An object could not be cloned.',
    fnRet: "Error invoking remote method 'probe:returnsFn': Error: An object could not be cloned.",
    noHandler: "Error invoking remote method 'nope': Error: No handler registered for 'nope'",
    thrown: 'Error: boom', // errors cross the bridge as plain Error(message)
    bridgedFn: 42,
    syncDate: true,
    syncSet: true,
  });
});

test('a handler that throws reaches the renderer in Electron’s wording', async ({ electronApp, window: _app }) => {
  await electronApp.evaluate(({ ipcMain }) => {
    ipcMain.handle('probe:fails', () => {
      throw new Error('callId required');
    });
  });
  const probe = await openProbeWindow(electronApp, 'e2e/test-support/probes/probe-preload.cjs');
  const message = await probe.evaluate(() =>
    (window as unknown as { probe: Probe }).probe.invoke('probe:fails').then(
      () => 'resolved',
      (e: Error) => e.message,
    ),
  );
  expect(message).toBe("Error invoking remote method 'probe:fails': Error: callId required");
});

test('the preload runs in an isolated world the page cannot see into', async ({ electronApp, window: _app }) => {
  const probe = await openProbeWindow(electronApp, 'e2e/test-support/probes/probe-preload.cjs');
  const seen = await probe.evaluate(() => ({
    probe: typeof (window as unknown as { probe?: unknown }).probe,
    preloadGlobal: typeof (window as unknown as { preloadOnly?: unknown }).preloadOnly,
    require: typeof (window as unknown as { require?: unknown }).require,
  }));
  expect(seen).toEqual({ probe: 'object', preloadGlobal: 'undefined', require: 'undefined' });
});

test('a sandboxed preload cannot load Node modules', async ({ electronApp, window: _app }) => {
  const probe = await openProbeWindow(electronApp, 'e2e/test-support/probes/node-preload.cjs');
  expect(await probe.evaluate(() => typeof (window as unknown as { nodeProbe?: unknown }).nodeProbe)).toBe('undefined');
});

test('a second ipcMain.handle for one channel throws', async ({ electronApp, window: _app }) => {
  const message = await electronApp.evaluate(({ ipcMain }) => {
    try {
      ipcMain.handle('softphone:app.info', () => 0);
      return 'no error';
    } catch (e) {
      return (e as Error).message;
    }
  });
  expect(message).toBe("Attempted to register a second handler for 'softphone:app.info'");
});

test('protocol.handle answers a privileged scheme with the handler’s Response: status, headers and body', async ({ electronApp, window: _app }) => {
  // The app registered softphone:// before ready (as Electron requires); its handler is swapped for a probe's.
  await electronApp.evaluate(({ protocol }) => {
    const seen: string[] = [];
    (globalThis as Record<string, unknown>).protocolSeen = seen;
    protocol.unhandle('softphone');
    protocol.handle('softphone', (request) => {
      seen.push(`${request.method} ${request.url}`);
      const { pathname } = new URL(request.url);
      const headers = (type: string) => ({ 'content-type': type, 'content-security-policy': "script-src 'self'" });
      if (pathname === '/page.html') {
        return new Response('<title>probe</title><script src="probe.js"></script><script>window.inlineRan = true</script>', { headers: headers('text/html') });
      }
      if (pathname === '/probe.js') return new Response('window.scriptRan = isSecureContext', { headers: headers('text/javascript') });
      return new Response('gone', { status: 404 });
    });
  });
  const [page] = await Promise.all([
    electronApp.waitForEvent('window'),
    electronApp.evaluate(({ BrowserWindow }) => {
      void new BrowserWindow({ show: false }).loadURL('softphone://probe/page.html');
    }),
  ]);
  await page.waitForFunction(() => 'scriptRan' in window);
  // The relative script came from the handler; the header's CSP refused the inline one.
  expect(await page.evaluate(() => ({ secure: (window as unknown as { scriptRan: boolean }).scriptRan, inline: 'inlineRan' in window }))).toEqual({
    secure: true,
    inline: false,
  });
  const main = await electronApp.evaluate(({ BrowserWindow }) => {
    const frame = BrowserWindow.getAllWindows().at(-1)!.webContents.mainFrame;
    return { url: frame.url, origin: frame.origin, seen: (globalThis as Record<string, unknown>).protocolSeen };
  });
  expect(main).toEqual({
    url: 'softphone://probe/page.html',
    origin: 'softphone://probe',
    seen: ['GET softphone://probe/page.html', 'GET softphone://probe/probe.js'],
  });
});

test('protocol.registerSchemesAsPrivileged is refused once the app is ready', async ({ electronApp, window: _app }) => {
  const message = await electronApp.evaluate(({ protocol }) => {
    try {
      protocol.registerSchemesAsPrivileged([{ scheme: 'late', privileges: { standard: true, secure: true } }]);
      return 'no error';
    } catch (e) {
      return (e as Error).message;
    }
  });
  expect(message).toBe('protocol.registerSchemesAsPrivileged should be called before app is ready');
});
