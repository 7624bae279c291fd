// The renderer's JavaScript size, raw and gzipped (zlib's default level): the build prints it
// against the 80 kB aim (electron.vite.config.ts), and `npm run bench` reports it as a figure.
import { gzipSync } from 'node:zlib';

export interface JsSize {
  raw: number;
  gzipped: number;
}

/** Bytes of the chunks, raw and each gzipped on its own (as a server would send each file). */
export function jsSize(chunks: Iterable<string | Uint8Array>): JsSize {
  let raw = 0;
  let gzipped = 0;
  for (const code of chunks) {
    raw += typeof code === 'string' ? Buffer.byteLength(code) : code.byteLength;
    gzipped += gzipSync(code).length;
  }
  return { raw, gzipped };
}

export const kB = (bytes: number): number => bytes / 1000;

export const describeJsSize = ({ raw, gzipped }: JsSize): string =>
  `renderer JavaScript: ${kB(raw).toFixed(1)} kB, ${kB(gzipped).toFixed(1)} kB gzipped (aim: 80 kB gzipped)`;
