// dist:fuses reads the fuse wire of a packaged Electron and fails on any fuse that differs from
// electron-builder.yml. No Electron binary can be downloaded here, so the binaries are stand-ins
// at that one boundary: files holding a fuse wire laid out as Electron 45 ships it (sentinel,
// version 1, 8 fuses at Electron's defaults), flipped with the very @electron/fuses function
// electron-builder calls, and put where electron-builder leaves each OS's unpacked app.
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';
import yaml from 'js-yaml';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_DIR, REQUIRED_FUSES, loadConfig } from './dist-check.mjs';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's defaults, in FuseV1Options order: RunAsNode on, CookieEncryption off, NodeOptions on,
// NodeCliInspect on, AsarIntegrity off, OnlyLoadAppFromAsar off, V8Snapshot off, FileProtocol on.
const ELECTRON_DEFAULT_WIRE = '10110001';
// What the packaging issue asks electron-builder.yml to set: dist-check's one list, so a fuse
// added there is flipped, read back and failed on here too. Its keys are @electron/fuses' option
// names with a lower-case first letter (runAsNode → RunAsNode).
const ELECTRON_FUSES: Record<string, boolean> = REQUIRED_FUSES;
const fuseName = (key: string) => `${key[0]?.toUpperCase() ?? ''}${key.slice(1)}`;
const fuseOption = (key: string) => FuseV1Options[fuseName(key) as keyof typeof FuseV1Options];
const AS_CONFIGURED = {
  version: FuseVersion.V1,
  ...Object.fromEntries(Object.entries(ELECTRON_FUSES).map(([key, value]) => [fuseOption(key), value])),
} as const;
const FUSE_COUNT = Object.keys(ELECTRON_FUSES).length;

let dir: string;
let release: string;
let configFile: string;

function fakeElectron(file: string) {
  mkdirSync(dirname(file), { recursive: true });
  const padding = Buffer.alloc(4096, 0x90);
  writeFileSync(file, Buffer.concat([padding, Buffer.from(SENTINEL), Buffer.from([1, 8]), Buffer.from(ELECTRON_DEFAULT_WIRE), padding]));
  return file;
}

function writeConfig(electronFuses: Record<string, boolean> | undefined) {
  const config = { ...(yaml.load(readFileSync(join(PROJECT_DIR, 'electron-builder.yml'), 'utf8')) as object), electronFuses };
  writeFileSync(configFile, yaml.dump(config));
}

function distFuses() {
  const r = spawnSync(process.execPath, ['scripts/check-fuses.mjs', release, '--config', configFile], { cwd: PROJECT_DIR, encoding: 'utf8' });
  return { code: r.status, output: r.stdout + r.stderr };
}

const linuxBinary = () => join(release, 'linux-unpacked', loadConfig().linux?.executableName ?? '');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dist-fuses-'));
  release = join(dir, 'release');
  configFile = join(dir, 'electron-builder.yml');
  writeConfig(ELECTRON_FUSES);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run dist:fuses', () => {
  it('fails on a binary whose fuses were never flipped, naming each fuse that differs', () => {
    fakeElectron(linuxBinary());
    const { code, output } = distFuses();
    expect(code).toBe(1);
    // Every fuse the list sets is one Electron ships the other way.
    for (const [key, value] of Object.entries(ELECTRON_FUSES)) expect(output).toContain(`${fuseName(key)}: ${value ? 'off' : 'on'}`);
    expect(output).toContain(`dist:fuses FAILED: ${FUSE_COUNT} problem(s)`);
  });

  it('passes once the fuses are flipped as electron-builder.yml says, for Linux, Windows and macOS layouts', async () => {
    const macApp = join(release, 'mac-arm64', 'Supervisor Softphone.app');
    fakeElectron(join(macApp, 'Contents', 'Frameworks', 'Electron Framework.framework', 'Electron Framework'));
    // As electron-builder does: a macOS app's fuses are flipped through the .app's path.
    for (const b of [fakeElectron(linuxBinary()), fakeElectron(join(release, 'win-unpacked', 'Supervisor Softphone.exe')), macApp])
      await flipFuses(b, AS_CONFIGURED);
    const { code, output } = distFuses();
    expect(output).toContain('dist:fuses ok: 3 binary(ies)');
    expect(code).toBe(0);
  });

  it('fails on the one fuse left as Electron ships it', async () => {
    await flipFuses(fakeElectron(linuxBinary()), { ...AS_CONFIGURED, [FuseV1Options.OnlyLoadAppFromAsar]: false });
    const { code, output } = distFuses();
    expect(code).toBe(1);
    expect(output).toMatch(/supervisor-softphone: OnlyLoadAppFromAsar: off, electron-builder\.yml says on/);
    expect(output).toContain('dist:fuses FAILED: 1 problem(s)');
  });

  it('fails when electron-builder.yml has no electronFuses, or names a fuse that does not exist', async () => {
    await flipFuses(fakeElectron(linuxBinary()), AS_CONFIGURED);
    writeConfig(undefined);
    expect(distFuses().output).toContain('electron-builder.yml has no electronFuses');
    writeConfig({ ...ELECTRON_FUSES, runAsnode: false });
    const { code, output } = distFuses();
    expect(code).toBe(1);
    expect(output).toContain('electronFuses.runAsnode is not a fuse');
  });

  it('agrees with electron-builder: what it flips from electronFuses reads back as configured', () => {
    // An offline --linux dir package of the built out/, as dist:check makes, from a stub Electron
    // that carries Electron's default fuse wire; electron-builder runs @electron/fuses on it.
    const stub = join(dir, 'electron-dist');
    chmodSync(fakeElectron(join(stub, 'electron')), 0o755);
    const { devDependencies } = JSON.parse(readFileSync(join(PROJECT_DIR, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const built = spawnSync(
      process.execPath,
      [
        'node_modules/electron-builder/cli.js',
        '--linux',
        'dir',
        '--publish',
        'never',
        '--config',
        configFile,
        `-c.electronDist=${stub}`,
        `-c.electronVersion=${devDependencies.electron}`,
        `-c.directories.output=${release}`,
      ],
      { cwd: PROJECT_DIR, encoding: 'utf8' },
    );
    expect(built.status, built.stdout + built.stderr).toBe(0);
    // The stub left as Electron ships it would fail on every fuse (the first test).
    const { code, output } = distFuses();
    expect(output).toContain(`${FUSE_COUNT} fuses as electron-builder.yml says`);
    expect(code).toBe(0);
  }, 120_000);

  it('fails when nothing was packaged', () => {
    const { code, output } = distFuses();
    expect(code).toBe(1);
    expect(output).toContain('run `npm run dist` first');
  });
});
