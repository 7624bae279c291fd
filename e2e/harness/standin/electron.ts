// electron stand-in: the subset of Electron's MAIN-process API this app uses, with windows backed by
// Playwright-driven Chromium pages. Loaded instead of `electron` by register.cjs (run via boot.cjs).
import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { createProtocol } from './protocol';
import { WebContents } from './web-contents';

import { appendFileSync } from 'node:fs';
import { format } from 'node:util';
/** ELECTRON_STANDIN_DEBUG=<file>: debug log (stderr is owned by Playwright's launcher). */
export const log = (...a: unknown[]) => {
  const f = process.env.ELECTRON_STANDIN_DEBUG;
  if (f) appendFileSync(f, `[standin ${new Date().toISOString().slice(11, 23)}] ${format(...a)}\n`);
};

// ---------------------------------------------------------------- shared state / test records
export const __standin = {
  context: undefined as BrowserContext | undefined,
  appRoot: process.cwd(),
  /** ELECTRON_STANDIN_HEADED=1: real OS windows sized like the BrowserWindow (npm start). */
  headed: !!process.env.ELECTRON_STANDIN_HEADED,
  placeholder: undefined as Page | undefined,
  switches: new Map<string, string>(),
  records: {
    notifications: [] as Array<{ title?: string; body?: string; silent?: boolean }>,
    trays: [] as Array<{ icon: string; tooltip?: string; title?: string; menu?: string[]; destroyed?: boolean }>,
    shortcuts: [] as string[],
    ipc: [] as Array<{ channel: string; args: unknown[]; ok: boolean }>,
  },
};
const normalizeAccel = (a: string) =>
  a
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/commandorcontrol|cmdorctrl/g, 'ctrl')
    .replace(/control/g, 'ctrl');

function assertReady(what: string) {
  if (!app.isReady()) throw new Error(`${what} cannot be used before the app is ready`);
}

