import { Menu, type MenuItemConstructorOptions } from 'electron';
import { APP_MENU } from '../../common/words/app';

/**
 * The application menu: Quit lives here and in the tray, since closing the window only hides
 * it. Edit keeps copy and paste working in the window's fields.
 */
export function installAppMenu(platform: string, hideWindow: () => void): void {
  const template: MenuItemConstructorOptions[] =
    platform === 'darwin'
      ? [{ role: 'appMenu' }, { role: 'editMenu' }, { role: 'windowMenu' }]
      : [
          {
            label: APP_MENU.file,
            submenu: [{ label: APP_MENU.closeWindow, accelerator: 'CommandOrControl+W', click: hideWindow }, { type: 'separator' }, { role: 'quit' }],
          },
          { role: 'editMenu' },
        ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
