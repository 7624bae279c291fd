// The team read without holding main's event loop (issue 18: 10,000 users held it 100–870 ms).
// The REST client checks the reply as always (on the server, within 32 MB, its status) and hands
// over its bytes; a worker decodes, parses, validates and maps them to team rows (team-decode.ts)
// and sends them back as JSON slices; main parses and merges one slice per turn of its event
// loop (docs/architecture.md, "Team refresh off the main thread").
import type { DecodedReply } from '../gws/gws-body';
import { GWS_PATHS } from '../gws/gws-url';
import { fail, ok, type Problem, type Result } from '../result';
import { runWorker } from '../worker-thread';
import { NOT_SIGNED_IN, type GwsSession } from './service-contract';
import { sameAsRead } from './team-changes';
import { decodeTeam, type TeamJob } from './team-decode';
import { withTimeInStateOf } from './time-in-state';
import type { SupervisorState, TeamMember } from './types';

/** The team reply's bytes as JSON slices of team rows (team-decode.ts), or why not in words. */
export type TeamDecoder = (job: TeamJob) => Promise<Result<DecodedReply<string[]>, string>>;

/** Built beside main's bundle (electron.vite.config.ts); the source beside this file elsewhere. */
const TEAM_WORKER = new URL(import.meta.url.endsWith('.ts') ? './team-worker.ts' : './team-worker.js', import.meta.url);

/**
 * A 32 MB reply (the REST cap) parses into a few hundred MB at most; past 1 GB the reply is
 * hostile, and the worker dies of it alone.
 */
const WORKER_HEAP_MB = 1024;
/** 10,000 users take about 0.3 s; a worker still busy after a minute is stuck. */
const WORKER_TIMEOUT_MS = 60_000;

/** Decodes in a new worker running `entry` (the team worker unless a test says otherwise); the bytes move to it. */
export const decodeTeamInWorker =
  (entry: URL = TEAM_WORKER): TeamDecoder =>
  async (job) => {
    const transfer = job.body.byteOffset === 0 && job.body.byteLength === job.body.buffer.byteLength ? [job.body.buffer as ArrayBuffer] : [];
    const answer = await runWorker<DecodedReply<string[]>>({ entry, data: job, transfer, timeoutMs: WORKER_TIMEOUT_MS, heapLimitMb: WORKER_HEAP_MB });
    return answer.ok ? answer : fail(`the thread reading it ${answer.error}`);
  };

/**
 * Below this size a reply is decoded on main, as before the worker: a few ms at most (a 300-user
 * team is about 300 kB), where a worker's start costs more than it saves.
 */
const IN_THREAD_MAX_BYTES = 256 * 1024;

/** The app's decoder: a small reply in-thread, a large one in a worker. */
const decodeBySize =
  (inWorker: TeamDecoder): TeamDecoder =>
  (job) =>
    job.body.byteLength <= IN_THREAD_MAX_BYTES ? Promise.resolve(ok(decodeTeam(job))) : inWorker(job);

/**
 * GET /api/v2/users?subresources=*: the new team, each member's time in state carried over from
 * the team in `state()` as it is when the reply has been read. The rows are as of the reply's
 * arrival, without the supervisor (the state's user, or else the user the session signed in:
 * the first refresh can beat the first snapshot).
 */
export async function readTeam(
  session: GwsSession,
  state: () => SupervisorState,
  now: () => number,
  decode: TeamDecoder = decodeBySize(decodeTeamInWorker()),
): Promise<Result<TeamMember[], Problem>> {
  const serverUrl = session.serverUrl;
  if (serverUrl === undefined) return fail(NOT_SIGNED_IN);
  const self = () => state().user?.id ?? (session.state.status === 'signed-in' ? session.state.user.id : null);
  const slices = await session.readDecoded(GWS_PATHS.team, (body) => decode({ body, selfUserId: self(), serverUrl, readAt: now() }));
  return slices.ok ? ok(await mergedInTurns(state, slices.value)) : slices;
}

/**
 * The slices parsed and merged with the team known before (time-in-state.ts), one slice per turn
 * of the event loop. A row the read leaves as it was is the row known before, not a copy: most
 * rows of a refresh, and then main keeps no new objects of them, so its garbage collector has
 * next to nothing to move (its pauses were the longest part of the refresh left on main).
 */
async function mergedInTurns(state: () => SupervisorState, slices: string[]): Promise<TeamMember[]> {
  const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
  await nextTurn();
  const before = new Map(state().team.map((m) => [m.userId, m]));
  const team: TeamMember[] = [];
  for (const slice of slices) {
    await nextTurn();
    for (const read of JSON.parse(slice) as TeamMember[]) {
      const known = before.get(read.userId);
      team.push(known && sameAsRead(known, read) ? known : withTimeInStateOf(read, known));
    }
  }
  return team;
}
