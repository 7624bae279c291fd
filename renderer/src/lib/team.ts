// The team list's order, search and state filter: pinned favourites first, then by name or by
// time in state; a query matches the name (any word start or substring), the user name or the
// device number; the filter keeps one group of states, or the armed agent.
import type { TeamMemberView } from '../../../common/supervisor-view';
import { AGENT_STATE_LABELS } from '../../../common/words/window';
import { agentStateTone } from './format';

/** Lower case without accents, so "zoe" finds "Zoé". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** The state groups the header counts and the filter offers; Aux work is a kind of Not Ready. */
export type StateGroup = 'ready' | 'not-ready' | 'after-call' | 'logged-out';
export const STATE_GROUPS: ReadonlyArray<{ group: StateGroup; label: string }> = [
  { group: 'ready', label: AGENT_STATE_LABELS.Ready },
  { group: 'not-ready', label: AGENT_STATE_LABELS.NotReady },
  { group: 'after-call', label: AGENT_STATE_LABELS.AfterCallWork },
  { group: 'logged-out', label: AGENT_STATE_LABELS.Offline },
];

export type StateFilter = 'all' | StateGroup | 'armed';
export type TeamSort = 'name' | 'time';

const groupOfTone = { ready: 'ready', 'not-ready': 'not-ready', aux: 'not-ready', 'after-call': 'after-call', offline: 'logged-out', unknown: null } as const;

export function stateGroup(state: string | null): StateGroup | null {
  return groupOfTone[agentStateTone(state)];
}

/** How many agents are in each group: one pass, once per team. */
export function stateCounts(team: readonly TeamMemberView[]): Record<StateGroup, number> {
  const counts: Record<StateGroup, number> = { ready: 0, 'not-ready': 0, 'after-call': 0, 'logged-out': 0 };
  for (const member of team) {
    const group = stateGroup(member.agentState);
    if (group) counts[group]++;
  }
  return counts;
}

export interface TeamRow {
  member: TeamMemberView;
  pinned: boolean;
  group: StateGroup | null;
  /** Folded name, user name and number: what a query is matched against. */
  haystack: string;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Sorts once per team, favourites or order change; filtering then only scans. By time: longest in state first. */
export function teamRows(team: readonly TeamMemberView[], favourites: ReadonlySet<string>, sort: TeamSort = 'name'): TeamRow[] {
  return team
    .map((member) => ({
      member,
      pinned: favourites.has(member.userId),
      group: stateGroup(member.agentState),
      haystack: fold(`${member.name}\n${member.userName}\n${member.phoneNumber ?? ''}`),
    }))
    .sort(
      (a, b) =>
        Number(b.pinned) - Number(a.pinned) ||
        (sort === 'time' ? a.member.stateSince - b.member.stateSince : 0) ||
        collator.compare(a.member.name, b.member.name),
    );
}

/** Every word of the query must appear somewhere ("ali 70" finds Alice Ng at 7003), in the state group chosen. */
export function filterRows(rows: readonly TeamRow[], query: string, filter: StateFilter = 'all'): readonly TeamRow[] {
  const terms = fold(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0 && filter === 'all') return rows;
  return rows.filter(
    (row) => (filter === 'all' || (filter === 'armed' ? row.member.armed : row.group === filter)) && terms.every((t) => row.haystack.includes(t)),
  );
}
