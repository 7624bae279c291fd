// Runtime schemas for what main pushes to the window: main checks every event before it goes,
// so a bug in main shows up as a logged error rather than as a window that misreads its state.
// The views' schemas live beside their types (supervisor-view.ts, session-view.ts).
import { z } from 'zod';
import type { EventName, EventPayloads } from './contract';
import { alertsSchema } from './alerts';
import { sessionViewSchema } from './session-view';
import { settingsSchema } from './settings';
import { pushedSupervisorViewSchema, roundViewSchema, teamSchema } from './supervisor-view';

/** The barge-in key is registered while signed in, and released at sign-out (another app may want it). */
export const shortcutStatusSchema = z.union([
  z.object({ state: z.enum(['registered', 'inactive']), accelerator: z.string() }),
  z.object({ state: z.literal('failed'), accelerator: z.string(), reason: z.string() }),
]);

/** Something to announce (aria-live) and show, in words. */
export const noticeSchema = z.object({ kind: z.enum(['info', 'alert', 'error']), message: z.string().min(1) });

export const announcementSchema = z.object({ message: z.string().min(1), urgent: z.boolean() });

export const eventSchemas: { [E in EventName]: z.ZodType<EventPayloads[E]> } = {
  session: sessionViewSchema,
  supervisor: pushedSupervisorViewSchema,
  team: teamSchema,
  settings: z.object({ settings: settingsSchema, shortcut: shortcutStatusSchema, warning: z.string().nullable() }),
  notice: noticeSchema,
  announce: announcementSchema,
  round: roundViewSchema,
  alerts: alertsSchema,
  showAgent: z.object({ userId: z.string() }),
};
