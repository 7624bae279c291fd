// Sandboxed preload: no logic, only the contract's verbs. ipcRenderer itself never reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import { InvokeChannel, type AppInfo, type IpcResult, type SoftphoneApi } from '../common/contract';

const softphone: SoftphoneApi = Object.freeze({
  app: Object.freeze({
    info: () => ipcRenderer.invoke(InvokeChannel.appInfo) as Promise<IpcResult<AppInfo>>,
  }),
});

contextBridge.exposeInMainWorld('softphone', softphone);
