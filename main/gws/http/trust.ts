// Which certificates the app trusts for https: Node's bundled roots, the operating system's
// store where the runtime exposes it (tls.getCACertificates('system'), Node 22.15+, so in
// Electron's main process; plain Node 20 has only the bundled roots), and the optional CA file
// from settings for an on-premises GWS signed by a company CA (product.md item 10).
import { X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import tls from 'node:tls';
import { fail, ok, type Problem, type Result } from '../../result';

export type TrustProblem = Problem<'ca-file'>;

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
  let pem: string;
  try {
    pem = await readFile(extraCaFile, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return fail({ code: 'ca-file', message: `The CA certificate file ${extraCaFile} cannot be read (${reason}). Choose another file in Settings.` });
  }
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  try {
    if (blocks.length === 0) throw new Error('no PEM certificate in it');
    for (const block of blocks) new X509Certificate(block);
  } catch (error) {
    return fail({
      code: 'ca-file',
      message: `The CA certificate file ${extraCaFile} is not a PEM certificate (${(error as Error).message}). Choose the CA's .pem or .crt file in Settings.`,
    });
  }
  return ok([...base, ...blocks]);
}
