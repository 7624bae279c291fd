// The team list's order and search: pinned favourites first, then by name; a query matches
// the name (any word start or substring), the user name or the device number.
import type { TeamMemberView } from '../../../common/supervisor-view';

/** Lower case without accents, so "zoe" finds "Zoé". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

export interface TeamRow {
  member: TeamMemberView;
  pinned: boolean;
  /** Folded name, user name and number: what a query is matched against. */
  haystack: string;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Sorts once per team or favourites change; filtering then only scans. */
export function teamRows(team: readonly TeamMemberView[], favourites: ReadonlySet<string>): TeamRow[] {
  return team
    .map((member) => ({
      member,
      pinned: favourites.has(member.userId),
      haystack: fold(`${member.name}\n${member.userName}\n${member.phoneNumber ?? ''}`),
    }))
    .sort((a, b) => Number(b.pinned) - Number(a.pinned) || collator.compare(a.member.name, b.member.name));
}

/** Every word of the query must appear somewhere: "ali 70" finds Alice Ng at 7003. */
export function filterRows(rows: readonly TeamRow[], query: string): readonly TeamRow[] {
  const terms = fold(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return rows;
  return rows.filter((row) => terms.every((t) => row.haystack.includes(t)));
}
