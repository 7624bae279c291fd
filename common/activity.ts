// One entry of the activity log: a monitoring action the supervisor took, and how it ended.

export interface ActivityEntry {
  /** ISO 8601, UTC. */
  time: string;
  supervisor: string;
  /** The agent acted on: user name when known, else the device number. */
  target: string | null;
  /** The GWS operation: ListenIn, Coach, BargeIn, SwitchToBargeIn, CancelSupervisorMonitoring… */
  operation: string;
  scope: string | null;
  mode: string | null;
  /** An agent state change: the state read before and after it (after is null when it could not be read). */
  change?: { from: string | null; to: string | null };
  /** What an alert said when it was raised, cleared or snoozed (main/supervisor/alerts). */
  detail?: string;
  result: { ok: true } | { ok: false; code: string; message: string };
}
