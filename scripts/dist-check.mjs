// npm run dist:check: the installers' contents, checked offline in a few seconds.
//  1. validates electron-builder.yml with ajv against app-builder-lib's JSON schema, and with
//     electron-builder's own validateConfiguration (which adds its deprecation checks);
//  2. packages `--linux dir` against a stub Electron (the real one cannot be downloaded here);
//  3. asserts what landed: main, preload and renderer present; no tests, test support, TypeScript or Svelte
//     sources, source maps, or anything outside the built app; exactly the production
//     dependencies that run (package-lock.json's closure minus keytar's install-time tools);
//     keytar.node unpacked beside app.asar; the tray icons copied; a size budget;
//  4. the Electron fuses: REQUIRED_FUSES in the config, and flipped in the packaged binary (the
//     stub carries a fuse wire in Electron's layout, so @electron/fuses flips and reads it).
// It packages the existing out/ and runs `electron-vite build` only when out/ is missing, or
// always with --build (npm test builds first, so it does not pay twice). The package goes to a
// temp folder that is removed afterwards, or to --out <dir>, which is kept.
// Usage: node scripts/dist-check.mjs [--build] [--out <dir>] [--config <electron-builder yml>]
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, posix, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import asar from '@electron/asar';
import Ajv from 'ajv';
import { expectedFuses, fuseDifferences } from './check-fuses.mjs';
import yaml from 'js-yaml';

const require = createRequire(import.meta.url);

export const PROJECT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CONFIG_PATH = join(PROJECT_DIR, 'electron-builder.yml');
// app.asar plus app.asar.unpacked, Electron itself not included. About 3 MB today; a leaked
// dev dependency or bundled asset shows as a jump well before this.
const BUDGET_BYTES = 10 * 1024 * 1024;
// keytar's dependencies that only `npm install` uses (prebuilt download, N-API headers);
// electron-builder.yml leaves them and what only they pull in out of the package.
const INSTALL_TIME_ONLY = new Set(['prebuild-install', 'node-addon-api']);
// The only top-level entries of app.asar: the electron-vite output and the production modules.
const APP_ROOTS = new Set(['out', 'node_modules', 'package.json']);
// team-worker.js: main starts it by file for every team read (main/supervisor/team-read.ts).
const REQUIRED = ['out/main/index.js', 'out/main/team-worker.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const KEYTAR_NODE = 'node_modules/keytar/build/Release/keytar.node';

const FORBIDDEN = [
  { why: 'test', test: (path) => /(^|\/)(test|tests|__tests__|e2e)\//.test(path) },
  { why: 'test', test: (path) => /(^|[./_-])(test|spec)(-[^/]*)?\.[cm]?[jt]sx?$/.test(basename(path)) },
  { why: 'test support', test: (path) => /(^|\/)test-support\//.test(path) },
  { why: 'TypeScript source', test: (path) => /\.(ts|tsx|mts|cts)$/.test(path) },
  { why: 'Svelte source', test: (path) => path.endsWith('.svelte') },
  { why: 'source map', test: (path) => path.endsWith('.map') },
  { why: 'outside the built app', test: (path) => !APP_ROOTS.has(path.split('/')[0] ?? '') },
];

const MB = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** electron-builder's electronFuses keys and the value each must have (issue 15.2). */
export const REQUIRED_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
  grantFileProtocolExtraPrivileges: false,
};
/** The wire's marker in every Electron binary since 12, followed by version, length and the fuses. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron 45's own defaults, which the build must change: RunAsNode, NODE_OPTIONS, --inspect
// and file: privileges on; cookie encryption, asar integrity, asar only, V8 snapshot off.
const ELECTRON_DEFAULT_WIRE = '10110001';

/** Each electronFuses value of the config that is missing or wrong. */
export function fuseProblems(config) {
  return Object.entries(REQUIRED_FUSES)
    .filter(([key, value]) => config.electronFuses?.[key] !== value)
    .map(([key, value]) => `fuse: electronFuses.${key} must be ${value} (is ${config.electronFuses?.[key] ?? 'unset'})`);
}

/** Each fuse of a packaged Electron binary that is not as the config says (check-fuses.mjs reads it). */
export async function binaryFuseProblems(binaryPath, config) {
  const { expected, problems } = expectedFuses(config);
  const differences = await fuseDifferences(binaryPath, expected);
  return [...problems, ...differences].map((d) => `fuse: ${basename(binaryPath)}: ${d}`);
}

// ---- 1. configuration ----

/** An electron-builder config file (YAML, or JSON, which YAML includes) as an object. */
export function loadConfig(configPath = CONFIG_PATH) {
  return yaml.load(readFileSync(configPath, 'utf8'));
}

/** Problems found in an electron-builder config file by both validators; empty when valid. */
async function validateConfig(configPath = CONFIG_PATH) {
  const config = loadConfig(configPath);
  const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
  // electron-builder compiles with coerceTypes; without it this check is a little stricter.
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  const problems = validate(config) ? [] : (validate.errors ?? []).map((e) => `schema: ${e.instancePath || '/'} ${e.message ?? ''}`);
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config');
  try {
    // It normalises the object it is given; keep the parsed file intact.
    await validateConfiguration(structuredClone(config), { isEnabled: false });
  } catch (error) {
    problems.push(`electron-builder: ${error instanceof Error ? error.message : String(error)}`);
  }
  return problems;
}

// ---- 2. packaging ----

function run(command, args) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: PROJECT_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ ok: code === 0, output }));
  });
}

