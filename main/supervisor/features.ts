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

/**
 * Features change rarely (an administrator switches one on or off), so they are not read with
 * every team refresh (that doubled an idle supervisor's REST requests: docs/benchmarks.md): at
 * the first refresh after sign-in or a reconnect, after a refusal that may mean one was switched
 * off, and otherwise every FEATURES_MAX_AGE_MS.
 */
export const FEATURES_MAX_AGE_MS = 5 * 60_000;

export class FeatureReads {
  /** When the last read that counts began; undefined: read at the next refresh. */
  #readAt: number | undefined;
  /** Whether this sign-in's first snapshot came: the ones after it follow a reconnect. */
  #signedInSnapshot = false;

  /** The features read now when due, or undefined when the last read is recent enough. */
  async readIfDue(session: Parameters<typeof readFeatures>[0], now: number): Promise<GwsResult<Set<string>> | undefined> {
    if (this.#readAt !== undefined && now - this.#readAt < FEATURES_MAX_AGE_MS) return undefined;
    // Set before the read, so refreshes that overlap it do not read again.
    this.#readAt = now;
    const read = await readFeatures(session);
    if (!read.ok) this.#readAt = undefined;
    return read;
  }

  /** Read the features at the next refresh. */
  expire(): void {
    this.#readAt = undefined;
  }

  /**
   * A snapshot (the session's resync). The sign-in's own comes while the first refresh reads the
   * features, so only a later one, after a reconnect, has them read again.
   */
  resynced(): void {
    if (this.#signedInSnapshot) this.expire();
    this.#signedInSnapshot = true;
  }

  /** Sign-out: the next sign-in reads them first thing. */
  signedOut(): void {
    this.expire();
    this.#signedInSnapshot = false;
  }
}
