// Electron's rules that the stand-in must reproduce, so a bug that would show under Electron
// shows here too. Run with E2E_ELECTRON=real, the same tests check the stand-in against Electron.
import { test, expect } from './fixtures';
import { openProbeWindow } from './probes/probe-window';

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
  const probe = await openProbeWindow(electronApp, 'e2e/probes/probe-preload.cjs');
  const r = await probe.evaluate(async () => {
    const p = (window as unknown as { probe: Probe }).probe;
    class Pt {
      constructor(public x = 1) {}
      norm() {
        return this.x;
      }
    }
    const echoed = (await p.invoke('probe:echo', new Date(5), new Map([[1, 'a']]), new Pt(), undefined, new Uint8Array([1, 2]))) as Array<[string, unknown]>;
    const fnArg = await p.invoke('probe:echo', () => 1).then(() => 'resolved', (e: Error) => e.message);
    const fnRet = await p.invoke('probe:returnsFn').then(() => 'resolved', (e: Error) => e.message);
    const noHandler = await p.invoke('nope').then(() => 'resolved', (e: Error) => e.message);
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
  const probe = await openProbeWindow(electronApp, 'e2e/probes/probe-preload.cjs');
  const message = await probe.evaluate(() =>
    (window as unknown as { probe: Probe }).probe.invoke('probe:fails').then(() => 'resolved', (e: Error) => e.message),
  );
  expect(message).toBe("Error invoking remote method 'probe:fails': Error: callId required");
});

test('the preload runs in an isolated world the page cannot see into', async ({ electronApp, window: _app }) => {
  const probe = await openProbeWindow(electronApp, 'e2e/probes/probe-preload.cjs');
  const seen = await probe.evaluate(() => ({
    probe: typeof (window as unknown as { probe?: unknown }).probe,
    preloadGlobal: typeof (window as unknown as { preloadOnly?: unknown }).preloadOnly,
    require: typeof (window as unknown as { require?: unknown }).require,
  }));
  expect(seen).toEqual({ probe: 'object', preloadGlobal: 'undefined', require: 'undefined' });
});

test('a sandboxed preload cannot load Node modules', async ({ electronApp, window: _app }) => {
  const probe = await openProbeWindow(electronApp, 'e2e/probes/node-preload.cjs');
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
