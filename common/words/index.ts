// All the app's user-facing words, one module per place they are said; `common/words` is this
// index, so a caller need not know which file holds a phrase. The actions' labels are rows of
// common/actions.ts, which reads its monitoring words from here.
export * from './monitoring';
export * from './app';
export * from './notices';
export * from './tray';
export * from './window';
export * from './supervisor-problems';
export * from './gws-problems';
export * from './session-problems';
export * from './round';
export * from './screens';
export * from './shortcut-check';
export * from './console';
export * from './settings';
