// The signed release build of .github/workflows/release.yml, one OS per run:
//   node scripts/release.mjs build    refuse without signing credentials, then build and sign
//                                     (notarize on macOS); electron-builder's forceCodeSigning
//                                     also fails the build if signing was skipped
//   node scripts/release.mjs verify [dir]  read the signatures of what was built back with the OS's
//                                     own tool (Authenticode, codesign, Gatekeeper, the notarization
//                                     ticket); on Linux, whose AppImage and deb carry no signature,
//                                     write SHA256SUMS for the release notes instead
// docs/packaging.md lists the repository secrets each credential comes from.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { PROJECT_DIR } from './dist-check.mjs';

/** The environment electron-builder signs with, per OS, and the repository secret behind each. */
export const SIGNING_CREDENTIALS = {
  win32: [
    { env: 'CSC_LINK', secret: 'WINDOWS_CERTIFICATE' },
    { env: 'CSC_KEY_PASSWORD', secret: 'WINDOWS_CERTIFICATE_PASSWORD' },
  ],
  darwin: [
    { env: 'CSC_LINK', secret: 'MACOS_CERTIFICATE' },
    { env: 'CSC_KEY_PASSWORD', secret: 'MACOS_CERTIFICATE_PASSWORD' },
    { env: 'APPLE_ID', secret: 'APPLE_ID' },
    { env: 'APPLE_APP_SPECIFIC_PASSWORD', secret: 'APPLE_APP_SPECIFIC_PASSWORD' },
    { env: 'APPLE_TEAM_ID', secret: 'APPLE_TEAM_ID' },
  ],
  linux: [],
};

/** The credentials this OS signs with that the environment lacks (an empty secret counts as missing). */
export function missingCredentials(platform, env) {
  return (SIGNING_CREDENTIALS[platform] ?? []).filter(({ env: name }) => !env[name]);
}

/** `<hash>  <name>` lines, as sha256sum writes and `sha256sum -c` reads them. */
function checksums(dir, names) {
  return names
    .map(
      (n) =>
        `${createHash('sha256')
          .update(readFileSync(path.join(dir, n)))
          .digest('hex')}  ${n}\n`,
    )
    .join('');
}

const INSTALLER = /\.(AppImage|deb|exe|dmg)$/;

function run(command, args) {
  const r = spawnSync(command, args, { cwd: PROJECT_DIR, encoding: 'utf8', shell: process.platform === 'win32' });
  return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim() };
}

function build() {
  const missing = missingCredentials(process.platform, process.env);
  if (missing.length) {
    const names = missing.map((c) => `${c.env} (repository secret ${c.secret})`).join(', ');
    console.error(`release: refusing to build an unsigned ${process.platform} release: ${names} not set. See docs/packaging.md, "Release workflow".`);
    return false;
  }
  const signed = process.platform === 'linux' ? [] : ['-c.forceCodeSigning=true'];
  const notarized = process.platform === 'darwin' ? ['-c.mac.notarize=true'] : [];
  // npm run dist with these options appended to its electron-builder command.
  return (
    spawnSync('npm', ['run', 'dist', '--', ...signed, ...notarized], { cwd: PROJECT_DIR, stdio: 'inherit', shell: process.platform === 'win32' }).status === 0
  );
}

/** Problems with the signatures of the built installers and apps, in words. */
function verify(releaseDir) {
  const files = existsSync(releaseDir) ? readdirSync(releaseDir) : [];
  const installers = files.filter((f) => INSTALLER.test(f));
  if (!installers.length) return [`no installer in ${releaseDir}: run the build first`];
  if (process.platform === 'linux') {
    writeFileSync(path.join(releaseDir, 'SHA256SUMS'), checksums(releaseDir, installers));
    console.log(`release: Linux installers are not code-signed; SHA256SUMS written for ${installers.join(', ')}`);
    return [];
  }
  const problems = [];
  const expect = (what, r) => r.ok || problems.push(`${what}: ${r.output || 'failed'}`);
  if (process.platform === 'win32') {
    for (const exe of installers) {
      const r = run('powershell', ['-NoProfile', '-Command', `(Get-AuthenticodeSignature -FilePath '${path.join(releaseDir, exe)}').Status`]);
      expect(`${exe} is not validly signed`, { ok: r.ok && r.output === 'Valid', output: r.output });
    }
  }
  if (process.platform === 'darwin') {
    const apps = files
      .filter((f) => f.startsWith('mac'))
      .flatMap((d) =>
        readdirSync(path.join(releaseDir, d))
          .filter((a) => a.endsWith('.app'))
          .map((a) => path.join(releaseDir, d, a)),
      );
    for (const app of apps) {
      expect(`${app} signature`, run('codesign', ['--verify', '--deep', '--strict', app]));
      expect(`${app} refused by Gatekeeper`, run('spctl', ['--assess', '--type', 'execute', app]));
      expect(`${app} has no notarization ticket`, run('xcrun', ['stapler', 'validate', app]));
    }
    if (!apps.length) problems.push('no .app in release/mac*');
  }
  return problems;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const command = process.argv[2];
  if (command === 'build') process.exitCode = build() ? 0 : 1;
  else if (command === 'verify') {
    const problems = verify(path.resolve(process.argv[3] ?? path.join(PROJECT_DIR, 'release')));
    for (const p of problems) console.error(`release: ${p}`);
    if (problems.length) console.error('release: refusing to publish an unsigned build');
    process.exitCode = problems.length ? 1 : 0;
  } else {
    console.error('usage: node scripts/release.mjs build|verify');
    process.exitCode = 2;
  }
}
