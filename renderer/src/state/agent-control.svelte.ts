// Make Ready, Make Not Ready and Log off a team member, from the agent's panel and from the team
// list's context menu alike: one place runs the verb, keeps its error and holds the question a
// catalogue row with `confirm` asks first (Log off), so both ways in behave the same.
import { ACTIONS, teamMemberActions, type TeamMemberAction } from '../../../common/actions';
import type { SupervisorView, TeamMemberView } from '../../../common/supervisor-view';
import { Actions } from './actions.svelte';

class AgentControl {
  readonly actions = new Actions();
  /** The action waiting for the supervisor's yes, and on whom. */
  confirming = $state<{ member: TeamMemberView; action: TeamMemberAction } | null>(null);

  /** What may be offered on this member now: the feature on, the state allowing it, nothing pending. */
  offered(supervisor: SupervisorView, member: TeamMemberView): TeamMemberAction[] {
    if (!supervisor.agentControl || member.pending !== null) return [];
    return teamMemberActions(member.agentState);
  }

  /** Runs the action, or asks first when its catalogue row says so. */
  request(member: TeamMemberView, action: TeamMemberAction): void {
    if (ACTIONS.teamMember[action].confirm) this.confirming = { member, action };
    else void this.#run(member.userId, action);
  }

  confirm(): void {
    const asked = this.confirming;
    this.confirming = null;
    if (asked) void this.#run(asked.member.userId, asked.action);
  }

  cancel(): void {
    this.confirming = null;
  }

  #run(userId: string, action: TeamMemberAction) {
    return this.actions.run(`team-${action}`, () => window.softphone.team.setAgentState({ userId, action }));
  }
}

export const agentControl = new AgentControl();
