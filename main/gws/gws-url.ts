// Every address the app calls or hands to GWS is built here, from the server address the
// supervisor configured. GWS often lives under a context path (https://host/cloud-web, as in the
// docs' own samples: docs/gws-notes.md), so a path is appended to that address, never resolved
// against it (new URL('/api/v2/me', base) would drop /cloud-web). Resource `uri` fields are GWS's
// own view of its address (an internal host behind a load balancer) and are never used here.

/**
 * `path` (starting with "/") under the server address, context path kept:
 * gwsUrl('https://host/cloud-web', '/api/v2/me') is https://host/cloud-web/api/v2/me.
 * `serverUrl` is the normalised address (normaliseServerUrl: no trailing slash).
 */
export function gwsUrl(serverUrl: string, path: `/${string}`): string {
  return `${serverUrl}${path}`;
}

/**
 * The URI GWS names a device by (docs/gws-notes.md, "Monitoring subscription": targetDeviceUri is a /api/v2/devices/{id} URI),
 * for a device resource that came without a `uri`.
 */
export const deviceUriOf = (serverUrl: string, deviceId: string): string =>
  gwsUrl(serverUrl, `/api/v2/devices/${encodeURIComponent(deviceId)}`);

/** Whether a URL the app is about to request is on the configured server (scheme, host and port). */
export function isOnServer(url: string, serverUrl: string): boolean {
  try {
    return new URL(url).origin === new URL(serverUrl).origin;
  } catch {
    return false;
  }
}
