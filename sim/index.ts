// The GWS v2 simulator's public API: start one, drive it through its scenario verbs, close it.
export { startSimulator, type Simulator } from './simulator';
export type { SimulatorOptions, ResolvedOptions } from './options';
export type { SimulatorProbe, ReceivedRequest } from './probe';
export type { Scenario, RingRequest, FaultRequest } from './scenario/scenario';
export type { TrafficOptions } from './scenario/traffic';
export { defaultSeedPath, loadSeed, type Seed } from './seed';
export { operationNames, type LoggedRequest } from './scenario/request-log';
