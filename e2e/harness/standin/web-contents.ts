// The stand-in's webContents: a Playwright-driven Chromium page, with the app's preload in an
// isolated world and IPC over a CDP binding (docs/e2e-harness.md).
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { randomUUID } from 'node:crypto';
import type { CDPSession, Page, Request as PwRequest, Route } from 'playwright-core';
import { encode, decode } from './codec';
import { fromChromiumUrl, originOf, serveCustomScheme, toChromiumUrl } from './protocol';
import { __standin, app, BrowserWindow, ipcMain, log, preventable } from './electron';

const WORLD = 'electron-standin-preload';
const BINDING = '__standinIpc';
let bundles: Promise<{ mainWorld: string }> | undefined;
async function buildScript(entry: string, extra: object = {}) {
  const { build } = await import('esbuild');
  const r = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
    ...extra,
  });
  return r.outputFiles[0]!.text;
}
const standinSrc = (f: string) => path.join(__dirname, '..', 'standin', f);

/** Re-bundle the app's real (sandboxed, CJS) preload for the page, with `electron` -> preload-runtime. */
async function bundlePreload(preloadPath: string) {
  const runtime = standinSrc('preload-runtime.ts');
  return buildScript(preloadPath, {
    plugins: [
      {
        name: 'sandboxed-preload',
        setup(b: any) {
          b.onResolve({ filter: /.*/ }, (args: any) => {
            if (args.kind === 'entry-point' || args.importer.startsWith(path.dirname(runtime))) return undefined;
            if (/^(node:)?electron(\/renderer)?$/.test(args.path)) return { path: runtime };
            if (args.path.startsWith('.')) return undefined; // unbundled preload sources
            return { errors: [{ text: `sandboxed preload cannot require '${args.path}' (electron-standin)` }] };
          });
        },
      },
    ],
  });
}

type WindowOpenHandler = (details: { url: string; frameName: string; features: string; disposition: string; referrer: { url: string; policy: string } }) => {
  action: 'allow' | 'deny';
};
let nextWcId = 1;
export class WebContents extends EventEmitter {
  readonly #prefs: Record<string, any>;
  static #all = new Map<number, WebContents>();
  readonly id = nextWcId++;
  page: Page | undefined;
  #cdp: CDPSession | undefined;
  #isoCtx: number | undefined;
  #targetId = '';
  #destroyed = false;
  readonly #ready: Promise<void>;
  readonly #nonce = randomUUID();
  #windowOpenHandler: WindowOpenHandler | undefined;
  /** The URL main asked for with loadURL: Electron fires no will-navigate for it. */
  #mainRequested = '';
  /** Like WebFrameMain: `parent` is null for the top frame, which is the only frame with a preload here. */
  readonly mainFrame = ((wc: WebContents) =>
    Object.freeze({
      get url() {
        return fromChromiumUrl(wc.page?.url() ?? '');
      },
      get origin() {
        const u = this.url;
        return u.startsWith('file:') ? 'file://' : (originOf(u) ?? new URL(u || 'about:blank').origin);
      },
      parent: null,
      routingId: 1,
    }))(this);

