// The system-defined voice agent states (docs/gws-notes.md, "Agent states"). Their ids are the same in every
// official sample, so they are fixed here too.
import type { UserState } from './types';

export const agentStates = {
  Ready: { id: '9430250E-0A1B-421F-B372-F29E69366DED', displayName: 'Ready', state: 'Ready' },
  NotReady: { id: '900D55CC-2BB0-431F-8BF9-D3525B383BE6', displayName: 'Not Ready', state: 'NotReady' },
  AfterCallWork: {
    id: 'D3663509-3D82-4DD3-A82E-2EA8EFA02AEF',
    displayName: 'AfterCallWork',
    state: 'NotReady',
    workMode: 'AfterCallWork',
  },
  AuxWork: { id: '2B36138D-C564-4562-A8CB-3C32D564F296', displayName: 'AuxWork', state: 'NotReady', workMode: 'AuxWork' },
  Offline: { id: '0F7F5003-EF26-4D13-A6Ef-D0C7EC819BEB', displayName: 'Offline', state: 'LoggedOut' },
} as const satisfies Record<string, UserState>;

export type AgentStateName = keyof typeof agentStates;
export const agentStateNames = Object.keys(agentStates) as [AgentStateName, ...AgentStateName[]];

/** Ready takes an optional workmode (docs/gws-notes.md, "Agent states"). */
export const readyWorkModes = ['ManualIn', 'AutoIn'] as const;
export type ReadyWorkMode = (typeof readyWorkModes)[number];

export function userStateFor(name: AgentStateName, workMode?: ReadyWorkMode): UserState {
  const base: UserState = { ...agentStates[name] };
  return name === 'Ready' && workMode ? { ...base, workMode } : base;
}

export const isLoggedIn = (state: UserState): boolean => state.state !== 'LoggedOut';
