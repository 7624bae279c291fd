// Enterprise proxies. The OS proxy settings (system settings, PAC scripts, WPAD) are read by
// Chromium, and Electron exposes its answer for a URL as session.resolveProxy(url), a PAC-style
// string such as "PROXY proxy.corp:8080; DIRECT". The core takes that function as a parameter
// (Electron's session.resolveProxy fits it as is), so it runs without Electron; without one,
// connections go direct.

/** session.resolveProxy's shape: the PAC result for a URL. */
export type ProxyResolver = (url: string) => Promise<string>;

export type ProxyChoice = { kind: 'direct' } | { kind: 'proxy'; uri: string } | { kind: 'unsupported'; entry: string };

/**
 * The first usable entry of a PAC result (entries are fallbacks, in order). HTTP(S) proxies and
 * DIRECT are usable; a SOCKS proxy is not (undici has no SOCKS agent), so it is skipped, and
 * reported when nothing after it is usable, so the caller can say it goes direct instead.
 */
export function choosePacEntry(pac: string): ProxyChoice {
  let skipped: string | undefined;
  for (const raw of pac.split(';')) {
    const [type = '', hostPort] = raw.trim().split(/\s+/);
    const kind = type.toUpperCase();
    if (kind === 'DIRECT') return { kind: 'direct' };
    if ((kind === 'PROXY' || kind === 'HTTP') && hostPort) return { kind: 'proxy', uri: `http://${hostPort}` };
    if (kind === 'HTTPS' && hostPort) return { kind: 'proxy', uri: `https://${hostPort}` };
    if (kind.startsWith('SOCKS')) skipped ??= raw.trim();
  }
  return skipped === undefined ? { kind: 'direct' } : { kind: 'unsupported', entry: skipped };
}
