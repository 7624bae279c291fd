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
  result: { ok: true } | { ok: false; code: string; message: string };
}