/** The out/ files the package needs, built by electron-vite when missing or when forced. */
async function ensureBuilt(force = false) {
  if (!force && REQUIRED.every((file) => existsSync(join(PROJECT_DIR, file)))) return false;
  const cli = join(PROJECT_DIR, 'node_modules/electron-vite/bin/electron-vite.js');
  const r = await run(process.execPath, [cli, 'build']);
  if (!r.ok) throw new Error(`electron-vite build failed:\n${r.output}`);
  return true;
}

/**
 * Packages `--linux dir` into outDir with a stub Electron and returns the path of app.asar.
 * electron-builder only copies the Electron folder it is given, so an executable file named
 * `electron` is enough; the version comes from the pinned devDependency.
 */
async function packageLinuxDir(outDir, configPath = CONFIG_PATH) {
  const pkg = JSON.parse(readFileSync(join(PROJECT_DIR, 'package.json'), 'utf8'));
  const electronVersion = pkg.devDependencies.electron;
  const stubDir = join(outDir, '.electron-stub');
  mkdirSync(stubDir, { recursive: true });
  const wire = `${FUSE_SENTINEL}${String.fromCharCode(1, ELECTRON_DEFAULT_WIRE.length)}${ELECTRON_DEFAULT_WIRE}`;
  writeFileSync(join(stubDir, 'electron'), `#!/bin/sh\necho "dist:check stub: not Electron" >&2\nexit 1\n# ${wire}\n`);
  chmodSync(join(stubDir, 'electron'), 0o755);
  const r = await run(process.execPath, [
    join(PROJECT_DIR, 'node_modules/electron-builder/cli.js'),
    '--linux',
    'dir',
    '--publish',
    'never',
    '--config',
    configPath,
    `-c.electronDist=${stubDir}`,
    `-c.electronVersion=${electronVersion}`,
    `-c.directories.output=${outDir}`,
  ]);
  const asarPath = join(outDir, 'linux-unpacked', 'resources', 'app.asar');
  if (!r.ok || !existsSync(asarPath)) throw new Error(`electron-builder --linux dir failed:\n${r.output}`);
  return asarPath;
}

/** The packaged Electron executable beside resources/ (linux.executableName). */
function packagedBinary(asarPath, configPath = CONFIG_PATH) {
  return join(dirname(dirname(asarPath)), loadConfig(configPath).linux.executableName);
}

