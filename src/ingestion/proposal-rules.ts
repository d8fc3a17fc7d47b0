/*
 * What a reviewer works on, without I/O: the draft of an agreement read from an article (its
 * parties, type, status, date and signatories, each correctable), what makes it complete enough to
 * enter the registry, and how it becomes a use case's input.
 */
import type { AgreementStatus as RegistryStatus } from '../agreements/lifecycle.ts';
import { AGREEMENT_TYPES, type AgreementType } from '../agreements/rules.ts';
import type { ErrorCode } from '../shared/error-messages.ts';
import type { LocalizedText } from '../shared/localized.ts';
import { normalizeName } from '../shared/names.ts';
import type { AgreementProposal, Passage } from './extract.ts';
import { AGREEMENT_STATUSES, type AgreementStatus as PressStatus } from './lexicon.ts';

/** The extractor's reading of one agreement, kept as read: every field with its passages and confidence. */
export type ProposalEvidence = AgreementProposal;

/** A relationship the article mentions as already existing, kept apart as background. */
export interface BackgroundRelationship {
  parties: [string, string];
  passage: Passage;
}

/** One side of the agreement: an organization, a place of the gazetteer, or a place to create. */
export interface DraftParty {
  /** The name as the article writes it. */
  written: string;
  organizationId: string | null;
  placeId: string | null;
  newPlace: { name: string; countryCode: string | null } | null;
}

export interface DraftSignatory {
  name: string;
  /** The role as the article gives it ("maire d'Ivry-sur-Seine"). */
  role: string | null;
  /** The party they signed for (its index), or null for a witness of no party. */
  party: 0 | 1 | null;
  witness: boolean;
}

export interface ProposalDraft {
  parties: [DraftParty, DraftParty];
  type: AgreementType;
  status: PressStatus;
  /** The signing date (or, for a planned one, the date planned). */
  signedOn: string | null;
  /** "MM-DD": a day and month the article gives without the year, for the reviewer to complete. */
  datePartial: string | null;
  placeOfSigning: string | null;
  signatories: DraftSignatory[];
}

export { AGREEMENT_STATUSES as PRESS_STATUSES, AGREEMENT_TYPES };

export function draftOf(proposal: AgreementProposal): ProposalDraft {
  const party = (index: 0 | 1): DraftParty => {
    const read = proposal.parties[index];
    return {
      written: read.written,
      organizationId: null,
      placeId: read.place?.placeId ?? null,
      newPlace: read.place ? null : read.newPlace,
    };
  };
  return {
    parties: [party(0), party(1)],
    type: proposal.type.value,
    status: proposal.status.value,
    signedOn: proposal.dateSigned.value,
    datePartial: proposal.datePartial,
    placeOfSigning: proposal.placeOfSigning.value,
    signatories: proposal.signatories.map((signatory) => ({
      name: signatory.name,
      role: signatory.role || null,
      party: signatory.party,
      witness: false,
    })),
  };
}

function partyKey(party: DraftParty): string {
  if (party.organizationId) return `organization:${party.organizationId}`;
  if (party.placeId) return `place:${party.placeId}`;
  return `new:${normalizeName(party.newPlace?.name ?? party.written)}|${party.newPlace?.countryCode ?? ''}`;
}

/** The pair, whichever order the article names it in: what finds the same news in another article. */
export function pairKeyOf(draft: ProposalDraft): string {
  return draft.parties.map(partyKey).sort().join(' ');
}

/** The proposal's confidence as a percentage, for sorting the queue. */
export function confidencePercent(proposal: AgreementProposal): number {
  return Math.max(0, Math.min(100, Math.round(proposal.confidence * 100)));
}

/**
 * The registry's status for what the article reports: a signature (or its renewal) is `signed`; an
 * announced agreement waits for its signature or approval; a planned one is still negotiated.
 */
export function registryStatusOf(status: PressStatus): RegistryStatus {
  switch (status) {
    case 'signed':
    case 'renewed':
      return 'signed';
    case 'announced_pending':
      return 'awaiting_approval';
    case 'planned':
      return 'negotiating';
  }
}

export interface DraftProblem {
  code: ErrorCode;
  field: string;
  params?: Record<string, string>;
}

/** What keeps the draft from entering the registry, each with its field (under `/draft`). */
export function draftProblems(draft: ProposalDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  draft.parties.forEach((party, index) => {
    const chosen = [party.organizationId, party.placeId, party.newPlace].filter(Boolean).length;
    if (chosen !== 1)
      problems.push({ code: 'press_proposal.party_unresolved', field: `/draft/parties/${index}` });
    else if (party.newPlace && !party.newPlace.name.trim())
      problems.push({ code: 'text.blank', field: `/draft/parties/${index}/newPlace/name` });
    else if (party.newPlace && !party.newPlace.countryCode)
      problems.push({
        code: 'press_proposal.new_place_country',
        field: `/draft/parties/${index}/newPlace/countryCode`,
      });
  });
  if (problems.length === 0 && pairKeyOf(draft).split(' ')[0] === pairKeyOf(draft).split(' ')[1])
    problems.push({ code: 'press_proposal.same_party', field: '/draft/parties/1' });
  // Whether the date exists and is plausible is the agreement's own rule (createAgreement).
  if ((draft.status === 'signed' || draft.status === 'renewed') && !draft.signedOn)
    problems.push({ code: 'press_proposal.signing_date_needed', field: '/draft/signedOn' });
  draft.signatories.forEach((signatory, index) => {
    if (!signatory.name.trim())
      problems.push({ code: 'text.blank', field: `/draft/signatories/${index}/name` });
    // A signatory signs for a party; only a witness may stand for none.
    else if (signatory.party === null && !signatory.witness)
      problems.push({ code: 'press_proposal.signatory_party', field: `/draft/signatories/${index}/party` });
  });
  return problems;
}

const TYPE_WORDS: Record<AgreementType, LocalizedText> = {
  twinning: { en: 'Twinning', fr: 'Jumelage', ar: 'توأمة' },
  friendship_cooperation_protocol: {
    en: 'Friendship and cooperation protocol',
    fr: 'Protocole d’amitié et de coopération',
    ar: 'بروتوكول صداقة وتعاون',
  },
  cooperation_agreement: { en: 'Cooperation agreement', fr: 'Accord de coopération', ar: 'اتفاقية تعاون' },
  memorandum_of_understanding: {
    en: 'Memorandum of understanding',
    fr: 'Mémorandum d’entente',
    ar: 'مذكرة تفاهم',
  },
  other: { en: 'Agreement', fr: 'Accord', ar: 'اتفاقية' },
};

/** The agreement's title in the three languages: its kind and its parties' names. */
export function agreementTitle(type: AgreementType, names: [LocalizedText, LocalizedText]): LocalizedText {
  const title: LocalizedText = {};
  for (const language of ['en', 'fr', 'ar'] as const) {
    const pick = (name: LocalizedText) => name[language] ?? name.en ?? Object.values(name)[0] ?? '';
    const words = TYPE_WORDS[type] ?? TYPE_WORDS.other;
    title[language] = `${words[language]} ${pick(names[0])} – ${pick(names[1])}`;
  }
  return title;
}
