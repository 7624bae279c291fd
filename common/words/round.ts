// The coaching round's words: the banner and tray line ("Coaching round: 3 of 8, now Alice Ng"),
// what it says when it skips, pauses or stops, and the tray's Stop item. Which step says what is
// main/supervisor/coaching-round.ts's.
import type { RoundHow } from '../supervisor-view';
import { MONITORING_STATES } from './monitoring';

export const ROUND_WORDS = {
  /** The team header's button that opens the round's dialog. */
  open: 'Coaching round…',
  start: 'Start',
  /** "Coaching round: 3 of 8, now Alice Ng", with why it is not armed when it is not. */
  status: (r: { position: number; total: number; agentName: string; paused: boolean }): string =>
    r.paused ? `Coaching round: ${r.position} of ${r.total}, paused during your own call` : `Coaching round: ${r.position} of ${r.total}, now ${r.agentName}`,
  started: (how: RoundHow, total: number): string => `Coaching round started: ${MONITORING_STATES[how].doing} on ${total} agents, one call each, in turn.`,
  skippedLoggedOff: (agentName: string): string => `Coaching round: skipped ${agentName}, who is logged off.`,
  /** The refusal is GWS's, in words (main/supervisor/monitoring-words.ts). */
  skippedRefused: (refusal: string): string => `Coaching round: skipped, as ${refusal.replace(/\.$/, '')}.`,
  paused: 'Coaching round paused while you are on your own call.',
  resumed: 'Coaching round resumed.',
  rearmed: (agentName: string): string => `Coaching round: monitoring of ${agentName} was lost, armed again.`,
  stopped: 'Coaching round stopped.',
  noneEligible: 'Coaching round stopped: none of its agents can be monitored now (logged off, or monitored by another supervisor).',
  cancelledElsewhere: 'Coaching round stopped: its monitoring was cancelled outside the round.',
  replaced: 'Coaching round stopped: you armed other monitoring, which replaces the round’s.',
  failed: (reason: string): string => `Coaching round stopped: ${reason.replace(/\.$/, '')}.`,
  signedOut: 'Coaching round ended: signed out.',
  /** The round's dialog and its choices. */
  dialogTitle: 'Coaching round',
  agentsLegend: 'Agents',
  howLegend: 'How',
  cancel: 'Cancel',
  starting: 'Starting…',
  stopping: 'Stopping…',
  noAgents: 'Nobody in your team is logged in: there is no one to coach.',
  pickedSelection: (n: number): string => (n === 1 ? 'The agent you picked' : `The ${n} agents you picked`),
  pickedFavourites: (n: number): string => (n === 1 ? 'Your favourite agent' : `Your ${n} favourite agents`),
  pickedLoggedIn: (n: number): string => `Everyone logged in (${n})`,
  /** The team list's multi-selection, for a round: Ctrl+click or Space on an agent. */
  picked: 'Picked',
  pickHint: 'Space pick for a coaching round',
  explain: 'One call each, in turn: the app arms Next call on each agent and moves on when the call ends.',
  invalid: 'A coaching round needs between 1 and 200 different agents.',
};
