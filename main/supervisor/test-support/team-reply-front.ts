// An HTTP front on 127.0.0.1 before the simulator that passes everything through, except the
// team reply (GET /api/v2/users?subresources=*) when a test has one of its own to send instead:
// text that is not JSON, a reply of the wrong shape, an error page.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TeamReplyFront {
  url: string;
  /** The next team read is answered with this status and body instead of the simulator's. */
  answerNextTeamRead(status: number, body: string): void;
  close(): Promise<void>;
}

export async function teamReplyFront(simUrl: string): Promise<TeamReplyFront> {
  const target = new URL(simUrl);
  let next: { status: number; body: string } | undefined;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (next && req.method === 'GET' && req.url?.endsWith('/api/v2/users?subresources=*')) {
        res.writeHead(next.status, { 'Content-Type': 'application/json' }).end(next.body);
        next = undefined;
        return;
      }
      const upstream = http.request(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
        (reply) => {
          res.writeHead(reply.statusCode ?? 502, reply.headers);
          reply.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      upstream.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${target.pathname.replace(/\/$/, '')}`,
    answerNextTeamRead: (status, body) => (next = { status, body }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
