// dist:check must pass on the real electron-builder.yml and fail, naming the file, whenever
// something that must not ship would be packaged. One real `--linux dir` build (the command
// itself, as npm runs it) serves every case: the failures are provoked on a tampered copy of
// its app.asar, which the same assertions read in milliseconds. A second run, on an invalid
// config, stops at validation.
import asar from '@electron/asar';
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_DIR, binaryFuseProblems, fuseProblems, inspectAsar, loadConfig, runtimePackages } from './dist-check.mjs';

const run = promisify(execFile);
const BUILD_TIMEOUT = 120_000; // a packaging run on two cores shared with other suites
const KEYTAR_NODE = 'node_modules/keytar/build/Release/keytar.node';

interface Run {
  code: number | null;
  output: string;
  lastLine: string;
}

function distCheck(args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['scripts/dist-check.mjs', ...args], { cwd: PROJECT_DIR });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output, lastLine: output.trim().split('\n').at(-1) ?? '' }));
  });
}

let workDir: string;
let real: Run;
let broken: Run;
const realAsar = () => join(workDir, 'real', 'linux-unpacked', 'resources', 'app.asar');

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'dist-check-test-'));
  const brokenConfig = join(workDir, 'broken.json');
  writeFileSync(brokenConfig, JSON.stringify({ ...loadConfig(), nsis: { oneClick: 'yes' } }));
  // The invalid config stops at validation, before building or packaging anything.
  [real, broken] = await Promise.all([distCheck(['--out', join(workDir, 'real')]), distCheck(['--config', brokenConfig])]);
}, BUILD_TIMEOUT);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('dist:check', () => {
  it('passes on the real config and states its figures on the last line', () => {
    expect(real.code, real.output).toBe(0);
    expect(real.lastLine).toMatch(
      /^dist:check ok: app\.asar [\d.]+ MB \+ [\d.]+ MB unpacked \(budget 10\.0 MB\), \d+ files, \d+ packages, keytar\.node unpacked, 0 forbidden, 7 fuses set, [\d.]+ s$/,
    );
  });

  it('finds the real package clean: the runtime dependencies, nothing else, keytar unpacked', () => {
    const report = inspectAsar(realAsar());
    expect(report.problems).toEqual([]);
    expect(report.keytarUnpacked).toBe(true);
    expect(report.packages).toBe(runtimePackages().size);
  });

  it('names every kind of forbidden, missing or misplaced file', async () => {
    const tree = join(workDir, 'tampered');
    asar.extractAll(realAsar(), tree);
    const add = (path: string, content = 'x') => {
      mkdirSync(dirname(join(tree, path)), { recursive: true });
      writeFileSync(join(tree, path), content);
    };
    add('main/index.ts');
    add('scripts/dist-check.test.ts');
    add('sim/cli.js');
    add('out/main/index.test.js');
    add('out/main/test-support/events.js');
    add('out/renderer/App.svelte');
    add('out/main/index.js.map');
    add('node_modules/vite/package.json', '{"name":"vite"}');
    rmSync(join(tree, 'out/preload/index.cjs'));
    rmSync(join(tree, 'node_modules/ws'), { recursive: true });
    // Packed without asarUnpack: keytar.node would sit inside the archive.
    const tampered = join(workDir, 'tampered.asar');
    await asar.createPackage(tree, tampered);

    expect(inspectAsar(tampered).problems).toEqual(
      expect.arrayContaining([
        'forbidden (TypeScript source): main/index.ts',
        'forbidden (test): scripts/dist-check.test.ts',
        'forbidden (outside the built app): sim/cli.js',
        'forbidden (test): out/main/index.test.js',
        'forbidden (test support): out/main/test-support/events.js',
        'forbidden (Svelte source): out/renderer/App.svelte',
        'forbidden (source map): out/main/index.js.map',
        'forbidden (not a runtime dependency): node_modules/vite',
        'missing: out/preload/index.cjs',
        'missing runtime dependency: node_modules/ws',
        `${KEYTAR_NODE} is not unpacked into app.asar.unpacked (a native module cannot load from an archive)`,
      ]),
    );
  });

  it('security 15.2 asserts the Electron fuses in the config and on the packaged binary', async () => {
    expect(fuseProblems(loadConfig())).toEqual([]);
    // The stub packaged above carried Electron's default wire; electron-builder flipped it.
    const binary = join(workDir, 'real', 'linux-unpacked', 'supervisor-softphone');
    expect(await binaryFuseProblems(binary, loadConfig())).toEqual([]);
    const { stdout } = await run(process.execPath, [join(PROJECT_DIR, 'node_modules/@electron/fuses/dist/bin.js'), 'read', '--app', binary]);
    expect(stdout).toMatch(
      /RunAsNode is Disabled[\s\S]*EnableCookieEncryption is Enabled[\s\S]*EnableNodeOptionsEnvironmentVariable is Disabled[\s\S]*EnableNodeCliInspectArguments is Disabled[\s\S]*EnableEmbeddedAsarIntegrityValidation is Enabled[\s\S]*OnlyLoadAppFromAsar is Enabled/,
    );

    const { electronFuses, ...withoutFuses } = loadConfig();
    expect(fuseProblems({ ...withoutFuses, electronFuses: { ...electronFuses, runAsNode: true, enableNodeCliInspectArguments: undefined } })).toEqual([
      'fuse: electronFuses.runAsNode must be false (is true)',
      'fuse: electronFuses.enableNodeCliInspectArguments must be false (is unset)',
    ]);
    expect(fuseProblems(withoutFuses)).toHaveLength(7);
    // A binary whose fuses were never flipped (RunAsNode still on, as Electron ships) is named.
    const unflipped = join(workDir, 'unflipped');
    writeFileSync(unflipped, `#!/bin/sh\n# dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX${String.fromCharCode(1, 8)}10110001\n`);
    expect(await binaryFuseProblems(unflipped, loadConfig())).toEqual(
      expect.arrayContaining([
        'fuse: unflipped: RunAsNode: on, electron-builder.yml says off',
        'fuse: unflipped: OnlyLoadAppFromAsar: off, electron-builder.yml says on',
      ]),
    );
  });

  it('fails over the size budget', () => {
    expect(inspectAsar(realAsar(), { budgetBytes: 1024 }).problems).toEqual([expect.stringMatching(/^size: app\.asar .* over the budget of 0\.0 MB$/)]);
  });

  it('fails before packaging when the config is invalid, with both validators saying why', () => {
    expect(broken.code).toBe(1);
    expect(broken.output).toContain('schema: /nsis/oneClick must be boolean');
    expect(broken.output).toMatch(/electron-builder: .*nsis\.oneClick should be a boolean/s);
    expect(broken.lastLine).toMatch(/^dist:check FAILED: \d+ problem\(s\)$/);
  });
});
