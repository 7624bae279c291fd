// Looks for secrets, as bytes, in every file under some folders and in captured text: each
// secret in every form it could be written in (as typed, base64, URL-encoded, UTF-16LE as
// Chromium's stores keep strings). For the secrets reliability spec; it has a positive control.
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface Needle {
  /** e.g. "password (base64)". */
  name: string;
  bytes: Buffer;
}

export interface Secret {
  name: string;
  value: string;
}

/** Each secret as typed, base64, URL-encoded (when that differs) and UTF-16LE. */
export function needlesFor(secrets: readonly Secret[]): Needle[] {
  return secrets.flatMap(({ name, value }) => {
    const forms: Needle[] = [
      { name: `${name} (as is)`, bytes: Buffer.from(value, 'utf8') },
      { name: `${name} (base64)`, bytes: Buffer.from(Buffer.from(value, 'utf8').toString('base64'), 'utf8') },
      { name: `${name} (UTF-16LE)`, bytes: Buffer.from(value, 'utf16le') },
    ];
    const encoded = encodeURIComponent(value);
    if (encoded !== value) forms.push({ name: `${name} (URL-encoded)`, bytes: Buffer.from(encoded, 'utf8') });
    return forms;
  });
}

export interface ScanReport {
  /** Every file read, with its size. */
  files: { file: string; bytes: number }[];
  bytes: number;
  /** Where a needle was found: a file, or the name of a captured text. */
  hits: { where: string; needle: string }[];
}

/** Every regular file under `roots` (symlinks and sockets skipped), and the `texts`, searched for every needle. */
export async function scan(roots: readonly string[], texts: readonly { name: string; text: string }[], needles: readonly Needle[]): Promise<ScanReport> {
  const report: ScanReport = { files: [], bytes: 0, hits: [] };
  const search = (where: string, content: Buffer) => {
    for (const needle of needles) if (content.includes(needle.bytes)) report.hits.push({ where, needle: needle.name });
  };
  for (const root of roots) {
    for (const file of await regularFiles(root)) {
      const content = await readFile(file).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined; // a temporary file gone between listing and reading
        throw error;
      });
      if (!content) continue;
      report.files.push({ file, bytes: content.length });
      report.bytes += content.length;
      search(file, content);
    }
  }
  for (const { name, text } of texts) {
    report.bytes += Buffer.byteLength(text);
    search(name, Buffer.from(text, 'utf8'));
  }
  return report;
}

async function regularFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const at = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await regularFiles(at)));
    else if (entry.isFile() && (await lstat(at)).isFile()) found.push(at);
  }
  return found;
}
