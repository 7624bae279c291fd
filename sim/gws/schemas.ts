// Request parameters of the GWS operations the simulator serves, as the reference gives them.
import { z } from 'zod';
import { readyWorkModes } from '../model/agent-states';
import { monitoringModes, monitoringScopes } from '../model/types';

export const noParameters = z.object({});

const userData = z.record(z.string(), z.union([z.string(), z.number()]));

/** StartContactCenterSession (reference 1.5). */
export const startSessionParameters = z.object({
  channels: z.array(z.string().min(1)).min(1),
  place: z.string().optional(),
});

/** Ready takes an optional workmode (reference 3.6). */
export const readyParameters = z.object({ workmode: z.enum(readyWorkModes).optional() });

/** ListenIn, Coach and BargeIn (reference 3.2-3.4): scope Call and mode AllCalls by default. */
export const monitoringParameters = z.object({
  targetDeviceUri: z.string().optional(),
  phoneNumber: z.string().optional(),
  supervisorMonitoringScope: z.enum(monitoringScopes).default('Call'),
  supervisorMonitoringMode: z.enum(monitoringModes).default('AllCalls'),
});
export type MonitoringParameters = z.output<typeof monitoringParameters>;

const destination = z.object({ phoneNumber: z.string().min(1) });

/** Dial (reference 4.3). */
export const dialParameters = z.object({ destination, location: z.string().optional(), userData: userData.optional() });

/** SingleStepTransfer (reference 4.3). */
export const transferParameters = z.object({ destination, location: z.string().optional() });
