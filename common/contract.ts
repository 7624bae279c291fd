// The IPC contract between main, preload and renderer: the only verbs the window has.
// A new capability for the window is one entry in VERBS and VerbSignatures, plus its schema in
// schemas.ts; the preload builds window.softphone from VERBS and main refuses anything else.

/** Every verb the renderer may invoke, spelled `<area>.<name>`: window.softphone.<area>.<name>(). */
export const VERBS = ['app.info'] as const;
export type Verb = (typeof VERBS)[number];

/** The IPC channel of a verb, namespaced so it can never collide with another library's. */
export const channelOf = <V extends Verb>(verb: V) => `softphone:${verb}` as const;

export interface AppInfo {
  name: string;
  version: string;
  /** Electron's version, or null when the app runs in the test/dev stand-in. */
  electron: string | null;
  chrome: string | null;
  node: string;
  platform: string;
}

/** Arguments and result of each verb; main's handlers and window.softphone are typed from it. */
export interface VerbSignatures {
  'app.info': { args: []; result: AppInfo };
}

/** Why main refused or failed a request. Errors cross IPC as values, never as thrown strings. */
export type IpcErrorCode = 'invalid-request' | 'untrusted-sender' | 'internal';
export interface IpcError {
  code: IpcErrorCode;
  message: string;
}
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

type AreaOf<V extends string> = V extends `${infer A}.${string}` ? A : never;
type NameOf<V extends string, A extends string> = V extends `${A}.${infer N}` ? N : never;
type Call<V extends Verb> = (...args: VerbSignatures[V]['args']) => Promise<IpcResult<VerbSignatures[V]['result']>>;

/** What the preload exposes as `window.softphone`: one function per verb, grouped by area. */
export type SoftphoneApi = {
  readonly [A in AreaOf<Verb>]: { readonly [N in NameOf<Verb, A>]: Call<Extract<Verb, `${A}.${N}`>> };
};
