// The release refuses what it cannot sign, and release.yml hands each OS the secrets the refusal
// asks for. Signing itself needs the Windows and macOS runners; here, Linux's part runs whole.
import yaml from 'js-yaml';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_DIR } from './dist-check.mjs';
import { SIGNING_CREDENTIALS, missingCredentials } from './release.mjs';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'release-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const verify = (releaseDir: string) => spawnSync(process.execPath, ['scripts/release.mjs', 'verify', releaseDir], { cwd: PROJECT_DIR, encoding: 'utf8' });

describe('the release build', () => {
  it('refuses Windows and macOS builds without every signing credential, an empty secret included', () => {
    expect(missingCredentials('win32', {}).map((c) => c.secret)).toEqual(['WINDOWS_CERTIFICATE', 'WINDOWS_CERTIFICATE_PASSWORD']);
    expect(missingCredentials('win32', { CSC_LINK: 'MIIK…', CSC_KEY_PASSWORD: 'x' })).toEqual([]);
    // GitHub gives an unset secret as an empty string.
    const mac = { CSC_LINK: 'MIIK…', CSC_KEY_PASSWORD: 'x', APPLE_ID: 'dev@example.com', APPLE_APP_SPECIFIC_PASSWORD: 'abcd', APPLE_TEAM_ID: '' };
    expect(missingCredentials('darwin', mac).map((c) => c.env)).toEqual(['APPLE_TEAM_ID']);
    expect(missingCredentials('linux', {})).toEqual([]);
  });

  it('release.yml gives each OS exactly the secrets it signs with, and docs/packaging.md names them', () => {
    const workflow = yaml.load(readFileSync(join(PROJECT_DIR, '.github/workflows/release.yml'), 'utf8')) as {
      jobs: { build: { env: Record<string, string> } };
    };
    const docs = readFileSync(join(PROJECT_DIR, 'docs/packaging.md'), 'utf8');
    const os = { win32: 'windows-latest', darwin: 'macos-latest' } as const;
    for (const platform of ['win32', 'darwin'] as const) {
      for (const { env, secret } of SIGNING_CREDENTIALS[platform]) {
        expect(workflow.jobs.build.env[env]).toContain(`matrix.os == '${os[platform]}' && secrets.${secret}`);
        expect(docs).toContain(`\`${secret}\``);
      }
    }
  });

  it('on Linux, lists the installers with their SHA-256 checksums for the release notes', () => {
    writeFileSync(join(dir, 'supervisor-softphone-0.1.0-linux-x86_64.AppImage'), 'appimage bytes');
    writeFileSync(join(dir, 'supervisor-softphone-0.1.0-linux-amd64.deb'), 'deb bytes');
    writeFileSync(join(dir, 'builder-debug.yml'), 'not an installer');
    expect(verify(dir).status).toBe(0);
    const sums = readFileSync(join(dir, 'SHA256SUMS'), 'utf8');
    expect(sums.trim().split('\n')).toHaveLength(2);
    const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
    expect(check.stdout).toContain('supervisor-softphone-0.1.0-linux-amd64.deb: OK');
    expect(check.status).toBe(0);
  });

  it('refuses to publish when nothing was built', () => {
    const r = verify(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('refusing to publish an unsigned build');
  });
});
