// VS Code's rule: every IPC message is checked for its sender. Only the app's own page, in the
// top frame, may call main; an iframe or a page that navigated elsewhere gets nothing.

/** The part of Electron's WebFrameMain that identifies a sender. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

export function isAppFrame(frame: SenderFrame | null | undefined, appPageUrl: string): boolean {
  if (!frame || frame.parent !== null) return false;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  url.hash = '';
  url.search = '';
  return url.href === appPageUrl;
}
