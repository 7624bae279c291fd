// electron.protocol in the stand-in: privileged custom schemes served by protocol.handle.
// Chromium will not load an unknown scheme (a navigation to softphone://… is aborted before any
// interception), so each registered scheme is given an https address of its own that never
// reaches the network, and the window's request interception (electron.ts) answers it with the
// app's handler: a Request with the custom-scheme URL in, its Response out, headers and status
// as given. Main sees the custom-scheme URL (mainFrame.url, getURL, will-navigate); the page sees
// an https origin, which behaves as Electron's { standard, secure } scheme does (secure
// context, relative URLs, the origin for 'self').
import type { Request as PwRequest, Route } from 'playwright-core';

interface CustomScheme {
  scheme: string;
  privileges?: { standard?: boolean; secure?: boolean; [privilege: string]: boolean | undefined };
}
type Handler = (request: Request) => Response | Promise<Response>;

const SUFFIX = '-scheme.standin.invalid';
const privileged = new Map<string, CustomScheme['privileges']>();
const handlers = new Map<string, Handler>();

/** softphone://app/x → https://app.softphone-scheme.standin.invalid/x, for a registered scheme; others unchanged. */
export function toChromiumUrl(url: string): string {
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)(.*)$/i.exec(url);
  if (!match || !privileged.has(match[1]!.toLowerCase())) return url;
  return `https://${match[2]}.${match[1]!.toLowerCase()}${SUFFIX}${match[3] || '/'}`;
}

/** The reverse of toChromiumUrl: what Electron would report for the page's address. */
export function fromChromiumUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (parsed.protocol !== 'https:' || !parsed.hostname.endsWith(SUFFIX)) return url;
  const [host, scheme] = splitHost(parsed.hostname);
  return `${scheme}://${host}${parsed.pathname}${parsed.search}${parsed.hash}`;
}

function splitHost(hostname: string): [host: string, scheme: string] {
  const labels = hostname.slice(0, -SUFFIX.length).split('.');
  const scheme = labels.pop()!;
  return [labels.join('.'), scheme];
}

/** Electron's origin for a standard custom scheme (scheme://host); Node's URL gives 'null' for it. */
export function originOf(url: string): string | undefined {
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)/i.exec(url);
  return match && privileged.has(match[1]!.toLowerCase()) ? `${match[1]!.toLowerCase()}://${match[2]}` : undefined;
}

/**
 * Answers an intercepted request with the handler of its scheme; false when it is not one of
 * ours (the caller lets it through). A handler that throws or returns no Response fails the
 * request, as Electron does (net::ERR_FAILED).
 */
export async function serveCustomScheme(route: Route, request: PwRequest): Promise<boolean> {
  const url = fromChromiumUrl(request.url());
  if (url === request.url()) return false;
  const scheme = url.slice(0, url.indexOf(':'));
  const handler = handlers.get(scheme);
  if (!handler) {
    await route.abort('failed');
    return true;
  }
  try {
    const body = request.postDataBuffer();
    const headers = Object.entries(await request.allHeaders()).filter(([name]) => !name.startsWith(':'));
    const response = await handler(new Request(url, { method: request.method(), headers, ...(body && { body: new Uint8Array(body) }) }));
    if (!(response instanceof Response)) throw new Error('the handler did not return a Response');
    await route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: Buffer.from(await response.arrayBuffer()),
    });
  } catch (error) {
    console.error(`[electron-standin] protocol handler for ${scheme}: failed on ${url}:`, error);
    await route.abort('failed');
  }
  return true;
}

export function createProtocol(isReady: () => boolean) {
  return {
    registerSchemesAsPrivileged(customSchemes: CustomScheme[]) {
      if (isReady()) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
      for (const { scheme, privileges } of customSchemes) {
        if (!privileges?.standard || !privileges.secure) {
          throw new Error(`electron-standin: only { standard: true, secure: true } custom schemes are supported (${scheme})`);
        }
        privileged.set(scheme.toLowerCase(), privileges);
      }
    },
    handle(scheme: string, handler: Handler) {
      if (!privileged.has(scheme)) throw new Error(`electron-standin: protocol.handle is supported only for schemes registered as privileged (${scheme})`);
      if (handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
      handlers.set(scheme, handler);
    },
    unhandle(scheme: string) {
      handlers.delete(scheme);
    },
    isProtocolHandled(scheme: string) {
      return handlers.has(scheme);
    },
  };
}
