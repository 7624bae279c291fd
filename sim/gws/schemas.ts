// Request parameters of the GWS operations the simulator serves, as the reference gives them.
import { z } from 'zod';
import { readyWorkModes } from '../model/agent-states';
import { monitoringModes, monitoringScopes } from '../model/types';

export const noParameters = z.object({});

const userData = z.record(z.string(), z.union([z.string(), z.number()]));

/** StartContactCenterSession (docs/gws-notes.md, "Signing in"). */
export const startSessionParameters = z.object({
  channels: z.array(z.string().min(1)).min(1),
  place: z.string().optional(),
});

/** Ready takes an optional workmode (docs/gws-notes.md, "Agent states"). */
export const readyParameters = z.object({ workmode: z.enum(readyWorkModes).optional() });

/** ListenIn, Coach and BargeIn (docs/gws-notes.md, "Monitoring subscription"): scope Call and mode AllCalls by default. */
export const monitoringParameters = z.object({
  targetDeviceUri: z.string().optional(),
  phoneNumber: z.string().optional(),
  supervisorMonitoringScope: z.enum(monitoringScopes).default('Call'),
  supervisorMonitoringMode: z.enum(monitoringModes).default('AllCalls'),
});
export type MonitoringParameters = z.output<typeof monitoringParameters>;

const destination = z.object({ phoneNumber: z.string().min(1) });

/** Dial (docs/gws-notes.md, "Calls"). */
export const dialParameters = z.object({ destination, location: z.string().optional(), userData: userData.optional() });

/** SingleStepTransfer (docs/gws-notes.md, "Calls"). */
export const transferParameters = z.object({ destination, location: z.string().optional() });
