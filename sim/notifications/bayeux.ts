// The shape a Bayeux request must have before cometd-nodejs-server sees it. The library trusts
// its input (a message that is not an object, or a channel that is not a string, throws inside
// it), so anything else is answered 400 here.
import { z } from 'zod';

const channelName = z.string().regex(/^\/\S+$/);
const period = z.number().int().min(0).max(600_000);

const bayeuxMessage = z.looseObject({
  channel: channelName,
  id: z.union([z.string(), z.number()]).optional(),
  clientId: z.string().optional(),
  subscription: z.union([channelName, z.array(channelName).min(1)]).optional(),
  advice: z.looseObject({ timeout: period.optional(), interval: period.optional() }).optional(),
});

export const bayeuxRequest = z.array(bayeuxMessage).min(1).max(100);
