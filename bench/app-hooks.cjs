// Benchmark hooks preloaded into the app's MAIN process with `-r` (bench/app.ts). On top of the
// e2e hooks (their records, and __e2e.pressShortcut calling the very callback the app gave
// globalShortcut), they timestamp each call the app makes to the desktop adapters, on the wall
// clock every process on this machine shares: performance.timeOrigin + performance.now().
require('../e2e/harness/e2e-hooks.cjs');
const { app, Notification, Tray } = require('electron');

const now = () => performance.timeOrigin + performance.now();

// performance.memory in the window reports exact sizes only with this switch (else bucketed).
app.commandLine.appendSwitch('enable-precise-memory-info');

/** @type {Array<{ at: number; kind: 'notification' | 'tooltip' | 'image' | 'view'; text?: string }>} */
let calls = [];
let lastTooltip = '';
/** @type {Array<() => boolean>} each returns true once it is settled */
let waiters = [];

function record(call) {
  calls.push(call);
  if (call.kind === 'tooltip') lastTooltip = call.text;
  waiters = waiters.filter((settled) => !settled());
}

/** Both adapters have told the user about `text`: a notification and a tray tooltip name it. */
function named(text) {
  const by = (kind) => calls.some((c) => c.kind === kind && c.text?.includes(text));
  return by('notification') && by('tooltip');
}

/** Resolves once `check()` holds (checked on each adapter call), or rejects after timeoutMs. */
function until(check, what, timeoutMs) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      waiters = waiters.filter((w) => w !== settled);
      reject(new Error(`${what} within ${timeoutMs} ms`));
    }, timeoutMs);
    const settled = () => {
      if (!check()) return false;
      clearTimeout(timer);
      resolve();
      return true;
    };
    if (!settled()) waiters.push(settled);
  });
}

const show = Notification.prototype.show;
Notification.prototype.show = function () {
  record({ at: now(), kind: 'notification', text: this.body });
  return show.call(this);
};
const setToolTip = Tray.prototype.setToolTip;
Tray.prototype.setToolTip = function (tooltip) {
  record({ at: now(), kind: 'tooltip', text: tooltip });
  return setToolTip.call(this, tooltip);
};
const setImage = Tray.prototype.setImage;
Tray.prototype.setImage = function (image) {
  record({ at: now(), kind: 'image' });
  return setImage.call(this, image);
};

// Each view main pushes to the window, named by its monitored call's customer: where the time
// between main and the window's DOM goes.
app.on('web-contents-created', (_event, contents) => {
  const send = contents.send;
  contents.send = function (channel, event, ...rest) {
    const customer = event?.name === 'supervisor' ? event.payload?.monitoredCall?.customerNumber : undefined;
    if (customer) calls.push({ at: now(), kind: 'view', text: customer });
    return send.call(this, channel, event, ...rest);
  };
});

globalThis.__bench = {
  /** The adapter calls recorded since the last take, oldest first. */
  take() {
    const taken = calls;
    calls = [];
    return taken;
  },
  /** Resolves once a notification and a tooltip have named `text` (since the last take). */
  until: (text, timeoutMs = 5000) => until(() => named(text), `no notification and tray tooltip named ${text}`, timeoutMs),
  /** Resolves once the tray's tooltip includes `text`. */
  tooltip: (text, timeoutMs = 5000) => until(() => lastTooltip.includes(text), `the tray tooltip did not say "${text}"`, timeoutMs),
  /** Presses a registered global shortcut as the OS would; returns when it was pressed. */
  press(accelerator) {
    const at = now();
    globalThis.__e2e.pressShortcut(accelerator);
    return at;
  },
};
