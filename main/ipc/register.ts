import type { IpcMain } from 'electron';
import { channelOf, VERBS, type Verb } from '../../common/contract';
import { makeInvokeHandler, type InvokeReports, type VerbImpl, type VerbImpls } from './invoke-handler';

/** Registers one checked handler per contract verb; the type demands an implementation for each. */
export function registerVerbHandlers(ipcMain: Pick<IpcMain, 'handle'>, impls: VerbImpls, appPageUrl: string, reports: InvokeReports): void {
  const register = <V extends Verb>(verb: V) => ipcMain.handle(channelOf(verb), makeInvokeHandler(verb, impls[verb] as VerbImpl<V>, appPageUrl, reports));
  for (const verb of VERBS) register(verb);
}
