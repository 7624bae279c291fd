// The team reply read into team rows: decoding, JSON.parse, the GWS head, the schema and
// teamFrom, which took 200 ms and more of main's time for 10,000 users. Runs in the team worker
// (team-worker.ts); pure, so it is tested in-thread too.
import { z } from 'zod';
import { gwsHeadOf, type DecodedReply } from '../gws/gws-body';
import { serverText } from '../gws/server-text';
import { parseJson } from '../parse-json';
import { teamFrom, usersWithDevicesReply } from './team';

/** What the worker is handed: the reply's bytes, and what teamFrom needs to make rows of them. */
export interface TeamJob {
  body: Uint8Array;
  selfUserId: string | null;
  serverUrl: string;
  readAt: number;
}

/**
 * Rows per slice. Main parses one slice per turn of its event loop (team-read.ts): 250 rows are
 * about 75 kB of JSON, about a millisecond to parse. With 1,000 the longest stall of a
 * 10,000-user refresh was 6–26 ms on the quiet machine, with 250 it is 4–20 ms.
 */
export const TEAM_SLICE = 250;

/** The team rows as JSON arrays of TEAM_SLICE rows each (TeamMember[] each), in teamFrom's order. */
export function decodeTeam({ body, selfUserId, serverUrl, readAt }: TeamJob): DecodedReply<string[]> {
  const json = parseJson(new TextDecoder().decode(body));
  const { head } = gwsHeadOf(json);
  // A failing status is the client's to put in words (GwsClient.readDecoded); the body is not read.
  if (!head.status || (head.status.statusCode !== 0 && head.status.statusCode !== 7)) return { head };
  const users = usersWithDevicesReply.safeParse(json);
  // Bounded here: a hostile reply can fail the schema in every one of 10,000 users.
  if (!users.success) return { head, invalid: serverText(z.prettifyError(users.error)) };
  const rows = teamFrom(users.data, selfUserId, serverUrl, readAt);
  const slices: string[] = [];
  for (let start = 0; start < rows.length; start += TEAM_SLICE) slices.push(JSON.stringify(rows.slice(start, start + TEAM_SLICE)));
  return { head, value: slices };
}
