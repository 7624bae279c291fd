// The ways real GWS servers differ from one another that a client must cope with, each chosen at
// start (SimulatorOptions, CLI flags) and again at each scenario reset (POST /sim/reset), so one
// simulator can play every deployment in turn. sim/README.md ("Server variations") names the doc
// page each comes from.
import { z } from 'zod';

export const gwsVersions = ['8.5.2', '8.5.1'] as const;
export type GwsVersion = (typeof gwsVersions)[number];

export interface Variation {
  /**
   * '8.5.2' (default) or '8.5.1': the device's supervisorMonitoringState a plain string with
   * supervisorMonitoringMode beside it (no scope, no targetDeviceUri), calls with neither
   * `monitoring` nor supervisorMonitoringState, participants as strings with participantsInfo.
   */
  gwsVersion: GwsVersion;
  /** Where GWS is mounted: '' (the root) or a path such as '/cloud-web'. */
  contextPath: string;
  /**
   * The origin GWS writes into resource URIs (uri, deviceUri, targetDeviceUri…): a load
   * balancer's internal host, e.g. the docs' http://192.168.154.128. Default: the address listened on.
   */
  uriHost: string | undefined;
  /** Whether resources carry `uri` and `path` (the docs' device samples have neither). */
  resourceUris: boolean;
  /** statusCode in REST replies as a number (default) or a numeric string (the agent-control samples). */
  statusCodeAs: 'number' | 'string';
}

export const defaultVariation: Variation = {
  gwsVersion: '8.5.2',
  contextPath: '',
  uriHost: undefined,
  resourceUris: true,
  statusCodeAs: 'number',
};

/** '' or /segment[/segment…], segments of URL-safe characters, no trailing slash. */
const contextPath = z
  .string()
  .regex(/^(\/[\w.~-]+)*$/, 'a context path is empty or /name[/name…], e.g. /cloud-web')
  .max(200);
const origin = z.url({ protocol: /^https?$/ }).refine((u) => new URL(u).origin === u, 'an origin such as http://192.168.154.128, no path');

/** What may be changed, at start or at a reset; anything left out keeps the start's choice. */
export const variationSchema = z.strictObject({
  gwsVersion: z.enum(gwsVersions).optional(),
  contextPath: contextPath.optional(),
  uriHost: origin.optional(),
  resourceUris: z.boolean().optional(),
  statusCodeAs: z.enum(['number', 'string']).optional(),
});
export type VariationRequest = z.output<typeof variationSchema>;

/** `request`'s choices over `base`; a key left out (or undefined) keeps base's. */
export const applyVariation = (base: Variation, request: VariationRequest): Variation => ({
  ...base,
  ...Object.fromEntries(Object.entries(request).filter(([, value]) => value !== undefined)),
});
