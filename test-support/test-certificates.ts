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

/** A new key and a certificate signed by it, valid two days, with these extensions. */
const selfSign = (key: string, pem: string, subject: string, extensions: string[]) =>
  run('openssl', ['req', '-x509', ...ec, '-keyout', key, '-out', pem, '-days', '2', '-subj', subject, ...extensions.flatMap((e) => ['-addext', e])]);

/** A CA named `name`, and a certificate for 127.0.0.1 it signed. */
export async function caSignedCertificate(dir: string, name = 'Softphone Test CA'): Promise<ServerCertificate> {
  const at = (file: string) => path.join(dir, file);
  await selfSign(at('ca.key'), at('ca.pem'), `/CN=${name}`, ['basicConstraints=critical,CA:TRUE', 'keyUsage=critical,keyCertSign']);
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
  await selfSign(at('self.key'), at('self.pem'), '/CN=127.0.0.1', [serverNames]);
  return { key: await readFile(at('self.key'), 'utf8'), cert: await readFile(at('self.pem'), 'utf8'), caFile: at('self.pem') };
}
