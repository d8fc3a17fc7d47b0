import type { Principal } from '../accounts/policy.ts';

/** Who is acting, carried into every write so that the audit log and transitions can name them. */
export interface ActingAs {
  actor: string;
  /**
   * The signed-in user whose rights the write is checked against, on the record as it was and as it
   * will be. Absent for the installation itself (the command line, the demo loader), which acts for all.
   */
  principal?: Principal | null;
  /** The server's id of the request (never the client's X-Request-Id). */
  requestId?: string;
  ip?: string;
  /** The client's X-Request-Id, when well-formed: recorded beside the request id to correlate. */
  correlationId?: string;
}
