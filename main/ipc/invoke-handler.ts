// Wraps one verb's implementation with the checks every IPC call must pass: sender, then
// payload schema. Failures come back as values the renderer can show.
import { z } from 'zod';
import { channelOf, type IpcResult, type Verb, type VerbSignatures } from '../../common/contract';
import { verbArgsSchemas } from '../../common/schemas';
import { isAppFrame, type SenderFrame } from './trusted-sender';

/** A verb's implementation answers with a result: failures are values, never exceptions. */
export type VerbImpl<V extends Verb> = (
  ...args: VerbSignatures[V]['args']
) => IpcResult<VerbSignatures[V]['result']> | Promise<IpcResult<VerbSignatures[V]['result']>>;

export type VerbImpls = { [V in Verb]: VerbImpl<V> };

export interface InvokeEvent {
  readonly senderFrame: SenderFrame | null;
}

export function makeInvokeHandler<V extends Verb>(
  verb: V,
  impl: VerbImpl<V>,
  appPageUrl: string,
  onInternalError: (verb: V, error: unknown) => void,
) {
  const channel = channelOf(verb);
  return async (event: InvokeEvent, ...rawArgs: unknown[]): Promise<IpcResult<VerbSignatures[V]['result']>> => {
    if (!isAppFrame(event.senderFrame, appPageUrl)) {
      return { ok: false, error: { code: 'untrusted-sender', message: `${channel} refused: the request did not come from the app window` } };
    }
    const parsed = verbArgsSchemas[verb].safeParse(rawArgs);
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid-request', message: `${channel}: ${z.prettifyError(parsed.error)}` } };
    }
    try {
      return await impl(...(parsed.data as VerbSignatures[V]['args']));
    } catch (error) {
      onInternalError(verb, error);
      return { ok: false, error: { code: 'internal', message: `${channel} failed inside the app; see the diagnostic log` } };
    }
  };
}
