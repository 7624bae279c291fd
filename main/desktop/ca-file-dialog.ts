// The CA file is picked and confirmed in main, with the OS's own dialogs: the page can ask for
// the choice, never make it (settings.chooseCaFile).
import { dialog, type BrowserWindow } from 'electron';
import { caFileConfirmation, type CaFile } from '../gws/http/ca-file';

export async function chooseCaFile(window: BrowserWindow): Promise<string | null> {
  const chosen = await dialog.showOpenDialog(window, {
    title: 'Trusted CA certificate file',
    properties: ['openFile'],
    filters: [
      { name: 'Certificates (PEM)', extensions: ['pem', 'crt', 'cer'] },
      { name: 'All files', extensions: ['*'] },
    ],
  });
  return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
}

export async function confirmCaFile(window: BrowserWindow, file: CaFile): Promise<boolean> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'question',
    title: 'Trust this certificate authority?',
    message: 'Trust this certificate authority for the GWS server?',
    detail: caFileConfirmation(file),
    buttons: ['Trust', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
  });
  return response === 0;
}
