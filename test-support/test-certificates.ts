// Throwaway certificates for https tests, made with the openssl CLI in a folder the caller owns:
// a company CA and a server certificate it signed, or a self-signed server certificate, both for
// 127.0.0.1 and localhost. Elliptic-curve keys: each takes milliseconds to make.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
const serverNames = 'subjectAltName=IP:127.0.0.1,DNS:localhost';

export interface ServerCertificate {
  /** The server's key and certificate, PEM: what an https server is given. */
  key: string;
  cert: string;
  /** The file a client trusts to accept this server: the CA's certificate, or the certificate itself. */
  caFile: string;
}

/** A CA named `name`, and a certificate for 127.0.0.1 it signed. */
export async function caSignedCertificate(dir: string, name = 'Softphone Test CA'): Promise<ServerCertificate> {
  const at = (file: string) => path.join(dir, file);
  await run('openssl', [
    'req',
    '-x509',
    ...ec,
    '-keyout',
    at('ca.key'),
    '-out',
    at('ca.pem'),
    '-days',
    '2',
    '-subj',
    `/CN=${name}`,
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign',
  ]);
  await run('openssl', ['req', ...ec, '-keyout', at('server.key'), '-out', at('server.csr'), '-subj', '/CN=127.0.0.1']);
  await writeFile(at('ext.cnf'), `${serverNames}\n`);
  await run('openssl', [
    'x509',
    '-req',
    '-in',
    at('server.csr'),
    '-CA',
    at('ca.pem'),
    '-CAkey',
    at('ca.key'),
    '-CAcreateserial',
    '-out',
    at('server.pem'),
    '-days',
    '2',
    '-extfile',
    at('ext.cnf'),
  ]);
  return { key: await readFile(at('server.key'), 'utf8'), cert: await readFile(at('server.pem'), 'utf8'), caFile: at('ca.pem') };
}

/** A certificate for 127.0.0.1 signed by its own key, as a test or lab GWS often has. */
export async function selfSignedCertificate(dir: string): Promise<ServerCertificate> {
  const at = (file: string) => path.join(dir, file);
  await run('openssl', [
    'req',
    '-x509',
    ...ec,
    '-keyout',
    at('self.key'),
    '-out',
    at('self.pem'),
    '-days',
    '2',
    '-subj',
    '/CN=127.0.0.1',
    '-addext',
    serverNames,
  ]);
  return { key: await readFile(at('self.key'), 'utf8'), cert: await readFile(at('self.pem'), 'utf8'), caFile: at('self.pem') };
}
