// What the supervisor service says when it does not do an action, or GWS refuses it: the
// monitoring and agent state refusals, in words a supervisor can act on. Which refusal applies
// is main/supervisor's (monitoring-words.ts, agent-control.ts, service.ts); GWS's own words come
// in bounded, as `said`.

/** Refusals before anything is sent to GWS: the view does not offer the action now. */
export const ACTION_REFUSALS = {
  notSignedIn: 'Sign in to GWS first.',
  monitorUnavailable: (choice: string): string =>
    `${choice} is not available on your device now. Check that you are logged in to voice and have the supervisor role.`,
  noLostMonitoring: 'There is no lost monitoring to re-arm.',
  notArmed: 'Monitoring is not armed, so there is nothing to cancel.',
  noMonitoredCall: (label: string): string => `${label}: there is no monitored call in progress.`,
  notPossibleOnCall: (label: string): string => `${label} is not possible on this call right now.`,
  callEnded: 'That call has ended.',
  notInTeam: 'That agent is not in your team.',
  notInTeamOrNoDevice: 'That agent is not in your team, or has no phone device.',
  alreadyChanging: (name: string): string => `${name}'s state is already being changed.`,
  notPossibleFor: (label: string, name: string, state: string | null): string => `${label} is not possible for ${name} now (${state ?? 'state unknown'}).`,
  autoAnswerFailed: (reason: string): string => `The monitoring call could not be answered automatically: ${reason}. Answer it from the call card.`,
  sessionEnded: 'The GWS session has ended.',
};

/** GWS's refusals of a monitoring request (docs/gws-notes.md, "Monitoring rules"). */
export const MONITORING_REFUSALS = {
  off: (feature: string): string => `Monitoring is switched off on this GWS server (feature ${feature}). Ask your administrator to enable it.`,
  noSupervisorRole: 'Your GWS user may not monitor agents: it needs the supervisor role. Ask your administrator.',
  alreadyMonitored: (name: string): string => `${name} is already monitored by another supervisor.`,
};

/** GWS's refusals of a team member's state change; `said` is GWS's own words, already bounded. */
export const AGENT_CONTROL_REFUSALS = {
  said: (message: string): string => `GWS said: ${message}`,
  off: (feature: string): string => `Changing agents' states is switched off on this GWS server (feature ${feature}). Ask your administrator to enable it.`,
  removed: (name: string, said: string): string => `GWS does not know ${name} any more: the user may have been removed. (${said})`,
  notFound: (name: string, feature: string, said: string): string =>
    `GWS did not find ${name}, or changing agents' states is switched off on this server (feature ${feature}). (${said})`,
  noPermission: (said: string): string => `Your GWS user may not change agents' states. Ask your administrator for the supervisor role. (${said})`,
  loggedOff: (name: string): string => `${name} is logged off: GWS changes the state of logged-in agents only.`,
  onCall: (name: string, said: string): string =>
    `GWS did not change ${name}'s state now, as it does while the agent is on a call. Try again when the call ends. (${said})`,
  refused: (name: string, said: string): string => `GWS refused to change ${name}'s state. (${said})`,
};
