// The in-app figures of `npm run bench`: the built app in the Electron stand-in, against a
// simulator in this process. Filled in figure by figure (alert, barge-in, scale, team list).
import type { Figure } from './figure';

export interface AppBenchOptions {
  quick: boolean;
  log: (line: string) => void;
}

export async function measureApp(options: AppBenchOptions): Promise<Figure[]> {
  options.log('app figures: not measured yet');
  return [];
}
