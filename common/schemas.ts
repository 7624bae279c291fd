// Runtime schemas for everything the renderer sends to main: main trusts no payload's shape.
import { z } from 'zod';
import { InvokeChannel, type InvokeSignatures } from './contract';

type ArgsSchemas = { [C in InvokeChannel]: z.ZodType<InvokeSignatures[C]['args']> };

export const invokeArgsSchemas: ArgsSchemas = {
  [InvokeChannel.appInfo]: z.tuple([]),
};