  constructor(
    readonly _owner: BrowserWindow,
    prefs: Record<string, any>,
    size: { width: number; height: number },
  ) {
    super();
    this.#prefs = prefs;
    WebContents.#all.set(this.id, this);
    if (prefs.nodeIntegration || prefs.contextIsolation === false)
      throw new Error('electron-standin: only contextIsolation:true, nodeIntegration:false windows are supported');
    this.#ready = this.#init(size);
    this.#ready.catch((e) => {
      log('window init failed', e);
      console.error('[electron-standin] window init failed:', e);
    });
  }

  async #init(size: { width: number; height: number }) {
    const ctx = __standin.context!;
    // Headed, the first window takes over the startup app window (boot.ts); later ones are tabs.
    const adopted = __standin.placeholder;
    __standin.placeholder = undefined;
    const page = (this.page = adopted ?? (await ctx.newPage()));
    const cdp = (this.#cdp = await ctx.newCDPSession(page));
    this.#targetId = (await cdp.send('Target.getTargetInfo')).targetInfo.targetId;
    if (__standin.headed) {
      const { windowId } = await cdp.send('Browser.getWindowForTarget', { targetId: this.#targetId });
      await cdp.send('Browser.setWindowBounds', { windowId, bounds: { ...size, windowState: 'normal' } });
    } else {
      await page.setViewportSize(size);
    }
    await this.#guardNavigation(page);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const mainFrameId = frameTree.frame.id;
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.name === WORLD && context.auxData?.frameId === mainFrameId) this.#isoCtx = context.id;
    });
    cdp.on('Runtime.executionContextDestroyed', (e) => {
      if (e.executionContextId === this.#isoCtx) this.#isoCtx = undefined;
    });
    cdp.on('Runtime.executionContextsCleared', () => {
      this.#isoCtx = undefined;
    });
    cdp.on('Runtime.bindingCalled', (e) => {
      if (e.name === BINDING) void this.#onIpc(e.payload, e.executionContextId);
    });
    cdp.on('Runtime.consoleAPICalled', (e) => {
      if (e.executionContextId === this.#isoCtx) console.error(`[preload ${e.type}]`, ...e.args.map((a) => a.value ?? a.description));
    });
    cdp.on('Runtime.exceptionThrown', (e) => {
      log('exception', e.exceptionDetails.executionContextId, e.exceptionDetails.exception?.description ?? e.exceptionDetails.text);
      if (e.exceptionDetails.executionContextId === this.#isoCtx)
        console.error('[preload exception]', e.exceptionDetails.exception?.description ?? e.exceptionDetails.text);
    });
    await cdp.send('Page.enable'); // addScriptToEvaluateOnNewDocument only fires with Page enabled
    await cdp.send('Runtime.enable');
    page.on('load', () => {
      this.emit('dom-ready', {});
      this.emit('did-finish-load', {});
    });
    page.on('console', (m) => this.emit('console-message', {}, 0, m.text(), 0, ''));
    page.on('close', () => this.#destroy());
    page.on('crash', () => this.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 }));

    bundles ??= buildScript(standinSrc('page-main-world.ts')).then((mainWorld) => ({ mainWorld }));
    const withNonce = (s: string) => s.replaceAll('__STANDIN_NONCE__', JSON.stringify(this.#nonce)).replaceAll('__STANDIN_BINDING__', JSON.stringify(BINDING));
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: withNonce((await bundles).mainWorld) });
    if (this.#prefs.preload) {
      try {
        const pre = await bundlePreload(this.#prefs.preload);
        await cdp.send('Runtime.addBinding', { name: BINDING, executionContextName: WORLD });
        await cdp.send('Page.addScriptToEvaluateOnNewDocument', {
          source: `if (window.top === window) {\n${withNonce(pre)}\n}`,
          worldName: WORLD,
        });
      } catch (e) {
        // Electron reports this in the renderer console; do the same so page.on('console') sees it.
        const msg = `Unable to load preload script: ${this.#prefs.preload}\n${(e as Error).message}`;
        console.error(`[electron-standin] ${msg}`);
        await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: `console.error(${JSON.stringify(msg)})` });
      }
    }
  }

  async #onIpc(payload: string, contextId: number) {
    const m = JSON.parse(payload);
    const event = {
      sender: this,
      senderFrame: this.mainFrame,
      processId: 1,
      frameId: 1,
      returnValue: undefined,
      reply: (ch: string, ...a: unknown[]) => this.send(ch, ...a),
    };
    const args = decode(m.args) as unknown[];
    if (m.t === 'send') {
      ipcMain.emit(m.ch, event, ...args);
      this.emit('ipc-message', event, m.ch, ...args);
      return;
    }
    let reply: object;
    try {
      const v = await ipcMain._invoke(m.ch, event, args);
      __standin.records.ipc.push({ channel: m.ch, args, ok: true });
      reply = { t: 'reply', id: m.id, ok: true, v: encode(v) };
    } catch (e) {
      __standin.records.ipc.push({ channel: m.ch, args, ok: false });
      reply = { t: 'reply', id: m.id, ok: false, message: `Error invoking remote method '${m.ch}': ${String(e)}` };
    }
    await this.#toIsolated(reply, contextId);
  }

  async #toIsolated(msg: object, contextId = this.#isoCtx) {
    if (contextId === undefined || !this.#cdp) return false;
    await this.#cdp
      .send('Runtime.evaluate', {
        expression: `globalThis.__standinFromMain(${JSON.stringify(JSON.stringify(msg))})`,
        contextId,
      })
      .catch((e) => log('deliver failed', e.message));
    return true;
  }

  /**
   * Page-initiated navigation of the top frame emits a preventable 'will-navigate'; window.open
   * consults setWindowOpenHandler. Chromium cannot intercept file:// requests, so only navigations
   * over the network (http, https, data) can be refused here: see the README's limits.
   */
  async #guardNavigation(page: Page) {
    // A request for a custom scheme is answered by its protocol.handle handler (protocol.ts).
    const pass = async (route: Route, request: PwRequest) => {
      if (!(await serveCustomScheme(route, request))) await route.continue();
    };
    await page.route('**/*', async (route, request) => {
      const url = request.url();
      if (!request.isNavigationRequest() || request.frame() !== page.mainFrame() || url === this.#mainRequested) {
        return pass(route, request);
      }
      const ev = { ...preventable(), url: fromChromiumUrl(url) };
      this.emit('will-navigate', ev, ev.url);
      return ev.defaultPrevented ? route.abort('aborted') : pass(route, request);
    });
    page.on('popup', (popup) => {
      const url = popup.url();
      const verdict = this.#windowOpenHandler?.({
        url,
        frameName: '',
        features: '',
        disposition: 'new-window',
        referrer: { url: this.getURL(), policy: 'default' },
      });
      if (verdict?.action === 'deny') void popup.close();
      else log(`window.open(${url}) allowed, but the stand-in opens no BrowserWindow for it`);
    });
  }

  send(channel: string, ...args: unknown[]) {
    if (this.#destroyed) throw new Error('Object has been destroyed');
    const msg = { t: 'event', ch: channel, args: encode(args) }; // throws on un-cloneable, like Electron
    // Like Electron, a message sent before the renderer/preload exists is simply lost.
    void this.#toIsolated(msg).then((ok) => {
      if (!ok) log(`send('${channel}') dropped: renderer not ready`);
    });
  }
  async loadURL(url: string) {
    await this.#ready;
    this.#mainRequested = toChromiumUrl(url);
    const resp = await this.page!.goto(this.#mainRequested).catch((e: Error) => {
      this.emit('did-fail-load', {}, -2, e.message, url, true);
      throw e;
    });
    void resp;
  }
  loadFile(file: string, opts: { query?: Record<string, string>; hash?: string } = {}) {
    const u = pathToFileURL(path.resolve(app.getAppPath(), file));
    for (const [k, v] of Object.entries(opts.query ?? {})) u.searchParams.set(k, v);
    if (opts.hash) u.hash = opts.hash;
    return this.loadURL(u.href);
  }
  getURL() {
    return fromChromiumUrl(this.page?.url() ?? '');
  }
  getTitle() {
    return '';
  }
  isLoading() {
    return false;
  }
  isDestroyed() {
    return this.#destroyed;
  }
  async executeJavaScript(code: string) {
    await this.#ready;
    return this.page!.evaluate(code);
  }
  reload() {
    void this.page?.reload();
  }
  openDevTools() {}
  closeDevTools() {}
  setWindowOpenHandler(h: WindowOpenHandler) {
    this.#windowOpenHandler = h;
  }
  focus() {}
  close(_opts?: unknown) {
    this._owner.close();
  }
  /** @internal */ get _targetId() {
    return this.#targetId;
  }
  #destroy() {
    if (this.#destroyed) return;
    this.#destroyed = true;
    WebContents.#all.delete(this.id);
    this.emit('destroyed');
  }
  /** @internal */ async _dispose() {
    this.#destroy();
    await this.#ready.catch(() => {});
    await this.page?.close().catch(() => {});
  }
  static getAllWebContents() {
    return [...WebContents.#all.values()];
  }
  static fromId(id: number) {
    return WebContents.#all.get(id);
  }
  static fromDevToolsTargetId(t: string) {
    return [...WebContents.#all.values()].find((w) => w._targetId === t);
  }
  static getFocusedWebContents() {
    return BrowserWindow.getFocusedWindow()?.webContents ?? null;
  }
}
