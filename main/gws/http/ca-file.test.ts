// The CA file reader (and so every sign-in's trust) on real files of every kind a path can name: each wrong kind refused in
// words, quickly, never a hang.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matching } from '../../../test-support/matchers';
import { caSignedCertificate } from '../../../test-support/test-certificates';
import { MAX_CA_FILE_BYTES, pemBlocks, readCaFile } from './ca-file';
import { loadTrust } from './trust';

const run = promisify(execFile);
let dir: string;
let caFile: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'softphone-ca-file-'));
  caFile = (await caSignedCertificate(dir, 'Example Company Root')).caFile;
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readCaFile', () => {
  it('security 15.4 a FIFO, a device, a folder, a huge file or a relative path gives a clear error, never a hang', async () => {
    const fifo = path.join(dir, 'pipe.pem');
    await run('mkfifo', [fifo]);
    const huge = path.join(dir, 'huge.pem');
    await writeFile(huge, Buffer.alloc(300 * 1024, 'A'));
    const cases: [string, RegExp][] = [
      [fifo, /pipe\.pem is a named pipe, not a certificate file\./],
      ['/dev/zero', /\/dev\/zero is a device, not a certificate file\./],
      [dir, /is a folder, not a certificate file\./],
      [huge, /huge\.pem is 300 KB; a CA certificate file is at most 256 KB\./],
      ['company-ca.pem', /company-ca\.pem is not an absolute path\. Choose it with the file dialog\./],
      [path.join(dir, 'missing.pem'), /missing\.pem cannot be read \(ENOENT\)/],
    ];
    for (const [file, words] of cases) {
      const started = Date.now();
      // Through loadTrust, the path every sign-in takes with settings.trustedCaFile.
      expect(await loadTrust(file), file).toEqual({ ok: false, error: { code: 'ca-file', message: matching(words) } });
      expect(Date.now() - started, file).toBeLessThan(2000);
    }
  });

  it("gives the certificate's subject and SHA-256 fingerprint, as openssl prints them", async () => {
    const { stdout } = await run('openssl', ['x509', '-in', caFile, '-noout', '-fingerprint', '-sha256']);
    const read = await readCaFile(caFile);
    expect(read).toMatchObject({
      ok: true,
      value: { path: caFile, certificates: [{ subject: 'CN=Example Company Root', sha256: stdout.trim().split('=')[1] }] },
    });
  });

  it('refuses a file with no certificate, or a broken one', async () => {
    const text = path.join(dir, 'notes.txt');
    await writeFile(text, 'not a certificate\n');
    const broken = path.join(dir, 'broken.pem');
    await writeFile(broken, '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n');
    expect(await readCaFile(text)).toMatchObject({ ok: false, error: { message: matching(/is not a PEM certificate \(no PEM certificate in it\)/) } });
    expect(await readCaFile(broken)).toMatchObject({ ok: false, error: { message: matching(/is not a PEM certificate \(.+\)/) } });
  });

  it('security 17 finds the PEM blocks in one pass: a hostile 256 KB file is read in milliseconds', async () => {
    const [block] = pemBlocks(await readFile(caFile, 'utf8'));
    expect(block).toMatch(/^-----BEGIN CERTIFICATE-----\n[A-Za-z0-9+/=\n]+\n-----END CERTIFICATE-----$/);
    // The blocks of a bundle, between comments; a block with a stray character, or one whose END
    // is missing, is no block; an empty one neither.
    const bundle = `# company roots\n${block}\nnotes\n${block}\n-----BEGIN CERTIFICATE-----\nAA!A\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE----------END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nAAAA\n${block}`;
    expect(pemBlocks(bundle)).toEqual([block, block, block]);

    const begin = '-----BEGIN CERTIFICATE-----';
    const end = '-----END CERTIFICATE-----';
    const fill = (unit: string) => unit.repeat(Math.floor(MAX_CA_FILE_BYTES / unit.length));
    const hostile: [string, string][] = [
      ['BEGIN lines and no END', fill(`${begin}A\n`)],
      ['END lines and no BEGIN', fill(`${end}A\n`)],
      ['one BEGIN, then base64 and END lines that almost match', begin + fill('AAAA\n-----END CERTIFICATE----\n')],
      ['one BEGIN, then a run of dashes', begin + fill('-')],
      ['blocks with a stray character', fill(`${begin}AA!A${end}`)],
    ];
    for (const [what, text] of hostile) {
      const started = process.cpuUsage();
      pemBlocks(text);
      const used = process.cpuUsage(started);
      expect((used.user + used.system) / 1000, what).toBeLessThan(50);
    }
  });
});