// ---- 3. contents ----

/**
 * The packages the app loads at run time, as name@version → their install path in the lockfile
 * ("node_modules/a", "node_modules/a/node_modules/b"): package.json's dependencies and theirs,
 * resolved the way Node does through package-lock.json, skipping keytar's install-time tools.
 * Only installed ones count. Packages are matched by name and version, not path, because
 * electron-builder hoists a nested package to the top when nothing else claims that place.
 */
export function runtimePackages(projectDir = PROJECT_DIR) {
  const { packages } = JSON.parse(readFileSync(join(projectDir, 'package-lock.json'), 'utf8'));
  const resolveFrom = (from, name) => {
    for (let base = from; ;) {
      const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
      if (packages[candidate]) return candidate;
      if (!base) return null;
      const parent = base.lastIndexOf('/node_modules/');
      base = parent === -1 ? '' : base.slice(0, parent);
    }
  };
  const found = new Map();
  const queue = [''];
  while (queue.length > 0) {
    const from = queue.pop();
    const entry = packages[from];
    const names = Object.keys({ ...entry.dependencies, ...entry.optionalDependencies, ...entry.peerDependencies });
    for (const name of names) {
      if (INSTALL_TIME_ONLY.has(name)) continue;
      const path = resolveFrom(from, name);
      // A missing optional or peer dependency (another platform's binary, say) is not installed.
      if (path === null || !existsSync(join(projectDir, path, 'package.json'))) continue;
      const id = `${packages[path].name ?? path.slice(path.lastIndexOf('node_modules/') + 13)}@${packages[path].version}`;
      if (found.has(id)) continue;
      found.set(id, path);
      queue.push(path);
    }
  }
  return found;
}

