/** Who is acting, carried into every write so that the audit log and transitions can name them. */
export interface ActingAs {
  actor: string;
  /** The server's id of the request (never the client's X-Request-Id). */
  requestId?: string;
  ip?: string;
  /** The client's X-Request-Id, when well-formed: recorded beside the request id to correlate. */
  correlationId?: string;
}
