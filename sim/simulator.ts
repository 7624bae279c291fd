// Wiring: the contact center model, its CometD notifications, the GWS REST API, the scenario
// API and the traffic generator, behind one HTTP server.
import type { AddressInfo } from 'node:net';
import { withDemoLineUp } from './demo-line-up';
import { GwsApi } from './gws/api';
import type { ResourceContext } from './gws/resources';
import { SessionStore } from './gws/sessions';
import { createHttpServer } from './http/server';
import { agentControlFeature } from './model/agent-control';
import { monitoringFeature } from './model/capabilities';
import { ContactCenter } from './model/contact-center';
import type { CenterOptions, ChangeSink } from './model/types';
import { NotificationHub } from './notifications/hub';
import {
  callsChannel,
  callStateChangeMessage,
  channelsChannel,
  channelStateChangeMessage,
  deviceStateChangeMessage,
  devicesChannel,
} from './notifications/messages';
import { resolveOptions, type ResolvedOptions, type SimulatorOptions } from './options';
import { Probes, type SimulatorProbe } from './probe';
import { Faults } from './scenario/faults';
import { RequestLog } from './scenario/request-log';
import { handleScenario, scenarioRouter } from './scenario/routes';
import { Scenario } from './scenario/scenario';
import { defaultWrapUpMs, Traffic } from './scenario/traffic';
import { loadSeed, parseSeed, type Seed } from './seed';
import { applyVariation, type Variation, type VariationRequest } from './variations';

export interface Simulator {
  /** http://HOST:PORT (https with the tls option): the scenario API's base (/sim/…). */
  url: string;
  /** The GWS server address a client is configured with: url plus the context path, if any. */
  readonly gwsUrl: string;
  /** The server variation played now (the start's, or the last reset's). */
  readonly variation: Variation;
  /** The scenario API's verbs, the same ones /sim serves. */
  scenario: Scenario;
  options: ResolvedOptions;
  /** The seed it started from (and returns to on reset): users, passwords, device ids. */
  seed: Seed;
  /** Attaches an observer of requests received and notifications published; returns its detach. */
  probe(probe: SimulatorProbe): () => void;
  /** Stops traffic, ends every connection (held long-polls included) and closes the port. */
  close(): Promise<void>;
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const resolved = resolveOptions(options);
  const seeded = typeof resolved.seed === 'object' ? parseSeed(resolved.seed) : loadSeed(resolved.seed);
  const seed = resolved.demo ? withDemoLineUp(seeded) : seeded;
  const centerOptions: CenterOptions = {
    intrusion: resolved.intrusion,
    monitoringCall: resolved.monitoringCall,
    sipCluster: resolved.sipCluster,
    cancelReleasesCall: resolved.cancelReleasesCall,
    features: new Set(),
  };
  // The seed's features, less those switched off, plus agent control when on (a reset may switch it).
  const switchFeatures = (agentControl: boolean) => {
    const kept = seed.features.filter((f) => (resolved.monitoringFeature || f !== monitoringFeature) && f !== agentControlFeature);
    centerOptions.features = new Set(agentControl ? [...kept, agentControlFeature] : kept);
  };
  switchFeatures(resolved.agentControlFeature);

  let url = '';
  let variation = resolved.variation;
  const sessions = new SessionStore();
  const probes = new Probes();
  const hub = new NotificationHub(sessions, {
    longPollMs: resolved.longPollMs,
    onConnectHeld: (userId, clientId) => probes.connectHeld(userId, clientId),
  });
  const resources = (): ResourceContext => ({
    baseUrl: `${variation.uriHost ?? url}${variation.contextPath}`,
    resourceUris: variation.resourceUris,
    gwsVersion: variation.gwsVersion,
    directory: center.directory,
    options: centerOptions,
    // 8.5.1 sent participants as strings beside participantsInfo (docs/gws-notes.md, "Calls").
    participants: variation.gwsVersion === '8.5.1' ? 'strings' : resolved.participants,
    contactCenterId: seed.contactCenterId,
    voiceEnvironmentId: seed.voiceEnvironmentId,
  });
  // Each change goes to the clients of the user who owns the device (docs/gws-notes.md, "Notifications").
  const ownerOf = (deviceId: string) => center.directory.devices.get(deviceId)?.userId;
  const publish = (userId: string, channel: string, data: unknown) => {
    probes.notificationPublished(userId, channel, data);
    hub.deliver(userId, channel, data);
  };
  const sink: ChangeSink = {
    device(device) {
      const owner = ownerOf(device.id);
      if (owner) publish(owner, devicesChannel, deviceStateChangeMessage(resources(), device));
    },
    call(call, party, notification) {
      const owner = ownerOf(party.deviceId);
      if (owner) publish(owner, callsChannel, callStateChangeMessage(resources(), call, party, notification));
    },
    channel(device) {
      const owner = ownerOf(device.id);
      if (owner) publish(owner, channelsChannel, channelStateChangeMessage(device));
    },
  };
  const center = new ContactCenter(seed, centerOptions, sink);
  const faults = new Faults();
  const log = new RequestLog();
  let traffic: Traffic | undefined;
  const scenario = new Scenario({
    center,
    sessions,
    hub,
    faults,
    log,
    resources,
    vary: (request: VariationRequest) => (variation = applyVariation(resolved.variation, request)),
    onReset: (choices) => {
      traffic?.cancelPending();
      if (traffic) traffic.wrapUpMs = choices.wrapUpMs ?? resolved.traffic?.wrapUpMs ?? defaultWrapUpMs;
      switchFeatures(choices.agentControlFeature ?? resolved.agentControlFeature);
    },
  });
  const scenarioRoutes = scenarioRouter(scenario);
  const gws = new GwsApi({ center, faults, sessions, resources }, { ...resolved, serverVersion: seed.serverVersion, variation: () => variation }, log, probes);

  const server = createHttpServer(
    {
      gws,
      hub,
      contextPath: () => variation.contextPath,
      scenario: (method, url, text) => handleScenario(scenarioRoutes, method, url, text),
    },
    resolved.tls,
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(resolved.port, resolved.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  url = `${resolved.tls ? 'https' : 'http'}://${resolved.host.includes(':') ? `[${resolved.host}]` : resolved.host}:${port}`;
  if (resolved.traffic) traffic = new Traffic(scenario, resolved.traffic);

  return {
    url,
    get gwsUrl() {
      return `${url}${variation.contextPath}`;
    },
    get variation() {
      return variation;
    },
    scenario,
    options: resolved,
    seed,
    probe: (probe) => probes.attach(probe),
    close: () =>
      new Promise<void>((resolve) => {
        traffic?.stop();
        hub.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
