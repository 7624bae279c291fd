// A failure a supervisor can act on: a stable code for the UI and a sentence to show. One shape
// for main's results, IPC refusals and what views carry (errors are values with words, never thrown across a boundary).
import { z } from 'zod';

export const problemSchema = z.object({ code: z.string(), message: z.string() });

/** `C` narrows the code where a module promises which ones it returns. */
export type Problem<C extends string = string> = Readonly<z.output<typeof problemSchema> & { code: C }>;
