// An audit of the app's Electron configuration in the spirit of Electronegativity (which
// cannot run offline: it fetches Electron's release list). Each check reads the sources the
// app ships (main/, preload/, renderer/index.html) for one of Electron's security-checklist
// mistakes; a finding above "low" fails. A finding that is right for this app is justified in
// JUSTIFIED below, with the reason, rather than silenced.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const JUSTIFIED: Record<string, string> = {};

function sources(dir: string): Array<{ file: string; text: string }> {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
    .map((e) => {
      const file = path.relative(root, path.join(e.parentPath, e.name));
      return { file, text: readFileSync(path.join(root, file), 'utf8') };
    })
    .filter((s) => !s.file.includes('test-support'));
}

const shipped = [...sources('main'), ...sources('preload')];
const all = shipped.map((s) => s.text).join('\n');

interface Check {
  id: string;
  severity: 'high' | 'medium' | 'low';
  /** A pattern that must not appear in the shipped main and preload code. */
  forbidden?: RegExp;
  /** A pattern that must appear somewhere in it. */
  required?: RegExp;
}

const checks: Check[] = [
  { id: 'NODE_INTEGRATION', severity: 'high', forbidden: /nodeIntegration(InWorker|InSubFrames)?\s*:\s*true/ },
  { id: 'CONTEXT_ISOLATION', severity: 'high', forbidden: /contextIsolation\s*:\s*false/ },
  { id: 'SANDBOX', severity: 'high', forbidden: /sandbox\s*:\s*false/ },
  { id: 'WEB_SECURITY', severity: 'high', forbidden: /webSecurity\s*:\s*false/ },
  { id: 'INSECURE_CONTENT', severity: 'high', forbidden: /allowRunningInsecureContent\s*:\s*true/ },
  { id: 'EXPERIMENTAL_FEATURES', severity: 'medium', forbidden: /experimentalFeatures\s*:\s*true|enableBlinkFeatures/ },
  { id: 'WEBVIEW_TAG', severity: 'medium', forbidden: /webviewTag\s*:\s*true/ },
  { id: 'REMOTE_CONTENT', severity: 'high', forbidden: /loadURL\(\s*['"`]https?:/ },
  { id: 'OPEN_EXTERNAL', severity: 'medium', forbidden: /shell\.openExternal\(/ },
  { id: 'EXPOSED_IPC_RENDERER', severity: 'high', forbidden: /exposeInMainWorld\([^)]*ipcRenderer\s*[,)]/ },
  { id: 'DEVTOOLS', severity: 'low', forbidden: /openDevTools\(/ },
  { id: 'PERMISSION_HANDLER', severity: 'medium', required: /setPermissionRequestHandler\(/ },
  { id: 'NAVIGATION_HANDLER', severity: 'medium', required: /on\('will-navigate'/ },
  { id: 'NEW_WINDOW_HANDLER', severity: 'medium', required: /setWindowOpenHandler\(/ },
  { id: 'IPC_SENDER_CHECK', severity: 'high', required: /senderFrame/ },
];

function findings(): Array<{ id: string; severity: string; where: string }> {
  const found: Array<{ id: string; severity: string; where: string }> = [];
  for (const check of checks) {
    if (check.forbidden) {
      for (const s of shipped) if (check.forbidden.test(s.text)) found.push({ id: check.id, severity: check.severity, where: s.file });
    }
    if (check.required && !check.required.test(all)) found.push({ id: check.id, severity: check.severity, where: 'main/, preload/' });
  }
  const html = readFileSync(path.join(root, 'renderer/index.html'), 'utf8');
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  if (!/default-src 'none'/.test(csp)) found.push({ id: 'CSP_DEFAULT_SRC', severity: 'high', where: 'renderer/index.html' });
  if (/'unsafe-(inline|eval)'/.test(/script-src[^;]*/.exec(csp)?.[0] ?? "'unsafe-inline'"))
    found.push({ id: 'CSP_SCRIPT_SRC', severity: 'high', where: 'renderer/index.html' });
  return found;
}

describe('Electron security audit', () => {
  it('finds nothing above low that is not justified', () => {
    const open = findings().filter((f) => f.severity !== 'low' && !(f.id in JUSTIFIED));
    expect(open).toEqual([]);
  });

  it('would catch a window with Node in the page', () => {
    const check = checks.find((c) => c.id === 'NODE_INTEGRATION')!;
    expect(check.forbidden!.test('webPreferences: { nodeIntegration: true }')).toBe(true);
    expect(check.forbidden!.test(readFileSync(path.join(root, 'main/desktop/main-window-options.ts'), 'utf8'))).toBe(false);
  });
});
