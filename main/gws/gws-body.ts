// The part of every GWS body that says how the request went: statusCode and statusMessage
// (docs/gws-notes.md, "Replies"). Its own module because two threads read it: the client on
// main, and the team reader's worker (main/supervisor/team-worker.ts), which parses the
// 10,000-user reply away from main and hands the client only this head and the rows.
import { z } from 'zod';
import { parseJson } from '../parse-json';
import { serverText } from './server-text';

/**
 * A GWS body: statusCode 0 is success, 7 partial success (docs/gws-notes.md, "Replies"). The docs' own samples send
 * it as a number or as a numeric string ("statusCode": "0" for the supervisor agent-state
 * operations), so both are read here, the one place replies are interpreted. A statusMessage
 * that is not a string is dropped rather than making the reply unreadable.
 */
export const gwsBody = z.looseObject({
  statusCode: z.union([
    z.number().int(),
    z
      .string()
      .regex(/^\d{1,9}$/)
      .transform(Number),
  ]),
  statusMessage: z.string().transform(serverText).optional().catch(undefined),
});

/** What a reply's text says of itself: not JSON at all, JSON without a statusCode, or the head. */
export interface GwsHead {
  json: boolean;
  /** Absent when the text is not JSON or has no statusCode. */
  status?: { statusCode: number; statusMessage?: string | undefined };
}

/** The head of a parsed body, and the body when it is a GWS one. */
export function gwsHeadOf(json: unknown): { head: GwsHead; body: z.output<typeof gwsBody> | undefined } {
  const body = json === undefined ? undefined : gwsBody.safeParse(json);
  const gws = body?.success ? body.data : undefined;
  return { head: { json: json !== undefined, ...(gws && { status: { statusCode: gws.statusCode, statusMessage: gws.statusMessage } }) }, body: gws };
}

/** The head of a reply's text, parsed here. */
export const gwsHeadOfText = (text: string) => gwsHeadOf(parseJson(text));

/**
 * A 2xx reply read elsewhere (a worker): its head, and the value when the body had the expected
 * shape, or why not (`invalid`, already bounded).
 */
export interface DecodedReply<T> {
  head: GwsHead;
  value?: T;
  invalid?: string;
}
