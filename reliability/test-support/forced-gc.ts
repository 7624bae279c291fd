// A full garbage collection on demand, for tests that measure memory, without --expose-gc on
// the command line (the shared vitest config stays as it is): the flag set at run time, then
// gc() taken from a fresh context, where V8 defines it once the flag is on.
import v8 from 'node:v8';
import vm from 'node:vm';

v8.setFlagsFromString('--expose-gc');

export const forcedGc = vm.runInNewContext('gc') as () => void;
