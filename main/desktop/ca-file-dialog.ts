// The CA file is picked and confirmed in main, with the OS's own dialogs: the page can ask for
// the choice, never make it (settings.chooseCaFile).
import { dialog, type BrowserWindow } from 'electron';
import { caFileConfirmation, type CaFile } from '../gws/http/ca-file';
import { CA_FILE_DIALOG } from '../../common/words';

export async function chooseCaFile(window: BrowserWindow): Promise<string | null> {
  const chosen = await dialog.showOpenDialog(window, {
    title: CA_FILE_DIALOG.chooseTitle,
    properties: ['openFile'],
    filters: [
      { name: CA_FILE_DIALOG.pemFilter, extensions: ['pem', 'crt', 'cer'] },
      { name: CA_FILE_DIALOG.allFilter, extensions: ['*'] },
    ],
  });
  return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
}

export async function confirmCaFile(window: BrowserWindow, file: CaFile): Promise<boolean> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'question',
    title: CA_FILE_DIALOG.confirmTitle,
    message: CA_FILE_DIALOG.confirmMessage,
    detail: caFileConfirmation(file),
    buttons: [CA_FILE_DIALOG.trust, CA_FILE_DIALOG.cancel],
    defaultId: 1,
    cancelId: 1,
  });
  return response === 0;
}