// ---------------------------------------------------------------- app
class App extends EventEmitter {
  #ready = false;
  #quitting = false;
  #readyPromise: Promise<void>;
  #resolveReady!: () => void;
  readonly commandLine = {
    appendSwitch: (s: string, v = '') => {
      __standin.switches.set(s, v);
    },
    appendArgument: (_a: string) => {},
    hasSwitch: (s: string) => __standin.switches.has(s),
    getSwitchValue: (s: string) => __standin.switches.get(s) ?? '',
    removeSwitch: (s: string) => {
      __standin.switches.delete(s);
    },
  };
  readonly isPackaged = false;
  #paths = new Map<string, string>();
  constructor() {
    super();
    this.#readyPromise = new Promise((r) => (this.#resolveReady = r));
  }
  whenReady() {
    return this.#readyPromise;
  }
  isReady() {
    return this.#ready;
  }
  /** @internal called by boot once Chromium is up (and Playwright said go). */
  _emitReady() {
    this.#ready = true;
    this.#resolveReady();
    this.emit('ready', {}, {});
  }
  getAppPath() {
    return __standin.appRoot;
  }
  #pkg(): any {
    try {
      return JSON.parse(readFileSync(path.join(__standin.appRoot, 'package.json'), 'utf8'));
    } catch {
      return {};
    }
  }
  getName() {
    return this.#pkg().productName ?? this.#pkg().name ?? 'Electron';
  }
  getVersion() {
    return this.#pkg().version ?? '0.0.0';
  }
  getLocale() {
    return 'en-US';
  }
  getPath(name: string) {
    if (!this.#paths.has(name)) {
      if (name === 'home') return os.homedir();
      if (name === 'temp') return os.tmpdir();
      this.#paths.set(name, mkdtempSync(path.join(os.tmpdir(), `standin-${name}-`)));
    }
    return this.#paths.get(name)!;
  }
  setPath(name: string, p: string) {
    this.#paths.set(name, p);
  }
  /**
   * Electron keeps one instance per userData folder. Here: a lock file holding the owner's pid,
   * and an inbox folder the owner watches; a second instance drops its argv there and gets false.
   */
  requestSingleInstanceLock(additionalData: unknown = {}) {
    const dir = this.getPath('userData');
    const lock = path.join(dir, 'SingletonLock.standin');
    const inbox = path.join(dir, 'SingletonInbox.standin');
    const owner = existsSync(lock) ? Number(readFileSync(lock, 'utf8')) : NaN;
    if (owner && owner !== process.pid && pidAlive(owner)) {
      writeFileSync(path.join(inbox, `${process.pid}.json`), JSON.stringify({ argv: process.argv, cwd: process.cwd(), additionalData }));
      return false;
    }
    mkdirSync(inbox, { recursive: true });
    writeFileSync(lock, String(process.pid));
    watch(inbox, (_type, file) => {
      const f = file && path.join(inbox, file);
      if (!f || !existsSync(f)) return;
      const m = JSON.parse(readFileSync(f, 'utf8'));
      rmSync(f, { force: true });
      this.emit('second-instance', preventable(), m.argv, m.cwd, m.additionalData);
    });
    process.on('exit', () => rmSync(lock, { force: true }));
    this.#hasLock = true;
    return true;
  }
  #hasLock = false;
  hasSingleInstanceLock() {
    return this.#hasLock;
  }
  releaseSingleInstanceLock() {}
  setAppUserModelId() {}
  setLoginItemSettings() {}
  getLoginItemSettings() {
    return { openAtLogin: false };
  }
  focus() {}
  relaunch() {
    log('app.relaunch() ignored');
  }
  quit() {
    if (this.#quitting) return;
    const ev = preventable();
    this.emit('before-quit', ev);
    if (ev.defaultPrevented) return;
    this.#quitting = true;
    for (const w of BrowserWindow.getAllWindows()) w._closeForQuit();
    if (BrowserWindow.getAllWindows().length) {
      this.#quitting = false;
      return;
    } // a window vetoed
    const wq = preventable();
    this.emit('will-quit', wq);
    if (wq.defaultPrevented) {
      this.#quitting = false;
      return;
    }
    this.emit('quit', {}, 0);
    void shutdown(0);
  }
  exit(code = 0) {
    void shutdown(code);
  }
  /** @internal */ get _quitting() {
    return this.#quitting;
  }
}
function pidAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
export function preventable() {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}
let shuttingDown = false;
async function shutdown(code: number) {
  if (shuttingDown) return;
  shuttingDown = true;
  await __standin.context?.close().catch(() => {});
  process.exit(code);
}
export const app = new App();

