// What the window shows of the sign-in and the live connection. Each type is its schema's output.
import { z } from 'zod';
import { problemSchema } from './problem';

const connectionSchema = z.union([
  z.object({ kind: z.enum(['connecting', 'connected', 'stopped']) }),
  /** Retrying on its own; nextRetryAt (epoch ms) drives a countdown. */
  z.object({ kind: z.enum(['reconnecting', 'offline']), attempt: z.number(), nextRetryAt: z.number(), reason: z.string() }),
]);
export type ConnectionView = z.output<typeof connectionSchema>;

export const sessionViewSchema = z.union([
  /** retry: the sign-in at launch could not reach the server and tries again by itself at nextRetryAt (epoch ms). */
  z.object({ status: z.literal('signed-out'), reason: problemSchema.nullable(), retry: z.object({ attempt: z.number(), nextRetryAt: z.number() }).optional() }),
  z.object({ status: z.enum(['signing-in', 'signing-out']) }),
  z.object({
    status: z.literal('signed-in'),
    userName: z.string(),
    displayName: z.string(),
    serverUrl: z.string(),
    connection: connectionSchema,
    /** Signed in to the bundled simulator by `npm start`: say so wherever the user looks. */
    demo: z.boolean(),
    /** Plain http to another machine, accepted at sign-in: the connection bar says so. */
    unencrypted: z.boolean(),
  }),
]);
export type SessionView = z.output<typeof sessionViewSchema>;

export interface SignInForm {
  serverUrl: string;
  userName: string;
  password: string;
  remember: boolean;
  /** The user confirms that this plain-http server has no TLS (refused otherwise, but on loopback). */
  withoutTls?: boolean;
}
