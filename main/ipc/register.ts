import type { IpcMain } from 'electron';
import { InvokeChannel } from '../../common/contract';
import { makeInvokeHandler, type InvokeImpls } from './invoke-handler';

/** Registers one checked handler per contract channel; the type demands an implementation for each. */
export function registerInvokeHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  impls: InvokeImpls,
  appPageUrl: string,
  onInternalError: (channel: InvokeChannel, error: unknown) => void,
): void {
  for (const channel of Object.values(InvokeChannel)) {
    ipcMain.handle(channel, makeInvokeHandler(channel, impls[channel], appPageUrl, onInternalError));
  }
}
