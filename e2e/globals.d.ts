// What the e2e hooks (e2e/harness/e2e-hooks.cjs) add to the main process.
declare global {
  var __e2e: {
    snapshot(): {
      ipc: Array<{ channel: string; args: unknown[]; ok: boolean; error?: string }>;
      trays: Array<{ tooltip?: string; menu?: string[] | null }>;
      shortcuts: string[];
    };
    pressShortcut(accelerator: string): void;
    clickTrayMenuItem(label: string, tray?: number): void;
  };
}
export {};
