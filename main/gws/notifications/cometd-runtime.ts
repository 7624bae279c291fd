// The only module that touches cometd-nodejs-client. Its adapt() makes the browser library
// `cometd` run in Node by creating a global `window` and by pointing the process-wide
// console.debug at console.log (docs/architecture.md, "Network"). A global `window` makes other
// libraries think they run in a browser, so it is created here only, on first use, and
// console.debug is put back at once. The XMLHttpRequest is ours (stack-xhr.ts explains why).
import { CometD } from 'cometd';
import { adapt } from 'cometd-nodejs-client';
import type { HttpStack } from '../http/http-stack';
import { StackXhr, type XhrContext } from './stack-xhr';

let installed = false;

function installBrowserShim(): void {
  if (installed) return;
  const debug = console.debug;
  adapt();
  console.debug = debug;
  (globalThis as unknown as { window: { XMLHttpRequest: unknown } }).window.XMLHttpRequest = StackXhr;
  installed = true;
}

/** A CometD client for one session: long-polling only, over that session's HTTP stack. */
export function createCometD(stack: HttpStack): CometD {
  installBrowserShim();
  const cometd = new CometD();
  // GWS serves long-polling only (docs/gws-notes.md, "Notifications"); Node's WebSocket could not carry the cookie anyway.
  cometd.unregisterTransport('websocket');
  cometd.unregisterTransport('callback-polling');
  const transport = cometd.findTransport('long-polling') as { context?: XhrContext } | null;
  if (!transport) throw new Error('cometd has no long-polling transport');
  transport.context = { stack };
  return cometd;
}
