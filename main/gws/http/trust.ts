// Which certificates the app trusts for https: Node's bundled roots, the operating system's
// store where the runtime exposes it (tls.getCACertificates('system'), Node 22.15+, so in
// Electron's main process; plain Node 20 has only the bundled roots), and the optional CA file
// from settings for an on-premises GWS signed by a company CA (a PEM file the supervisor chose).
import tls from 'node:tls';
import { ok, type Result } from '../../result';
import { readCaFile, type CaFileProblem } from './ca-file';

export type TrustProblem = CaFileProblem;

/** The certificates to verify servers against, as PEM strings. */
export type TrustedCertificates = readonly string[];

type SystemCertificates = (type: 'system') => string[];

function systemCertificates(): string[] {
  const read = (tls as { getCACertificates?: SystemCertificates }).getCACertificates;
  if (!read) return [];
  try {
    return read('system');
  } catch {
    return []; // no readable OS store (a minimal container): the bundled roots still apply
  }
}

export async function loadTrust(extraCaFile: string | null): Promise<Result<TrustedCertificates, TrustProblem>> {
  const base = [...tls.rootCertificates, ...systemCertificates()];
  if (extraCaFile === null) return ok(base);
  const file = await readCaFile(extraCaFile);
  return file.ok ? ok([...base, ...file.value.pems]) : file;
}
