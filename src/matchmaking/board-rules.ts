/*
 * The partner-request board's rules, without I/O: what a request is, how its status moves, who
 * reads it and its answers, who may answer it.
 */

export const PARTNER_REQUEST_KINDS = ['offer', 'seek'] as const;
export type PartnerRequestKind = (typeof PARTNER_REQUEST_KINDS)[number];

export const PARTNER_REQUEST_STATUSES = ['open', 'closed', 'withdrawn'] as const;
export type PartnerRequestStatus = (typeof PARTNER_REQUEST_STATUSES)[number];

/** Public, or for signed-in members of a network the publishing authority belongs to. */
export const PARTNER_REQUEST_VISIBILITIES = ['public', 'members'] as const;
export type PartnerRequestVisibility = (typeof PARTNER_REQUEST_VISIBILITIES)[number];

/** The moves a request's status may make: closed once a partner is found, reopened, or withdrawn for good. */
export const PARTNER_REQUEST_TRANSITIONS: Readonly<
  Record<PartnerRequestStatus, readonly PartnerRequestStatus[]>
> = {
  open: ['closed', 'withdrawn'],
  closed: ['open', 'withdrawn'],
  withdrawn: [],
};

export function canMoveRequest(from: PartnerRequestStatus, to: PartnerRequestStatus): boolean {
  return PARTNER_REQUEST_TRANSITIONS[from].includes(to);
}

/** Who reads the board, as its rules see them. */
export interface BoardReader {
  signedIn: boolean;
  isPlatformAdmin: boolean;
  /** Authorities the reader is an officer of. */
  officerOf: readonly string[];
  /** Networks the reader belongs to, through any role. */
  networks: readonly string[];
  /** Networks the reader is the secretariat of. */
  secretariatOf: readonly string[];
}

export interface BoardRequest {
  organizationId: string;
  visibility: PartnerRequestVisibility;
  status: PartnerRequestStatus;
  until: string | null;
  /** The networks the publishing authority belongs to (memberships in force). */
  networks: readonly string[];
}

/** Whether the reader acts for the request: an officer of its authority, the secretariat of one of its networks, or an admin. */
export function actsForRequest(
  reader: BoardReader,
  request: Pick<BoardRequest, 'organizationId' | 'networks'>,
): boolean {
  return (
    reader.isPlatformAdmin ||
    reader.officerOf.includes(request.organizationId) ||
    reader.secretariatOf.some((network) => request.networks.includes(network))
  );
}

/**
 * Whether the reader sees a request: a public one anyone does; a members-only one the members of
 * its authority's networks, signed in, and whoever acts for it. A withdrawn request only those who act for it.
 */
export function canReadRequest(reader: BoardReader, request: BoardRequest): boolean {
  if (actsForRequest(reader, request)) return true;
  if (request.status === 'withdrawn') return false;
  if (request.visibility === 'public') return true;
  return reader.signedIn && reader.networks.some((network) => request.networks.includes(network));
}

/** Whether a request still takes answers on `today` (an ISO date): open and not past its last day. */
export function isAnswerable(request: Pick<BoardRequest, 'status' | 'until'>, today: string): boolean {
  return request.status === 'open' && (request.until === null || request.until >= today);
}

export type AnswerRefusal = 'not_answerable' | 'own_request' | 'not_officer';

/**
 * Whether the reader may answer the request for `organizationId`: an officer of another authority
 * (or an admin), on a request they can read and that still takes answers.
 */
export function answerRefusal(
  reader: BoardReader,
  request: BoardRequest,
  organizationId: string,
  today: string,
): AnswerRefusal | null {
  if (!reader.isPlatformAdmin && !reader.officerOf.includes(organizationId)) return 'not_officer';
  if (organizationId === request.organizationId) return 'own_request';
  if (!isAnswerable(request, today)) return 'not_answerable';
  return null;
}

/** Whether the reader sees an answer: those who act for the request, and those who act for the answering authority. */
export function canReadAnswer(
  reader: BoardReader,
  request: BoardRequest,
  answerOrganizationId: string,
): boolean {
  return actsForRequest(reader, request) || reader.officerOf.includes(answerOrganizationId);
}
