// Test-only hooks preloaded into the MAIN process with `-r`, in both modes (real Electron and the
// stand-in). They wrap public Electron APIs only, so the app's code stays untouched.
const { ipcMain, Tray, Notification, globalShortcut } = require('electron');

const records = { ipc: [], trays: [], notifications: [] };
const live = { trays: [], menus: [], shortcuts: new Map(), notifications: [] };

const show = Notification.prototype.show;
Notification.prototype.show = function () {
  records.notifications.push({ title: this.title, body: this.body });
  live.notifications.push(this);
  return show.call(this);
};

const handle = ipcMain.handle.bind(ipcMain);
ipcMain.handle = (channel, fn) =>
  handle(channel, async (event, ...args) => {
    const entry = { channel, args, ok: true };
    records.ipc.push(entry);
    try {
      return await fn(event, ...args);
    } catch (e) {
      entry.ok = false;
      entry.error = String(e);
      throw e;
    }
  });

const menuLabels = (menu) => menu.items.map((x) => (x.type === 'separator' ? '---' : `${x.label}${x.enabled ? '' : ' (disabled)'}`));

// Tray's constructor cannot be wrapped in real Electron (module exports are getters), so a tray
// is recorded from its first setter call.
for (const method of ['setToolTip', 'setContextMenu', 'setImage']) {
  const original = Tray.prototype[method];
  Tray.prototype[method] = function (arg) {
    let i = live.trays.indexOf(this);
    if (i < 0) i = live.trays.push(this) - 1;
    records.trays[i] ??= {};
    if (method === 'setToolTip') records.trays[i].tooltip = arg;
    if (method === 'setContextMenu') {
      live.menus[i] = arg;
      records.trays[i].menu = arg ? menuLabels(arg) : null;
    }
    return original.call(this, arg);
  };
}

const register = globalShortcut.register.bind(globalShortcut);
const unregisterAll = globalShortcut.unregisterAll.bind(globalShortcut);
globalShortcut.register = (accelerator, callback) => {
  const ok = register(accelerator, callback);
  if (ok) live.shortcuts.set(accelerator, callback);
  return ok;
};
globalShortcut.unregisterAll = () => {
  live.shortcuts.clear();
  return unregisterAll();
};

globalThis.__e2e = {
  snapshot: () => JSON.parse(JSON.stringify({ ...records, shortcuts: [...live.shortcuts.keys()] })),
  /** What the OS does when the user presses a registered global shortcut. */
  pressShortcut(accelerator) {
    const callback = live.shortcuts.get(accelerator);
    if (!callback) throw new Error(`global shortcut ${accelerator} is not registered`);
    callback();
  },
  /** What the OS does when the user clicks a notification (the latest by default). */
  clickNotification(index = -1) {
    const n = live.notifications.at(index);
    if (!n) throw new Error('no notification has been shown');
    n.emit('click', {});
  },
  clickTrayMenuItem(label, tray = 0) {
    const item = live.menus[tray]?.items.find((x) => x.label === label);
    if (!item) throw new Error(`tray menu has no item "${label}"`);
    if (!item.enabled) throw new Error(`tray menu item "${label}" is disabled`);
    item.click();
  },
};
