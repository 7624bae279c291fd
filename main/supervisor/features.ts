// The contact center's features (docs/gws-notes.md, "Features and users"): GET /api/v2/features?fields=*. A disabled feature
// behaves as if it did not exist, so this list is how the app tells "switched off" from other refusals.
import { z } from 'zod';
import type { GwsResult } from '../gws/gws-error';
import { GWS_PATHS } from '../gws/gws-url';
import { ok } from '../result';

const featuresReply = z.object({ features: z.array(z.object({ id: z.string().max(200) })) });

export async function readFeatures(session: { read<T>(path: string, schema: z.ZodType<T>): Promise<GwsResult<T>> }): Promise<GwsResult<Set<string>>> {
  const reply = await session.read(GWS_PATHS.features, featuresReply);
  return reply.ok ? ok(new Set(reply.value.features.map((f) => f.id))) : reply;
}
