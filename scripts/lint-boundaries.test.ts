// The architecture's import boundaries are lint errors. This lints probe files with the project's
// real ESLint config, in a scratch copy of the tree so the probes never touch the sources.
import { ESLint } from 'eslint';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
let scratch = '';
let eslint: ESLint;

const probes: Record<string, string> = {
  'renderer/src/uses-electron.ts': "import { ipcRenderer } from 'electron';\nexport const probe = ipcRenderer;\n",
  'renderer/src/uses-fs.ts': "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n",
  'renderer/src/UsesFs.svelte':
    '<script lang="ts">\n  import { readFileSync } from \'fs\';\n  const probe = String(readFileSync);\n</script>\n\n<p>{probe}</p>\n',
  'renderer/src/uses-main.ts': "import { appInfo } from '../../main/app-info';\nexport const probe = appInfo;\n",
  'renderer/src/uses-common.ts': "import { InvokeChannel } from '../../common/contract';\nexport const probe = InvokeChannel;\n",
  'common/uses-path.ts': "import path from 'path';\nexport const probe = path;\n",
  'common/uses-electron.ts': "import { app } from 'electron';\nexport const probe = app;\n",
  'preload/uses-fs.ts': "import fs from 'node:fs';\nexport const probe = fs;\n",
  'sim/uses-main.ts': "import { appInfo } from '../main/app-info';\nexport const probe = appInfo;\n",
  'main/gws/uses-electron.ts': "import { app } from 'electron';\nexport const probe = app;\n",
  'main/gws/uses-electron-types.ts': "import type { IpcMain } from 'electron';\nexport type Probe = IpcMain;\n",
  'main/desktop/uses-electron.ts': "import { app } from 'electron';\nexport const probe = app;\n",
  'main/gws/uses-test-support.ts': "import { quiet } from '../../test-support/quiet-log';\nexport const probe = quiet;\n",
  'main/gws/uses-own-test-support.ts': "import { meReply } from './test-support/doc-samples';\nexport const probe = meReply;\n",
  'main/desktop/uses-test-support.ts': "import { quiet } from '../../test-support/quiet-log';\nexport const probe = quiet;\n",
  'renderer/src/uses-test-support.ts': "import { seededRandom } from '../../test-support/seeded-random';\nexport const probe = seededRandom;\n",
  'sim/uses-test-support.ts': "import { useSimulator } from './test-support/fixture';\nexport const probe = useSimulator;\n",
  'main/gws/uses-test-support.test.ts': "import { quiet } from '../../test-support/quiet-log';\nexport const probe = quiet;\n",
  'main/gws/test-support/uses-test-support.ts': "import { quiet } from '../../../test-support/quiet-log';\nexport const probe = quiet;\n",
};

beforeAll(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'lint-boundaries-'));
  for (const f of ['eslint.config.js', 'tsconfig.json', 'tsconfig.base.json', 'tsconfig.node.json', 'tsconfig.renderer.json', 'package.json']) {
    cpSync(path.join(root, f), path.join(scratch, f));
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(scratch, 'node_modules'));
  cpSync(path.join(root, 'common'), path.join(scratch, 'common'), { recursive: true });
  cpSync(path.join(root, 'main'), path.join(scratch, 'main'), { recursive: true });
  for (const [file, code] of Object.entries(probes)) {
    mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
    writeFileSync(path.join(scratch, file), code);
  }
  eslint = new ESLint({ cwd: scratch });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function boundaryErrors(file: string): Promise<string[]> {
  const [result] = await eslint.lintFiles([file]);
  return (result?.messages ?? []).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports' || m.fatal).map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    ['renderer/src/uses-electron.ts', 'Only main/ and preload/ may use Electron.'],
    ['renderer/src/uses-fs.ts', 'Node built-ins are not available here.'],
    ['renderer/src/UsesFs.svelte', 'Node built-ins are not available here.'],
    ['renderer/src/uses-main.ts', 'main/ is the privileged process'],
    ['common/uses-path.ts', 'Node built-ins are not available here.'],
    ['common/uses-electron.ts', 'Only main/ and preload/ may use Electron.'],
    ['preload/uses-fs.ts', 'Node built-ins are not available here.'],
    ['sim/uses-main.ts', 'main/ is the privileged process'],
    ['main/gws/uses-electron.ts', "Only main/desktop/ and main/index.ts use Electron's APIs."],
    ['main/gws/uses-test-support.ts', 'Production code cannot import test support'],
    ['main/gws/uses-own-test-support.ts', 'Production code cannot import test support'],
    ['main/desktop/uses-test-support.ts', 'Production code cannot import test support'],
    ['renderer/src/uses-test-support.ts', 'Production code cannot import test support'],
    ['sim/uses-test-support.ts', 'Production code cannot import test support'],
  ])('%s fails lint', async (file, message) => {
    const errors = await boundaryErrors(file);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it.each([
    'renderer/src/uses-common.ts',
    'main/gws/uses-electron-types.ts',
    'main/desktop/uses-electron.ts',
    'main/gws/uses-test-support.test.ts',
    'main/gws/test-support/uses-test-support.ts',
  ])('%s is allowed', async (file) => {
    expect(await boundaryErrors(file)).toEqual([]);
  });
});
