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

const segment = encodeURIComponent;

/**
 * Every resource path the app reads or posts an operation to (docs/gws-notes.md), in one place; GWS
 * picks the ids, so each is one encoded path segment whatever it holds. gwsUrl puts them under
 * the server address.
 */
export const GWS_PATHS = {
  me: '/api/v2/me',
  meSnapshot: '/api/v2/me?subresources=*',
  myDevice: (deviceId: string) => `/api/v2/me/devices/${segment(deviceId)}` as const,
  myDeviceCalls: (deviceId: string) => `/api/v2/me/devices/${segment(deviceId)}/calls` as const,
  myCall: (callId: string) => `/api/v2/me/calls/${segment(callId)}` as const,
  myVoiceChannel: '/api/v2/me/channels/voice',
  team: '/api/v2/users?subresources=*',
  user: (userId: string) => `/api/v2/users/${segment(userId)}?subresources=*` as const,
  userVoiceChannel: (userId: string) => `/api/v2/users/${segment(userId)}/channels/voice` as const,
  features: '/api/v2/features?fields=*',
  device: (deviceId: string) => `/api/v2/devices/${segment(deviceId)}` as const,
} as const;

/**
 * The URI GWS names a device by (docs/gws-notes.md, "Monitoring subscription": targetDeviceUri is a /api/v2/devices/{id} URI),
 * for a device resource that came without a `uri`.
 */
export const deviceUriOf = (serverUrl: string, deviceId: string): string => gwsUrl(serverUrl, GWS_PATHS.device(deviceId));

/** Whether a URL the app is about to request is on the configured server (scheme, host and port). */
export function isOnServer(url: string, serverUrl: string): boolean {
  try {
    return new URL(url).origin === new URL(serverUrl).origin;
  } catch {
    return false;
  }
}
