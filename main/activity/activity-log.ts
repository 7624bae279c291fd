// The supervisor's activity log: one JSON line per monitoring action, appended to a file in the
// user-data folder. Append-only lines survive a crash mid-write (a torn last line is skipped
// on reading), and the log is rotated once it passes a size limit so it cannot grow forever.
import { appendFile, mkdir, readFile, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { ActivityEntry } from '../../common/activity';
import { parseJson } from '../parse-json';

const entrySchema: z.ZodType<ActivityEntry> = z.object({
  time: z.string(),
  supervisor: z.string(),
  target: z.string().nullable(),
  operation: z.string(),
  scope: z.string().nullable(),
  mode: z.string().nullable(),
  change: z.object({ from: z.string().nullable(), to: z.string().nullable() }).optional(),
  detail: z.string().max(500).optional(),
  result: z.union([z.object({ ok: z.literal(true) }), z.object({ ok: z.literal(false), code: z.string(), message: z.string() })]),
});

export interface ActivityQuery {
  /** Only entries about this agent. */
  target?: string;
  limit?: number;
}

export interface ActivityLogOptions {
  /** Rotation threshold; default 5 MB. */
  maxBytes?: number;
  /**
   * Applied to a failure's message before it is written: the message may quote what GWS said,
   * and a server can quote a request's credentials back (the diagnostic log's redactor).
   */
  redact?: (text: string) => string;
}

export class ActivityLog {
  readonly file: string;
  // Appends run one after another, so concurrent actions never interleave their lines.
  #queue: Promise<void> = Promise.resolve();
  readonly #maxBytes: number;
  readonly #redact: (text: string) => string;

  constructor(dir: string, { maxBytes = 5 * 1024 * 1024, redact = (text) => text }: ActivityLogOptions = {}) {
    this.file = path.join(dir, 'activity.jsonl');
    this.#maxBytes = maxBytes;
    this.#redact = redact;
  }

  async append(entry: ActivityEntry): Promise<void> {
    const checked = entrySchema.parse(entry);
    const written = checked.result.ok ? checked : { ...checked, result: { ...checked.result, message: this.#redact(checked.result.message) } };
    const line = `${JSON.stringify(written)}\n`;
    const queued = this.#queue.then(() => this.#write(line));
    // A failed write is the caller's to report; the next append still runs.
    this.#queue = queued.catch(() => undefined);
    return queued;
  }

  /** Newest first, from the current file and the one rotated before it. */
  async read(query: ActivityQuery = {}): Promise<ActivityEntry[]> {
    await this.#queue;
    const lines = [...(await linesOf(`${this.file}.1`)), ...(await linesOf(this.file))];
    const entries = lines.flatMap((line) => {
      const parsed = entrySchema.safeParse(parseJson(line));
      return parsed.success ? [parsed.data] : [];
    });
    const wanted = query.target === undefined ? entries : entries.filter((e) => e.target === query.target);
    return wanted.reverse().slice(0, query.limit ?? wanted.length);
  }

  async #write(line: string): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    const size = await stat(this.file).then(
      (s) => s.size,
      () => 0,
    );
    if (size > 0 && size + line.length > this.#maxBytes) await rename(this.file, `${this.file}.1`);
    await appendFile(this.file, line, { mode: 0o600 });
  }
}

async function linesOf(file: string): Promise<string[]> {
  const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return '';
    throw e;
  });
  return text.split('\n').filter(Boolean);
}
