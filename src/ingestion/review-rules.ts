/*
 * The press review's rules, without I/O: how an article moves from submitted to read, how a
 * proposal moves from waiting to decided, and who may decide.
 */
import { decide, type Principal } from '../accounts/policy.ts';

export const ARTICLE_STATUSES = ['queued', 'extracted', 'failed'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** An article is read once; one the extractor failed on may be queued again. */
export const ARTICLE_TRANSITIONS: Readonly<Record<ArticleStatus, readonly ArticleStatus[]>> = {
  queued: ['extracted', 'failed'],
  extracted: [],
  failed: ['queued'],
};

export const PROPOSAL_STATUSES = ['pending', 'accepted', 'merged', 'rejected'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/**
 * A proposal is decided once: accepted (a new agreement), merged (into one already recorded) or
 * rejected (with a reason). Nothing enters the registry from a proposal still pending.
 */
export const PROPOSAL_TRANSITIONS: Readonly<Record<ProposalStatus, readonly ProposalStatus[]>> = {
  pending: ['accepted', 'merged', 'rejected'],
  accepted: [],
  merged: [],
  rejected: [],
};

export function canMoveArticle(from: ArticleStatus, to: ArticleStatus): boolean {
  return ARTICLE_TRANSITIONS[from].includes(to);
}

export function canMoveProposal(from: ProposalStatus, to: ProposalStatus): boolean {
  return PROPOSAL_TRANSITIONS[from].includes(to);
}

export type ProposalRefusal = {
  code: 'press_proposal.already_decided' | 'press_proposal.stale';
  field: string;
};

/** Why a decision or a correction is refused: decided already, or made on a copy changed since. */
export function refusedProposalMove(
  proposal: { status: ProposalStatus; version: number },
  to: ProposalStatus | 'corrected',
  seenVersion: number,
): ProposalRefusal | null {
  const allowed = to === 'corrected' ? proposal.status === 'pending' : canMoveProposal(proposal.status, to);
  if (!allowed) return { code: 'press_proposal.already_decided', field: '/status' };
  if (proposal.version !== seenVersion) return { code: 'press_proposal.stale', field: '/version' };
  return null;
}

/**
 * Who decides what enters the registry from the press: the platform's administrators and the
 * people they named reviewers. Submitting an article is any contributor's; accepting records
 * agreements between local authorities anywhere, cited to the article, as an import does.
 */
export function mayReviewPress(principal: Principal | null | undefined): boolean {
  return decide({ kind: 'press_review' }, principal ?? null) === 'allow';
}
