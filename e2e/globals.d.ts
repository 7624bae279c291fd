// What the app and the e2e hooks (e2e/harness/e2e-hooks.cjs) add to the page and to main.
import type { SoftphoneApi } from '../common/contract';

declare global {
  interface Window {
    readonly softphone: SoftphoneApi;
  }
  var __e2e: {
    snapshot(): {
      ipc: Array<{ channel: string; args: unknown[]; ok: boolean; error?: string }>;
      trays: Array<{ tooltip?: string; menu?: string[] | null }>;
      notifications: Array<{ title: string; body: string }>;
      shortcuts: string[];
    };
    pressShortcut(accelerator: string): void;
    clickTrayMenuItem(label: string, tray?: number): void;
    clickNotification(index?: number): void;
  };
}
export {};
