// Wraps one verb's implementation with the checks every IPC call must pass: sender, then
// payload schema. Failures come back as values the renderer can show.
import { z } from 'zod';
import { channelOf, type IpcError, type IpcResult, type Verb, type VerbSignatures } from '../../common/contract';
import { verbArgsSchemas } from '../../common/schemas';
import { isAppFrame, type SenderFrame } from './trusted-sender';
import { IPC_REFUSALS } from '../../common/words';

/** A verb's implementation answers with a result: failures are values, never exceptions. */
export type VerbImpl<V extends Verb> = (
  ...args: VerbSignatures[V]['args']
) => IpcResult<VerbSignatures[V]['result']> | Promise<IpcResult<VerbSignatures[V]['result']>>;

export type VerbImpls = { [V in Verb]: VerbImpl<V> };

export interface InvokeEvent {
  readonly senderFrame: SenderFrame | null;
}

/** Where a handler reports what the window should never cause: a refused request, an exception. */
export interface InvokeReports {
  refused(verb: Verb, error: IpcError): void;
  internal(verb: Verb, error: unknown): void;
}

export function makeInvokeHandler<V extends Verb>(verb: V, impl: VerbImpl<V>, appPageUrl: string, reports: InvokeReports) {
  const channel = channelOf(verb);
  const refuse = (error: IpcError): IpcResult<never> => {
    reports.refused(verb, error);
    return { ok: false, error };
  };
  return async (event: InvokeEvent, ...rawArgs: unknown[]): Promise<IpcResult<VerbSignatures[V]['result']>> => {
    if (!isAppFrame(event.senderFrame, appPageUrl)) {
      return refuse({ code: 'untrusted-sender', message: IPC_REFUSALS.untrusted(channel) });
    }
    const parsed = verbArgsSchemas[verb].safeParse(rawArgs);
    if (!parsed.success) return refuse({ code: 'invalid-request', message: `${channel}: ${bounded(z.prettifyError(parsed.error))}` });
    try {
      return await impl(...(parsed.data as VerbSignatures[V]['args']));
    } catch (error) {
      reports.internal(verb, error);
      return { ok: false, error: { code: 'internal', message: IPC_REFUSALS.internal(channel) } };
    }
  };
}

/**
 * zod's words name what it refused: an unknown key, an accelerator, as sent. A hostile page can
 * make those megabytes long, and the message goes to the log and back to the page, so it is cut.
 */
export const MAX_REFUSAL_CHARS = 1000;
const bounded = (message: string) => (message.length > MAX_REFUSAL_CHARS ? `${message.slice(0, MAX_REFUSAL_CHARS)}… (cut)` : message);