// ---------------------------------------------------------------- ipcMain
type Handler = (event: unknown, ...args: unknown[]) => unknown;
class IpcMain extends EventEmitter {
  #handlers = new Map<string, Handler>();
  handle(channel: string, fn: Handler) {
    if (this.#handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.#handlers.set(channel, fn);
  }
  handleOnce(channel: string, fn: Handler) {
    this.handle(channel, (e, ...a) => {
      this.removeHandler(channel);
      return fn(e, ...a);
    });
  }
  removeHandler(channel: string) {
    this.#handlers.delete(channel);
  }
  /** @internal */
  async _invoke(channel: string, event: unknown, args: unknown[]) {
    const h = this.#handlers.get(channel);
    if (!h) throw new Error(`No handler registered for '${channel}'`);
    return h(event, ...args);
  }
}
export const ipcMain = new IpcMain();

// ---------------------------------------------------------------- webContents / BrowserWindow
export const webContents = {
  getAllWebContents: () => WebContents.getAllWebContents(),
  fromId: (id: number) => WebContents.fromId(id),
  fromDevToolsTargetId: (t: string) => WebContents.fromDevToolsTargetId(t),
  getFocusedWebContents: () => WebContents.getFocusedWebContents(),
};

type Rect = { x: number; y: number; width: number; height: number };
let nextWinId = 1;
export class BrowserWindow extends EventEmitter {
  static #all = new Set<BrowserWindow>();
  static #focused: BrowserWindow | null = null;
  readonly id = nextWinId++;
  readonly webContents: WebContents;
  #visible: boolean;
  #destroyed = false;
  #title: string;
  #bounds: Rect;
  constructor(opts: Record<string, any> = {}) {
    super();
    assertReady('BrowserWindow');
    this.#bounds = { x: opts.x ?? 0, y: opts.y ?? 0, width: opts.width ?? 800, height: opts.height ?? 600 };
    this.#visible = opts.show !== false;
    this.#title = opts.title ?? app.getName();
    this.webContents = new WebContents(this, opts.webPreferences ?? {}, this.#bounds);
    app.emit('web-contents-created', {}, this.webContents);
    BrowserWindow.#all.add(this);
    if (this.#visible) BrowserWindow.#focused = this;
    this.webContents.once('did-finish-load', () => this.emit('ready-to-show'));
    this.webContents.on('destroyed', () => this.#finishClose());
  }
  loadURL(url: string) {
    return this.webContents.loadURL(url);
  }
  loadFile(f: string, o?: any) {
    return this.webContents.loadFile(f, o);
  }
  show() {
    this.#visible = true;
    BrowserWindow.#focused = this;
    this.emit('show');
  }
  showInactive() {
    this.#visible = true;
    this.emit('show');
  }
  hide() {
    this.#visible = false;
    this.emit('hide');
  }
  isVisible() {
    return this.#visible;
  }
  focus() {
    BrowserWindow.#focused = this;
    this.emit('focus');
  }
  blur() {
    if (BrowserWindow.#focused === this) BrowserWindow.#focused = null;
    this.emit('blur');
  }
  isFocused() {
    return BrowserWindow.#focused === this;
  }
  minimize() {
    this.emit('minimize');
  }
  restore() {
    this.emit('restore');
  }
  isMinimized() {
    return false;
  }
  setTitle(t: string) {
    this.#title = t;
  }
  getTitle() {
    return this.#title;
  }
  getBounds() {
    return { ...this.#bounds };
  }
  setBounds(b: Partial<Rect>) {
    Object.assign(this.#bounds, b);
  }
  isDestroyed() {
    return this.#destroyed;
  }
  close() {
    if (this.#destroyed) return;
    const ev = preventable();
    this.emit('close', ev);
    if (!ev.defaultPrevented) this.destroy();
  }
  /** @internal */ _closeForQuit() {
    this.close();
  }
  destroy() {
    if (this.#destroyed) return;
    void this.webContents._dispose();
    this.#finishClose();
  }
  #finishClose() {
    if (this.#destroyed) return;
    this.#destroyed = true;
    BrowserWindow.#all.delete(this);
    if (BrowserWindow.#focused === this) BrowserWindow.#focused = null;
    this.emit('closed');
    if (BrowserWindow.#all.size === 0 && !app._quitting) {
      if (app.listenerCount('window-all-closed')) app.emit('window-all-closed');
      else app.quit();
    }
  }
  static getAllWindows() {
    return [...BrowserWindow.#all];
  }
  static getFocusedWindow() {
    return BrowserWindow.#focused;
  }
  static fromWebContents(wc: WebContents) {
    return wc?._owner ?? null;
  }
  static fromId(id: number) {
    return [...BrowserWindow.#all].find((w) => w.id === id) ?? null;
  }
}

// ---------------------------------------------------------------- nativeImage, Menu, Tray
class NativeImage {
  constructor(readonly _path = '') {}
  isEmpty() {
    return !this._path || !existsSync(this._path);
  }
  getSize() {
    return { width: 0, height: 0 };
  }
  toDataURL() {
    return this.isEmpty() ? 'data:image/png;base64,' : `data:image/png;base64,${readFileSync(this._path).toString('base64')}`;
  }
  resize() {
    return this;
  }
  setTemplateImage() {}
}
export const nativeImage = {
  createFromPath: (p: string) => new NativeImage(p),
  createEmpty: () => new NativeImage(),
  createFromDataURL: (_u: string) => new NativeImage(),
};

type ItemOpts = { label?: string; type?: string; role?: string; click?: Function; enabled?: boolean; submenu?: any };
export class MenuItem {
  label: string;
  type: string;
  role?: string;
  enabled: boolean;
  submenu?: Menu;
  #click?: Function;
  constructor(o: ItemOpts) {
    this.label = o.label ?? '';
    this.type = o.type ?? 'normal';
    this.role = o.role;
    this.enabled = o.enabled ?? true;
    this.#click = o.click;
    if (o.submenu) this.submenu = o.submenu instanceof Menu ? o.submenu : Menu.buildFromTemplate(o.submenu);
  }
  click(event: unknown = {}, win: unknown = BrowserWindow.getFocusedWindow(), wc: unknown = undefined) {
    if (!this.enabled) return;
    if (this.role === 'quit')
      app.quit(); // the one role with an effect the app relies on
    else this.#click?.(this, win, event ?? wc);
  }
}
export class Menu extends EventEmitter {
  static #appMenu: Menu | null = null;
  items: MenuItem[] = [];
  append(i: MenuItem) {
    this.items.push(i);
  }
  static buildFromTemplate(t: ItemOpts[]) {
    const m = new Menu();
    for (const o of t) m.append(new MenuItem(o));
    return m;
  }
  static setApplicationMenu(m: Menu | null) {
    Menu.#appMenu = m;
  }
  static getApplicationMenu() {
    return Menu.#appMenu;
  }
  popup() {}
}

export class Tray extends EventEmitter {
  #rec: (typeof __standin.records.trays)[number];
  #destroyed = false;
  constructor(image: NativeImage | string) {
    super();
    assertReady('Tray');
    this.#rec = { icon: typeof image === 'string' ? image : image._path };
    __standin.records.trays.push(this.#rec);
  }
  setToolTip(t: string) {
    this.#rec.tooltip = t;
  }
  setTitle(t: string) {
    this.#rec.title = t;
  }
  setImage(i: NativeImage | string) {
    this.#rec.icon = typeof i === 'string' ? i : i._path;
  }
  setContextMenu(m: Menu | null) {
    (this as any)._menu = m;
    this.#rec.menu = m?.items.map((i) => i.label || `<${i.type}>`);
  }
  destroy() {
    this.#destroyed = true;
    this.#rec.destroyed = true;
  }
  isDestroyed() {
    return this.#destroyed;
  }
}

// ---------------------------------------------------------------- Notification
export class Notification extends EventEmitter {
  title: string;
  body: string;
  silent: boolean;
  subtitle: string;
  constructor(o: { title?: string; body?: string; silent?: boolean; subtitle?: string } = {}) {
    super();
    this.title = o.title ?? '';
    this.body = o.body ?? '';
    this.silent = !!o.silent;
    this.subtitle = o.subtitle ?? '';
  }
  static isSupported() {
    return true;
  }
  show() {
    __standin.records.notifications.push({ title: this.title, body: this.body, silent: this.silent });
    setImmediate(() => this.emit('show', {}));
  }
  close() {
    this.emit('close', {});
  }
}

// ---------------------------------------------------------------- globalShortcut
const shortcuts = new Map<string, { accel: string; cb: () => void }>();
/** ELECTRON_STANDIN_TAKEN_SHORTCUTS=a,b: accelerators "another application" owns, so register() gives false. */
const takenByOtherApps = new Set((process.env.ELECTRON_STANDIN_TAKEN_SHORTCUTS ?? '').split(',').filter(Boolean).map(normalizeAccel));
export const globalShortcut = {
  register(accel: string, cb: () => void) {
    assertReady('globalShortcut');
    const k = normalizeAccel(accel);
    if (shortcuts.has(k) || takenByOtherApps.has(k)) return false;
    shortcuts.set(k, { accel, cb });
    __standin.records.shortcuts = [...shortcuts.values()].map((s) => s.accel);
    return true;
  },
  registerAll(accels: string[], cb: () => void) {
    accels.forEach((a) => globalShortcut.register(a, cb));
  },
  isRegistered: (accel: string) => shortcuts.has(normalizeAccel(accel)),
  unregister(accel: string) {
    shortcuts.delete(normalizeAccel(accel));
    __standin.records.shortcuts = [...shortcuts.values()].map((s) => s.accel);
  },
  unregisterAll() {
    shortcuts.clear();
    __standin.records.shortcuts = [];
  },
};
/** Test hook: simulate the OS delivering a registered global shortcut. */
export function __pressShortcut(accel: string) {
  const s = shortcuts.get(normalizeAccel(accel));
  if (!s) return false;
  s.cb();
  return true;
}

// ---------------------------------------------------------------- misc
export const shell = {
  opened: [] as string[],
  async openExternal(u: string) {
    shell.opened.push(u);
  },
  async openPath(p: string) {
    shell.opened.push(p);
    return '';
  },
  showItemInFolder(p: string) {
    shell.opened.push(p);
  },
};
/**
 * No one answers a dialog here: each is recorded and answered as a user who cancels would
 * (Electron's shapes, window argument optional). Tests script an answer by replacing the
 * function through electronApp.evaluate, which works the same on real Electron.
 */
type DialogOptions = { buttons?: string[]; cancelId?: number; [option: string]: unknown };
const dialogOptions = (a: unknown, b?: unknown) => (b ?? a ?? {}) as DialogOptions;
export const dialog = {
  shown: [] as Array<{ kind: 'open' | 'message'; options: DialogOptions }>,
  showErrorBox: (t: string, c: string) => console.error(`[dialog] ${t}: ${c}`),
  async showMessageBox(a: unknown, b?: unknown) {
    const options = dialogOptions(a, b);
    dialog.shown.push({ kind: 'message', options });
    // Electron's Esc: cancelId, else the first button labelled Cancel or No, else 0.
    const cancel = options.buttons?.findIndex((label) => /^(cancel|no)$/i.test(label)) ?? -1;
    return { response: options.cancelId ?? Math.max(cancel, 0), checkboxChecked: false };
  },
  async showOpenDialog(a: unknown, b?: unknown) {
    dialog.shown.push({ kind: 'open', options: dialogOptions(a, b) });
    return { canceled: true, filePaths: [] as string[] };
  },
};
export const protocol = createProtocol(() => app.isReady());
export const powerMonitor = new EventEmitter();
/** One 1280×800 display: window geometry is bookkeeping here. */
export const screen = {
  getAllDisplays: () => [{ id: 1, bounds: { x: 0, y: 0, width: 1280, height: 800 }, workArea: { x: 0, y: 0, width: 1280, height: 800 }, scaleFactor: 1 }],
  getPrimaryDisplay: () => screen.getAllDisplays()[0],
};
type PermissionRequestHandler = (wc: unknown, permission: string, callback: (granted: boolean) => void) => void;
export const session = {
  defaultSession: {
    permissionRequestHandler: undefined as PermissionRequestHandler | undefined,
    permissionCheckHandler: undefined as ((...a: unknown[]) => boolean) | undefined,
    setPermissionRequestHandler(h: PermissionRequestHandler) {
      this.permissionRequestHandler = h;
    },
    setPermissionCheckHandler(h: (...a: unknown[]) => boolean) {
      this.permissionCheckHandler = h;
    },
    /** The stand-in sees no OS proxy settings: every URL goes direct. */
    resolveProxy: async (_url: string) => 'DIRECT',
    clearCache: async () => {},
  },
};

// Renderer-only modules do not exist in the main process of real Electron either.
export const contextBridge = undefined;
export const ipcRenderer = undefined;
