import { Menu, Tray, nativeImage } from 'electron';
import path from 'node:path';
import type { TrayAction, TrayMenuEntry, TrayView } from './tray-view';

/**
 * The tray icon. It renders a TrayView and touches only what changed, so frequent state
 * updates do not make the icon or its menu flicker.
 */
export class AppTray {
  readonly #iconDir: string;
  readonly #actions: Record<TrayAction, () => void>;
  readonly #tray: Tray;
  #shown: { icon?: string; tooltip?: string; menu?: string } = {};

  readonly #onAlert: (entry: Extract<TrayMenuEntry, { type: 'alert' }>) => void;

  constructor(iconDir: string, actions: Record<TrayAction, () => void>, onAlert: (entry: Extract<TrayMenuEntry, { type: 'alert' }>) => void) {
    this.#iconDir = iconDir;
    this.#actions = actions;
    this.#onAlert = onAlert;
    this.#tray = new Tray(this.#image('signed-out'));
  }

  render(view: TrayView): void {
    if (view.icon !== this.#shown.icon) this.#tray.setImage(this.#image(view.icon));
    if (view.tooltip !== this.#shown.tooltip) this.#tray.setToolTip(view.tooltip);
    const menu = JSON.stringify(view.menu);
    if (menu !== this.#shown.menu) {
      this.#tray.setContextMenu(
        Menu.buildFromTemplate(
          view.menu.map((entry) => {
            if (entry.type === 'separator') return { type: 'separator' as const };
            if (entry.type === 'alert') return { label: entry.label, click: () => this.#onAlert(entry) };
            return { label: entry.label, enabled: entry.enabled, click: this.#actions[entry.action] };
          }),
        ),
      );
    }
    this.#shown = { icon: view.icon, tooltip: view.tooltip, menu };
  }

  destroy(): void {
    this.#tray.destroy();
  }

  /** macOS wants template images (black and alpha, tinted by the menu bar); a "Template" name says so. */
  #image(icon: string) {
    const name = process.platform === 'darwin' ? `${icon}Template.png` : `${icon}.png`;
    return nativeImage.createFromPath(path.join(this.#iconDir, name));
  }
}
