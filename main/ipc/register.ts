import type { IpcMain } from 'electron';
import { channelOf, VERBS, type Verb } from '../../common/contract';
import { makeInvokeHandler, type VerbImpl, type VerbImpls } from './invoke-handler';

/** Registers one checked handler per contract verb; the type demands an implementation for each. */
export function registerVerbHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  impls: VerbImpls,
  appPageUrl: string,
  onInternalError: (verb: Verb, error: unknown) => void,
): void {
  const register = <V extends Verb>(verb: V) =>
    ipcMain.handle(channelOf(verb), makeInvokeHandler(verb, impls[verb] as VerbImpl<V>, appPageUrl, onInternalError));
  for (const verb of VERBS) register(verb);
}
