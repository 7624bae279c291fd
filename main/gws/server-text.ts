// Text GWS writes for people (statusMessage, an HTTP reason phrase, a CometD error) or names
// things with (messageType) is cut where it is read: a hostile or broken server may send a
// megabyte of it, and everything after the read (messages in words, the log, the window) should
// handle a sentence, not a book.

/** Longer than any sentence GWS writes (GWS's statusMessages are one short line: docs/gws-notes.md, "Replies"). */
export const MAX_SERVER_TEXT = 300;

export function serverText(text: string): string {
  return text.length <= MAX_SERVER_TEXT ? text : `${text.slice(0, MAX_SERVER_TEXT)}…`;
}
