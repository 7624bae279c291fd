// The console's words: its top bar and screens (Console.svelte) and the team column
// (TeamList.svelte). The components only place them, so scripts/words-single-source.test.ts
// can hold their markup to words read from here.
import { ROUND_WORDS } from './round';
import { ACTIVITY_WORDS, MY_PHONE_WORDS } from './screens';
import { SETTINGS_WORDS } from './settings';

/** Console.svelte: the top bar, its screens, and what shows while the team or the settings load. */
export const CONSOLE_WORDS = {
  screensLabel: 'Screens',
  /** The top bar's tabs, each named as the screen's own heading. */
  screens: { console: 'Console', activity: ACTIVITY_WORDS.heading, settings: SETTINGS_WORDS.heading },
  demo: 'Demo',
  demoHint: 'Signed in to the bundled GWS simulator',
  signOut: 'Sign out',
  signingOut: 'Signing out…',
  loadingSettings: 'Loading settings…',
  loadingTeam: 'Loading your team…',
  /** Announced as an agent is pinned to the favourites or unpinned; `stored` is false when localStorage refused it. */
  pinned: (name: string | null, pinning: boolean, stored: boolean): string =>
    `${name ?? 'Agent'} ${pinning ? 'pinned' : 'unpinned'}${stored ? '' : ' for this session only: the window could not store it'}.`,
} as const;

/** TeamList.svelte: the team column's header, search, filter and sort, rows and empty states. */
export const TEAM_WORDS = {
  heading: 'Team',
  /** "21 agents", or "3 of 21 agents" while a search or filter hides some. */
  count: (shown: number, total: number): string => (shown === total ? `${total} agents` : `${shown} of ${total} agents`),
  searchLabel: 'Search the team',
  searchPlaceholder: 'Search by name, user or number',
  show: 'Show',
  everyone: 'Everyone',
  /** The filter's option and a row's badge: the supervisor's monitoring is armed on the agent. */
  armed: 'Armed',
  sortBy: 'Sort by',
  sortByName: 'Name',
  sortByTime: 'Time in state',
  /** Read before a pinned agent's name; no trailing space, as Svelte trims one at an element's edge (the markup spaces the name). */
  pinned: 'Pinned,',
  deviceNumber: MY_PHONE_WORDS.deviceNumber,
  noDevice: 'No device',
  noAgents: 'No agents to monitor yet.',
  noMatch: (query: string, filtered: boolean): string => `No agent matches “${query}”${filtered ? ' among those shown' : ''}.`,
  noneInState: 'No agent in this state.',
  keys: `↑ ↓ move · F pin or unpin · Enter monitor · Shift+F10 state actions · ${ROUND_WORDS.pickHint} · “+”: the state began before the app was watching`,
} as const;
