// Wraps one contract channel's implementation with the checks every IPC call must pass:
// sender, then payload schema. Failures come back as values the renderer can show.
import { z } from 'zod';
import type { InvokeChannel, InvokeSignatures, IpcResult } from '../../common/contract';
import { invokeArgsSchemas } from '../../common/schemas';
import { isAppFrame, type SenderFrame } from './trusted-sender';

export type InvokeImpl<C extends InvokeChannel> = (
  ...args: InvokeSignatures[C]['args']
) => InvokeSignatures[C]['result'] | Promise<InvokeSignatures[C]['result']>;

export type InvokeImpls = { [C in InvokeChannel]: InvokeImpl<C> };

export interface InvokeEvent {
  readonly senderFrame: SenderFrame | null;
}

export function makeInvokeHandler<C extends InvokeChannel>(
  channel: C,
  impl: InvokeImpl<C>,
  appPageUrl: string,
  onInternalError: (channel: C, error: unknown) => void,
) {
  return async (event: InvokeEvent, ...rawArgs: unknown[]): Promise<IpcResult<InvokeSignatures[C]['result']>> => {
    if (!isAppFrame(event.senderFrame, appPageUrl)) {
      return { ok: false, error: { code: 'untrusted-sender', message: `${channel} refused: the request did not come from the app window` } };
    }
    const parsed = invokeArgsSchemas[channel].safeParse(rawArgs);
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid-request', message: `${channel}: ${z.prettifyError(parsed.error)}` } };
    }
    try {
      return { ok: true, value: await impl(...(parsed.data as InvokeSignatures[C]['args'])) };
    } catch (error) {
      onInternalError(channel, error);
      return { ok: false, error: { code: 'internal', message: `${channel} failed inside the app; see the diagnostic log` } };
    }
  };
}
