// A short preview of a value a server sent, for a log line. JSON.stringify is not one: it throws
// on nesting deeper than the stack (ten thousand brackets parse fine), on cycles and on BigInt,
// and it writes out a huge array whole before anything cuts it. A preview that throws inside a
// CometD extension loses what the extension was doing (channel.ts: dropping insane advice), so
// this walks only what it shows and never throws.

export const PREVIEW_CHARS = 200;
/** Levels shown; deeper containers read as […] or {…}. */
const MAX_DEPTH = 4;
/** Items of an array, or entries of an object, shown before "…". */
const MAX_ITEMS = 10;

export function preview(value: unknown): string {
  const parts: string[] = [];
  let length = 0;
  const put = (text: string) => {
    parts.push(text);
    length += text.length;
  };
  const seen = new WeakSet<object>();

  const walk = (v: unknown, depth: number): void => {
    if (length > PREVIEW_CHARS) return;
    if (typeof v === 'string') return put(JSON.stringify(v.slice(0, PREVIEW_CHARS)));
    if (typeof v === 'bigint') return put(`${v}n`);
    if (typeof v === 'function' || typeof v === 'symbol') return put(`(${typeof v})`);
    if (v === null || typeof v !== 'object') return put(String(v));
    const array = Array.isArray(v);
    if (seen.has(v)) return put('(cycle)');
    if (depth >= MAX_DEPTH) return put(array ? '[…]' : '{…}');
    seen.add(v);
    put(array ? '[' : '{');
    // An array by index: for-in would list a million indices before the first.
    const keys = array ? v.keys() : ownKeys(v);
    let shown = 0;
    for (const key of keys) {
      if (shown > 0) put(',');
      if (shown++ === MAX_ITEMS || length > PREVIEW_CHARS) {
        put('…');
        break;
      }
      if (!array) put(`${JSON.stringify(String(key).slice(0, PREVIEW_CHARS))}:`);
      walk((v as Record<string | number, unknown>)[key], depth + 1);
    }
    put(array ? ']' : '}');
  };

  try {
    walk(value, 0);
  } catch {
    // A getter or a proxy that throws: what was read so far is the preview.
    put('…(unreadable)');
  }
  const text = parts.join('');
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text;
}

function* ownKeys(object: object): Generator<string> {
  for (const key in object) if (Object.hasOwn(object, key)) yield key;
}
