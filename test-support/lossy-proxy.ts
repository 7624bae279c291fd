// An HTTP proxy on 127.0.0.1 in front of the simulator that can lose one CometD reply carrying
// notifications, as a network blip would: the simulator has sent them (and forgotten them), the
// client sees a broken long-poll (HTTP 502) and reconnects on the same CometD client.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LossyProxy {
  url: string;
  /** /meta/handshake messages that went through. */
  handshakes(): number;
  /** The next reply that delivers a notification is lost; resolves with what it carried once it was. */
  loseNextDelivery(): Promise<unknown[]>;
  close(): Promise<void>;
}

export async function lossyProxy(targetUrl: string): Promise<LossyProxy> {
  const target = new URL(targetUrl);
  let handshakes = 0;
  let losing: ((lost: unknown[]) => void) | undefined;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const notifications = req.url?.startsWith('/api/v2/notifications') ?? false;
      if (notifications && body.toString().includes('"/meta/handshake"')) handshakes++;
      const upstream = http.request(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
        (reply) => {
          const replyChunks: Buffer[] = [];
          reply.on('data', (chunk: Buffer) => replyChunks.push(chunk));
          reply.on('end', () => {
            const replyBody = Buffer.concat(replyChunks);
            const delivered = notifications && losing ? deliveries(replyBody) : [];
            if (losing && delivered.length > 0) {
              losing(delivered);
              losing = undefined;
              res.writeHead(502).end();
              return;
            }
            res.writeHead(reply.statusCode ?? 502, reply.headers).end(replyBody);
          });
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    handshakes: () => handshakes,
    loseNextDelivery: () => new Promise((resolve) => (losing = resolve)),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The messages of a Bayeux reply that are notifications (not /meta replies). */
function deliveries(body: Buffer): unknown[] {
  try {
    const messages = JSON.parse(body.toString()) as unknown;
    return Array.isArray(messages) ? messages.filter((m: { channel?: string }) => !m.channel?.startsWith('/meta/')) : [];
  } catch {
    return [];
  }
}
