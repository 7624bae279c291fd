// What startSimulator() accepts, and the defaults. Each choice a real GWS deployment could make
// differently is an option here (sim/README.md, "Choices").
import { z } from 'zod';
import type { ParticipantsFormat } from './gws/resources';
import type { ErrorStatusMode } from './gws/status';
import type { CenterOptions } from './model/types';
import { trafficSchema, type TrafficOptions } from './scenario/traffic';
import type { Seed } from './seed';
import { applyVariation, defaultVariation, variationSchema, type Variation, type VariationRequest } from './variations';

export interface SimulatorOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0: a free port (see Simulator.url). */
  port?: number;
  /** A seed file path or a parsed seed; default sim/seed/default.json. */
  seed?: string | Seed;
  /** CSRF protection (docs/gws-notes.md, "Signing in"); default true. */
  csrf?: boolean;
  /** Who joins a call in progress: 'on' BargeIn (default), 'off' nobody, 'all' every mode. */
  intrusion?: CenterOptions['intrusion'];
  /** How the supervisor's leg appears; default 'established'. */
  monitoringCall?: CenterOptions['monitoringCall'];
  /** SIP Cluster: no routing-point monitoring, scope Call only; default false. */
  sipCluster?: boolean;
  /** Feature api-supervisor-monitoring; when false the monitoring operations answer 404. Default true. */
  monitoringFeature?: boolean;
  /**
   * Feature api-supervisor-agent-control (Supervisor Agent State Control); when false it is not
   * listed and POST /api/v2/users/{id}/channels/{channel} answers 404. Default true.
   */
  agentControlFeature?: boolean;
  /** Whether CancelSupervisorMonitoring takes the supervisor off a call in progress; default true. */
  cancelReleasesCall?: boolean;
  /** HTTP status of failed operations; default 'reference'. */
  errorStatus?: ErrorStatusMode;
  /** Body of the CSRF 403; default 'json'. */
  csrfFailureBody?: 'json' | 'text';
  /** Call participants as objects (8.5.2, default) or strings plus participantsInfo (older servers). */
  participants?: ParticipantsFormat;
  /** Generated inbound traffic: calls a minute, or finer settings (wrap-up time…); default none. */
  traffic?: number | TrafficOptions;
  /** The demo's line-up (sim/demo-line-up.ts): the seed's last agents start Not Ready and logged out; default false. */
  demo?: boolean;
  /** How long CometD holds a /meta/connect open; default 25 s. */
  longPollMs?: number;
  /** The server variation played (sim/variations.ts); each can be changed again at a reset. */
  gwsVersion?: VariationRequest['gwsVersion'];
  contextPath?: string;
  /** The origin written into resource URIs; default the address listened on. */
  uriHost?: string;
  resourceUris?: boolean;
  statusCodeAs?: VariationRequest['statusCodeAs'];
  /** Serve https (REST and CometD) with this key and certificate, PEM; default plain http. */
  tls?: { key: string | Buffer; cert: string | Buffer };
}

type VariationKey = keyof Variation;

export type ResolvedOptions = Required<Omit<SimulatorOptions, 'seed' | 'traffic' | 'tls' | VariationKey>> &
  Pick<SimulatorOptions, 'tls'> & { seed: Seed | string | undefined; traffic: TrafficOptions | undefined; variation: Variation };

/** Throws on a variation that is not one (a context path without its slash, say), with the reason. */
export function resolveOptions(options: SimulatorOptions): ResolvedOptions {
  const { traffic, gwsVersion, contextPath, uriHost, resourceUris, statusCodeAs } = options;
  const variation = variationSchema.safeParse({ gwsVersion, contextPath, uriHost, resourceUris, statusCodeAs });
  if (!variation.success) throw new Error(`Not a server variation: ${z.prettifyError(variation.error)}`);
  return {
    host: options.host ?? '127.0.0.1',
    port: options.port ?? 0,
    seed: options.seed,
    csrf: options.csrf ?? true,
    intrusion: options.intrusion ?? 'on',
    monitoringCall: options.monitoringCall ?? 'established',
    sipCluster: options.sipCluster ?? false,
    monitoringFeature: options.monitoringFeature ?? true,
    agentControlFeature: options.agentControlFeature ?? true,
    cancelReleasesCall: options.cancelReleasesCall ?? true,
    errorStatus: options.errorStatus ?? 'reference',
    csrfFailureBody: options.csrfFailureBody ?? 'json',
    participants: options.participants ?? 'objects',
    traffic: resolveTraffic(traffic),
    demo: options.demo ?? false,
    longPollMs: options.longPollMs ?? 25_000,
    variation: applyVariation(defaultVariation, variation.data),
    ...(options.tls !== undefined && { tls: options.tls }),
  };
}

/** None for no calls a minute; throws on settings that are not traffic (a range upside down, say), with the reason. */
function resolveTraffic(traffic: SimulatorOptions['traffic']): TrafficOptions | undefined {
  const checked = trafficSchema.safeParse(typeof traffic === 'number' ? { callsPerMinute: traffic } : (traffic ?? { callsPerMinute: 0 }));
  if (!checked.success) throw new Error(`Not traffic settings: ${z.prettifyError(checked.error)}`);
  return checked.data.callsPerMinute > 0 ? checked.data : undefined;
}
