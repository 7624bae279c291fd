// npm run dist:fuses: after `npm run dist`, reads the fuses of each packaged Electron binary in
// release/ back with @electron/fuses and compares them with electron-builder.yml's
// `electronFuses`, so a fuse that electron-builder failed to flip (or a config key it ignored)
// fails the build instead of shipping. Usage: node scripts/check-fuses.mjs [release dir] [--config file]
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { PROJECT_DIR, loadConfig } from './dist-check.mjs';

const require = createRequire(import.meta.url);
/** @type {typeof import('@electron/fuses')} */
const { FuseV1Options, getCurrentFuseWire } = require('@electron/fuses');

/** The wire's byte values (@electron/fuses' FuseState, not exported from its entry point). */
const STATE_NAMES = { 48: 'off', 49: 'on', 114: 'removed' };

/**
 * electron-builder's electronFuses keys are @electron/fuses' option names with a lower-case first
 * letter (runAsNode → RunAsNode); resetAdHocDarwinSignature is an instruction, not a fuse.
 * @returns {{ expected: Map<string, boolean>, problems: string[] }}
 */
export function expectedFuses(config) {
  const expected = new Map();
  const problems = [];
  if (!config.electronFuses) problems.push('electron-builder.yml has no electronFuses: nothing says what the fuses must be');
  for (const [key, value] of Object.entries(config.electronFuses ?? {})) {
    if (key === 'resetAdHocDarwinSignature') continue;
    const fuse = key[0].toUpperCase() + key.slice(1);
    if (typeof FuseV1Options[fuse] !== 'number') problems.push(`electronFuses.${key} is not a fuse @electron/fuses knows`);
    else expected.set(fuse, value);
  }
  return { expected, problems };
}

/** Where electron-builder leaves the unpacked app of each OS and architecture in its output folder. */
export function packagedBinaries(releaseDir, config) {
  const product = config.productName;
  const linuxName = config.linux?.executableName ?? config.executableName ?? product;
  const candidates = readdirSync(releaseDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap(({ name }) => {
      const dir = path.join(releaseDir, name);
      if (/^linux.*-unpacked$/.test(name)) return [path.join(dir, linuxName)];
      if (/^win.*-unpacked$/.test(name)) return [path.join(dir, `${product}.exe`)];
      if (/^mac/.test(name)) return [path.join(dir, `${product}.app`)];
      return [];
    });
  return candidates.filter((p) => existsSync(p));
}

/** Each fuse whose state in the binary differs from the expected one, in words. */
export async function fuseDifferences(binary, expected) {
  const wire = await getCurrentFuseWire(binary);
  const differences = [];
  for (const [fuse, want] of expected) {
    const state = wire[FuseV1Options[fuse]];
    const have = STATE_NAMES[state] ?? (state === undefined ? 'absent from this Electron' : `unknown (${state})`);
    if (have !== (want ? 'on' : 'off')) differences.push(`${fuse}: ${have}, electron-builder.yml says ${want ? 'on' : 'off'}`);
  }
  return differences;
}

async function main() {
  const args = process.argv.slice(2);
  const configAt = args.indexOf('--config');
  const configFile = configAt >= 0 ? args.splice(configAt, 2)[1] : undefined;
  const config = loadConfig(configFile && path.resolve(configFile));
  const releaseDir = path.resolve(args[0] ?? path.join(PROJECT_DIR, config.directories?.output ?? 'release'));
  const { expected, problems } = expectedFuses(config);
  const binaries = existsSync(releaseDir) ? packagedBinaries(releaseDir, config) : [];
  if (!binaries.length) problems.push(`no packaged app in ${releaseDir}: run \`npm run dist\` first`);
  for (const binary of binaries) {
    const differences = await fuseDifferences(binary, expected).catch((e) => [`cannot read its fuses: ${e.message}`]);
    problems.push(...differences.map((d) => `${path.relative(process.cwd(), binary)}: ${d}`));
    if (!differences.length) console.log(`${path.relative(process.cwd(), binary)}: ${expected.size} fuses as electron-builder.yml says`);
  }
  for (const p of problems) console.error(`dist:fuses: ${p}`);
  console.log(problems.length ? `dist:fuses FAILED: ${problems.length} problem(s)` : `dist:fuses ok: ${binaries.length} binary(ies)`);
  process.exitCode = problems.length ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
