// Runtime schemas for everything the renderer sends to main: main trusts no payload's shape.
import { z } from 'zod';
import type { Verb, VerbSignatures } from './contract';

/** One schema per verb for its argument list; a verb without one does not compile. */
export const verbArgsSchemas: { [V in Verb]: z.ZodType<VerbSignatures[V]['args']> } = {
  'app.info': z.tuple([]),
};
