// What a route answers, and writing it out. Every answer is JSON unless a text body is asked for.
import type { ServerResponse } from 'node:http';

export interface Reply {
  status: number;
  /** A string is sent as text/plain; anything else as JSON. */
  body: unknown;
  headers?: Record<string, string | string[]>;
}

export const jsonReply = (status: number, body: unknown, headers?: Reply['headers']): Reply => ({
  status,
  body,
  ...(headers && { headers }),
});

export function send(res: ServerResponse, reply: Reply): void {
  if (res.headersSent || res.destroyed) return;
  const text = typeof reply.body === 'string';
  res.writeHead(reply.status, {
    'Content-Type': text ? 'text/plain;charset=UTF-8' : 'application/json;charset=UTF-8',
    'Cache-Control': 'no-store',
    ...reply.headers,
  });
  res.end(text ? reply.body : JSON.stringify(reply.body));
}
