// An alert as main raises it and the window, the tray and OS notifications show it: a rule of
// the settings (common/settings.ts, alerts) that holds for one agent now. The schema is the
// description; the type is what it outputs.
import { z } from 'zod';
import { ALERT_ACTIONS } from './actions';

/** In the order one agent's alerts take precedence: a row shows one alert. */
export const ALERT_KINDS = ['armedAgentUnavailable', 'longCall', 'notReady', 'afterCallWork'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const alertSchema = z.object({
  /** Stable while the condition lasts: the kind and the agent (or the call, for a long call). */
  id: z.string(),
  kind: z.enum(ALERT_KINDS),
  /** The team member it is about; null for a monitored call whose agent the team does not list. */
  userId: z.string().nullable(),
  userName: z.string().nullable(),
  agentName: z.string(),
  /** When the condition began (epoch ms): the state's or the call's start. */
  since: z.number(),
  /** The state began before the app was watching: the time is a lower bound ("12 min+"). */
  lowerBound: z.boolean(),
  /** What holds, in words: "Not Ready 12 min+", "Logged off while armed: monitoring will not fire". */
  text: z.string(),
  actions: z.array(z.enum(ALERT_ACTIONS)),
});
export type Alert = z.output<typeof alertSchema>;
export const alertsSchema = z.array(alertSchema);
