/** Who is acting, carried into every write so that the audit log and transitions can name them. */
export interface ActingAs {
  actor: string;
  requestId?: string;
  ip?: string;
}