/** Every file in an asar header as [path, entry], and every package directory's path. */
function walkHeader(header) {
  const files = [];
  const packages = [];
  const visit = (node, prefix, parentName) => {
    for (const [name, child] of Object.entries(node.files)) {
      const path = prefix ? `${prefix}/${name}` : name;
      if (!('files' in child)) {
        files.push([path, child]);
        continue;
      }
      if (parentName === 'node_modules' && !name.startsWith('@')) packages.push(path);
      // A scope folder (@scope) holds packages as if it were node_modules itself.
      visit(child, path, name.startsWith('@') && parentName === 'node_modules' ? 'node_modules' : name);
    }
  };
  visit(header, '', '');
  return { files, packages };
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function folderBytes(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .reduce((sum, d) => sum + statSync(join(d.parentPath, d.name)).size, 0);
}

/**
 * Checks an app.asar (and its app.asar.unpacked beside it). Returns the figures and a list of
 * problems, each naming a path; an empty list means the package is fit to ship.
 * @param {string} asarPath
 * @param {{ runtime?: Map<string, string>, budgetBytes?: number }} [options]
 */
export function inspectAsar(asarPath, { runtime = runtimePackages(), budgetBytes = BUDGET_BYTES } = {}) {
  const { files, packages } = walkHeader(asar.getRawHeader(asarPath).header);
  const paths = new Set(files.map(([path]) => path));
  const problems = [];

  let forbidden = 0;
  for (const [path] of files) {
    const rule = FORBIDDEN.find((r) => r.test(path));
    if (rule) {
      forbidden++;
      problems.push(`forbidden (${rule.why}): ${path}`);
    }
  }
  const packagedIds = new Set();
  for (const path of packages) {
    const manifest = safeJson(asar.extractFile(asarPath, `${path}/package.json`)?.toString() ?? '');
    const id = `${manifest?.name}@${manifest?.version}`;
    packagedIds.add(id);
    if (runtime.has(id)) continue;
    forbidden++;
    problems.push(`forbidden (not a runtime dependency): ${path}`);
  }

  // package.json's "main" is the file Electron starts; without package.json nothing starts.
  const pkg = paths.has('package.json') ? JSON.parse(asar.extractFile(asarPath, 'package.json').toString()) : null;
  const main = typeof pkg?.main === 'string' ? posix.normalize(pkg.main) : null;
  for (const file of new Set([...REQUIRED, main ?? 'package.json'])) {
    if (!paths.has(file)) problems.push(`missing: ${file}${file === main ? ' (package.json "main")' : ''}`);
  }
  for (const [id, path] of runtime) {
    if (!packagedIds.has(id)) problems.push(`missing runtime dependency: ${path}`);
  }

  const keytar = files.find(([path]) => path === KEYTAR_NODE)?.[1];
  const unpackedDir = `${asarPath}.unpacked`;
  const keytarUnpacked = keytar?.unpacked === true && existsSync(join(unpackedDir, KEYTAR_NODE));
  if (!keytarUnpacked) problems.push(`${KEYTAR_NODE} is not unpacked into app.asar.unpacked (a native module cannot load from an archive)`);

  const asarBytes = statSync(asarPath).size;
  const unpackedBytes = folderBytes(unpackedDir);
  if (asarBytes + unpackedBytes > budgetBytes) {
    problems.push(`size: app.asar ${MB(asarBytes)} + unpacked ${MB(unpackedBytes)} is over the budget of ${MB(budgetBytes)}`);
  }
  return { files: files.length, packages: packages.length, asarBytes, unpackedBytes, budgetBytes, keytarUnpacked, forbidden, problems };
}

/** Tray icons that build/tray has but the package's resources/tray lacks (extraResources). */
function missingTrayIcons(asarPath) {
  const packaged = join(dirname(asarPath), 'tray');
  return readdirSync(join(PROJECT_DIR, 'build', 'tray'))
    .filter((name) => name.endsWith('.png') && !existsSync(join(packaged, name)))
    .map((name) => `missing extra resource: tray/${name}`);
}

// ---- the command ----

async function main() {
  const started = Date.now();
  const { values } = parseArgs({
    options: { build: { type: 'boolean', default: false }, out: { type: 'string' }, config: { type: 'string' } },
  });
  const configPath = resolve(values.config ?? CONFIG_PATH);
  let outDir = null; // made when packaging starts; kept on failure, so what was packaged can be looked at
  const fail = (lines) => {
    for (const line of lines) console.error(`  ${line}`);
    console.log(`dist:check FAILED: ${lines.length} problem(s)${outDir ? `; output in ${outDir}` : ''}`);
    process.exitCode = 1;
  };

  try {
    const configProblems = [...(await validateConfig(configPath)), ...fuseProblems(loadConfig(configPath))];
    if (configProblems.length > 0) return fail(configProblems);
    console.log(`${basename(configPath)} valid (JSON schema and electron-builder)`);
    if (await ensureBuilt(values.build)) console.log('built out/ with electron-vite');

    outDir = values.out ? resolve(values.out) : mkdtempSync(join(tmpdir(), 'dist-check-'));
    const asarPath = await packageLinuxDir(outDir, configPath);
    const report = inspectAsar(asarPath);
    const problems = [
      ...report.problems,
      ...missingTrayIcons(asarPath),
      ...(await binaryFuseProblems(packagedBinary(asarPath, configPath), loadConfig(configPath))),
    ];
    if (problems.length > 0) return fail(problems);
    if (!values.out) rmSync(outDir, { recursive: true, force: true });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `dist:check ok: app.asar ${MB(report.asarBytes)} + ${MB(report.unpackedBytes)} unpacked (budget ${MB(report.budgetBytes)}), ` +
        `${report.files} files, ${report.packages} packages, keytar.node unpacked, ${report.forbidden} forbidden, ` +
        `${Object.keys(REQUIRED_FUSES).length} fuses set, ${seconds} s`,
    );
  } catch (error) {
    fail([error instanceof Error ? error.message : String(error)]);
  }
}

// Run as the command; imported by its test, it only provides the functions.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
