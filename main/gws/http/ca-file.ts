// The trusted CA file, read safely: whatever path reaches main (the file dialog, an edited
// settings.json), it must be an absolute path to a regular file of at most 256 KB, read within a
// few seconds. A FIFO would block the read for ever, a device (/dev/zero) never ends, a folder or
// a huge file is a mistake: each is refused in words. The file is opened without following a
// FIFO's wait (O_NONBLOCK) and checked again on the open descriptor, so swapping it after the
// check changes nothing.
import { X509Certificate } from 'node:crypto';
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fail, ok, type Problem, type Result } from '../../result';
import { CA_FILE_DIALOG, CA_FILE_PROBLEMS } from '../../../common/words';

export const MAX_CA_FILE_BYTES = 256 * 1024;
const READ_TIMEOUT_MS = 5000;

export type CaFileProblem = Problem<'ca-file'>;

/** What the user is shown before a CA file is trusted. */
export interface CertificateSummary {
  subject: string;
  /** SHA-256 of the DER certificate, as AA:BB:… (what `openssl x509 -fingerprint -sha256` prints). */
  sha256: string;
}

export interface CaFile {
  path: string;
  /** The PEM blocks, as TLS is given them. */
  pems: string[];
  certificates: CertificateSummary[];
}

const problem = (file: string, why: string, todo = CA_FILE_PROBLEMS.choosePem) =>
  fail<CaFileProblem>({ code: 'ca-file', message: CA_FILE_PROBLEMS.sentence(file, why, todo) });

function kindOf(mode: number): string {
  switch (mode & constants.S_IFMT) {
    case constants.S_IFDIR:
      return CA_FILE_PROBLEMS.kinds.folder;
    case constants.S_IFIFO:
      return CA_FILE_PROBLEMS.kinds.pipe;
    case constants.S_IFCHR:
    case constants.S_IFBLK:
      return CA_FILE_PROBLEMS.kinds.device;
    case constants.S_IFSOCK:
      return CA_FILE_PROBLEMS.kinds.socket;
    default:
      return CA_FILE_PROBLEMS.kinds.other;
  }
}

export async function readCaFile(file: string, readTimeoutMs = READ_TIMEOUT_MS): Promise<Result<CaFile, CaFileProblem>> {
  if (!path.isAbsolute(file)) return problem(file, CA_FILE_PROBLEMS.notAbsolute, CA_FILE_PROBLEMS.useDialog);
  let handle: FileHandle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return problem(file, CA_FILE_PROBLEMS.unreadable(reason), CA_FILE_PROBLEMS.chooseAnother);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return problem(file, CA_FILE_PROBLEMS.notAFile(kindOf(info.mode)));
    if (info.size > MAX_CA_FILE_BYTES) return problem(file, CA_FILE_PROBLEMS.tooLarge(Math.ceil(info.size / 1024), MAX_CA_FILE_BYTES / 1024));
    const text = await readWithin(handle, readTimeoutMs);
    if (text === undefined) return problem(file, CA_FILE_PROBLEMS.slow(readTimeoutMs / 1000), CA_FILE_PROBLEMS.copyLocally);
    return parsePem(file, text);
  } finally {
    // Not awaited: after a timeout, close() would wait for the hung read it is meant to escape.
    void handle.close().catch(() => undefined);
  }
}

/** Reads at most the cap (a file that grew after the check is cut, and then fails to parse). */
async function readWithin(handle: FileHandle, timeoutMs: number): Promise<string | undefined> {
  const buffer = Buffer.alloc(MAX_CA_FILE_BYTES);
  const cancel = new AbortController();
  const timeout = sleep(timeoutMs, undefined, { signal: cancel.signal }).catch(() => undefined);
  const read = (async () => {
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0 || length + bytesRead >= buffer.length) return buffer.toString('utf8', 0, length + bytesRead);
      length += bytesRead;
    }
  })();
  try {
    return await Promise.race([read, timeout]);
  } finally {
    cancel.abort();
  }
}

const BEGIN = '-----BEGIN CERTIFICATE-----';
const END = '-----END CERTIFICATE-----';
const PEM_BODY = /^[A-Za-z0-9+/=\s]+$/;

/**
 * The PEM certificate blocks of a text, in order: a BEGIN line, base64 and whitespace, an END line.
 * One pass over the text: it is cut at each BEGIN, and each piece is searched up to its first END
 * only, so no character is looked at more than a few times, whatever a hostile file repeats.
 */
export function pemBlocks(text: string): string[] {
  const blocks: string[] = [];
  for (const piece of text.split(BEGIN).slice(1)) {
    const end = piece.indexOf(END);
    if (end > 0 && PEM_BODY.test(piece.slice(0, end))) blocks.push(`${BEGIN}${piece.slice(0, end)}${END}`);
  }
  return blocks;
}

function parsePem(file: string, text: string): Result<CaFile, CaFileProblem> {
  const pems = pemBlocks(text);
  if (pems.length === 0) return problem(file, CA_FILE_PROBLEMS.noPem);
  const certificates: CertificateSummary[] = [];
  for (const pem of pems) {
    try {
      const certificate = new X509Certificate(pem);
      certificates.push({ subject: certificate.subject.replaceAll('\n', ', '), sha256: certificate.fingerprint256 });
    } catch (error) {
      return problem(file, CA_FILE_PROBLEMS.badPem((error as Error).message));
    }
  }
  return ok({ path: file, pems, certificates });
}

/** The words of the confirmation shown before a CA file is trusted. */
export function caFileConfirmation(file: CaFile): string {
  const certificates = file.certificates.map((c) => CA_FILE_DIALOG.certificate(c.subject, c.sha256)).join('\n\n');
  return CA_FILE_DIALOG.confirmDetail(file.path, certificates);
}
