// The IPC contract between main, preload and renderer: the only verbs the renderer has.
// A new capability for the window means a new entry here, checked on both sides.

/** Channels the renderer may invoke (ipcRenderer.invoke → ipcMain.handle), namespaced `softphone:<area>.<verb>`. */
export const InvokeChannel = {
  appInfo: 'softphone:app.info',
} as const;
export type InvokeChannel = (typeof InvokeChannel)[keyof typeof InvokeChannel];

export interface AppInfo {
  name: string;
  version: string;
  /** Electron's version, or null when the app runs in the test/dev stand-in. */
  electron: string | null;
  chrome: string | null;
  node: string;
  platform: string;
}

/** Why main refused or failed a request. Errors cross IPC as values, never as thrown strings. */
export type IpcErrorCode = 'invalid-request' | 'untrusted-sender' | 'internal';
export interface IpcError {
  code: IpcErrorCode;
  message: string;
}
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** What the preload exposes as `window.softphone`. */
export interface SoftphoneApi {
  app: {
    info(): Promise<IpcResult<AppInfo>>;
  };
}

/** Arguments and result of each invoke channel, so main's handlers are typed from one table. */
export interface InvokeSignatures {
  [InvokeChannel.appInfo]: { args: []; result: AppInfo };
}
