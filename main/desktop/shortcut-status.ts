/** Whether the global barge-in shortcut is live, and if not, why, for settings and the tray. */
export type ShortcutStatus =
  | { state: 'registered'; accelerator: string }
  | { state: 'failed'; accelerator: string; reason: string };
