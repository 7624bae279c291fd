// Whom a coaching round can be started on, as the dialog offers it: the agents picked in the team
// list, else the favourites, else everyone logged in, each in the team list's order.
import { ROUND_MAX_AGENTS, type TeamMemberView } from '../../../common/supervisor-view';
import { ROUND_WORDS } from '../../../common/words/round';

export type RoundSource = 'picked' | 'favourites' | 'loggedIn';
export interface RoundChoice {
  source: RoundSource;
  label: string;
  userIds: string[];
}

const loggedIn = (m: TeamMemberView): boolean => m.agentState !== null && m.agentState !== 'LoggedOut' && m.agentState !== 'Offline';

/** The choices that name somebody, the preselected one first; at most ROUND_MAX_AGENTS agents each. */
export function roundChoices(team: readonly TeamMemberView[], picked: ReadonlySet<string>, favourites: ReadonlySet<string>): RoundChoice[] {
  const ids = (keep: (m: TeamMemberView) => boolean) =>
    team
      .filter(keep)
      .map((m) => m.userId)
      .slice(0, ROUND_MAX_AGENTS);
  const choices: RoundChoice[] = [];
  const add = (source: RoundSource, userIds: string[], label: (n: number) => string) => {
    if (userIds.length > 0) choices.push({ source, userIds, label: label(userIds.length) });
  };
  add(
    'picked',
    ids((m) => picked.has(m.userId)),
    ROUND_WORDS.pickedSelection,
  );
  add(
    'favourites',
    ids((m) => favourites.has(m.userId)),
    ROUND_WORDS.pickedFavourites,
  );
  add('loggedIn', ids(loggedIn), ROUND_WORDS.pickedLoggedIn);
  return choices;
}
