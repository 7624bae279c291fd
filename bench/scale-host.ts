// Figure 3's process: the core alone (and its simulator in a child of its own); bench/scale.ts.
import { serve } from './child';
import { measureScale, type ScaleOptions } from './scale';

const handlers = {
  measure: (options: Omit<ScaleOptions, 'log'>) => measureScale({ ...options, log: (line) => console.log(line) }),
};

export type ScaleHost = typeof handlers;
serve(handlers);
