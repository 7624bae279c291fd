// What the IPC fuzzer expects of each reply, shared by the main-side fuzz (vitest) and the
// window's (Playwright): the payload's verdict comes from the contract's own schemas.
import { VERBS, type Verb } from '../../common/contract';
import { verbArgsSchemas } from '../../common/schemas';
import { MAX_REFUSAL_CHARS } from '../../main/ipc/invoke-handler';
import type { LoggedRequest } from '../../sim/index';
import { requestLogCapacity } from '../../sim/scenario/request-log';

/** The seed of a fuzz run: HOSTILE_SEED to repeat one, otherwise a new one each run. */
export function fuzzSeed(): number {
  const given = process.env.HOSTILE_SEED;
  return given ? Number(given) >>> 0 : Math.floor(Math.random() * 2 ** 32);
}

/** Every verb, session.signOut last: a valid sign-out ends the session the others act on. */
export const FUZZ_ORDER: Verb[] = [...VERBS.filter((v) => v !== 'session.signOut'), 'session.signOut'];

export const isValidArgs = (verb: Verb, args: unknown[]): boolean => verbArgsSchemas[verb].safeParse(args).success;

export interface ReplySummary {
  /** It has the IpcResult shape: {ok: true, value} or {ok: false, error: {code, message}}. */
  shaped: boolean;
  ok: boolean;
  code?: string;
  message?: string;
}

/** Why a reply breaks the rules, or null: a refused payload gets invalid-request in words, nothing gets internal. */
export function replyProblem(verb: Verb, valid: boolean, reply: ReplySummary): string | null {
  if (!reply.shaped) return 'not an IpcResult';
  if (reply.code === 'internal') return `internal error: ${reply.message}`;
  if (!valid) {
    if (reply.ok) return 'accepted a payload its schema refuses';
    if (reply.code !== 'invalid-request') return `refused with ${reply.code}, not invalid-request`;
    if (!reply.message?.startsWith(`softphone:${verb}: `) || reply.message.length < `softphone:${verb}: `.length + 5) return `no words: ${reply.message}`;
    if (reply.message.length > MAX_REFUSAL_CHARS + 100) return `a refusal of ${reply.message.length} characters`;
    return null;
  }
  if (!reply.ok && (reply.code === 'invalid-request' || !reply.message)) return `a valid payload refused: ${reply.code} ${reply.message}`;
  return null;
}

/** What a reply looks like, checked without trusting its shape. */
export function summarise(reply: unknown): ReplySummary {
  const r = reply as { ok?: unknown; value?: unknown; error?: { code?: unknown; message?: unknown } } | null;
  if (r === null || typeof r !== 'object' || typeof r.ok !== 'boolean') return { shaped: false, ok: false };
  if (r.ok) return { shaped: 'value' in r, ok: true };
  const shaped = typeof r.error?.code === 'string' && typeof r.error.message === 'string';
  return shaped ? { shaped, ok: false, code: r.error?.code as string, message: r.error?.message as string } : { shaped, ok: false };
}

/** Every string inside a value. */
const textsIn = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value !== null && typeof value === 'object' ? Object.values(value).flatMap(textsIn) : [];

/**
 * What the simulator was asked while one verb was fuzzed, checked against the payloads: each
 * valid payload makes at most one GWS operation, an invalid one none, and what an operation
 * names (a number to dial, a monitoring target) came from a valid payload.
 */
export function gwsProblems(verb: Verb, payloads: unknown[][], verdicts: boolean[], requests: readonly LoggedRequest[]): string[] {
  const posts = requests.filter((r) => r.method === 'POST');
  const valid = payloads.filter((_args, i) => verdicts[i]);
  const problems = posts.length > valid.length ? [`${verb}: ${posts.length} GWS operations for ${valid.length} valid payloads`] : [];
  const sent = new Set(valid.flatMap((args) => textsIn(verbArgsSchemas[verb].parse(args))));
  for (const post of posts) {
    const body = post.body as { destination?: { phoneNumber?: string }; phoneNumber?: string; targetDeviceUri?: string } | undefined;
    for (const named of [body?.destination?.phoneNumber, body?.phoneNumber, body?.targetDeviceUri]) {
      if (named !== undefined && !sent.has(named)) problems.push(`${verb}: GWS was sent "${named.slice(0, 80)}", from no valid payload`);
    }
  }
  return problems;
}

/**
 * The requests in the simulator's log after `mark` (the last one seen before). The log keeps
 * only the last requestLogCapacity: read it after each batch, and this throws rather than
 * return a rolled-over log's tail, where a request that should not have reached GWS goes unseen.
 */
export function requestsSince(log: readonly LoggedRequest[], mark: LoggedRequest | undefined): LoggedRequest[] {
  const at = mark ? log.indexOf(mark) : -1;
  if (mark ? at < 0 : log.length >= requestLogCapacity)
    throw new Error(`the simulator's request log (${requestLogCapacity} entries) rolled over between two reads: fewer payloads per batch`);
  return log.slice(at + 1);
}
