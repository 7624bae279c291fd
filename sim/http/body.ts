// Reading a request body with a size limit, and parsing it as JSON.
import type { IncomingMessage } from 'node:http';

export const maxBodyBytes = 256 * 1024;

export class BodyTooLarge extends Error {}

/**
 * The whole body as text. An oversized body is still read to its end (and thrown away), so the
 * client gets the 413 rather than a reset connection.
 */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > maxBodyBytes) reject(new BodyTooLarge(`Request body over ${maxBodyBytes} bytes`));
      else resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
    req.on('close', () => {
      if (!req.complete) reject(new Error('The client went away before sending the whole body'));
    });
  });
}

export type ParsedBody = { ok: true; value: unknown } | { ok: false };

/** An empty body reads as undefined; text that is not JSON as a failure. */
export function parseJson(text: string): ParsedBody {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
