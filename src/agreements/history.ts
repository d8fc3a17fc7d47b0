import type { AgreementStatus } from './lifecycle.ts';

/**
 * What an entry of an agreement's status history says, as a key the pages translate, not as the
 * English sentence the registry writes into its own record: the agreement was recorded, a part was
 * added, a part was signed, or a person moved it and gave their reason.
 */
export const HISTORY_NOTES = ['recorded', 'part_added', 'part_signed', 'changed'] as const;
export type HistoryNote = (typeof HISTORY_NOTES)[number];

/** The reason the registry records when it makes an agreement without being given one. */
export const RECORDED_REASON = 'recorded';

// The reasons the registry writes itself when a part moves the agreement's status. They stay plain
// English in the record (the audit trail reads them); the history's note is read back from them.
export const partAddedReason = (number: number) => `part ${number} added`;
export const partSignedReason = (number: number, signedOn: string) => `part ${number} signed on ${signedOn}`;
const PART_ADDED = /^part (\d+) added$/;
const PART_SIGNED = /^part (\d+) signed on (\d{4}-\d{2}-\d{2})$/;

export interface HistoryFacts {
  /** The agreement's parts as recorded now: their numbers and dates of signature. */
  parts: ReadonlyArray<{ number: number; signedOn: string | null }>;
  startsOn: string | null;
  endsOn: string | null;
}

export interface HistoryEntry {
  note: HistoryNote;
  /** The part the note is about, for `part_added` and `part_signed`. */
  partNumber: number | null;
  /**
   * The day the change happened, where the record knows it (a part's signature, the start of the
   * term), rather than the day it was recorded; null where only the recording's time is known.
   */
  occurredOn: string | null;
}

const signatureDates = (facts: HistoryFacts) =>
  facts.parts.flatMap((part) => (part.signedOn ? [part.signedOn] : [])).sort();

/** The day an agreement recorded directly in a status reached it, as its facts tell. */
function dayOfStatus(status: AgreementStatus, facts: HistoryFacts): string | null {
  const signed = signatureDates(facts);
  switch (status) {
    case 'partially_signed':
      return signed[0] ?? null;
    case 'signed':
      return signed.at(-1) ?? null;
    case 'in_force':
      return facts.startsOn ?? signed.at(-1) ?? null;
    case 'ended':
      return facts.endsOn;
    default:
      return null;
  }
}

/** The note and the day of one entry of the history, from what the registry recorded. */
export function historyEntry(
  transition: { fromStatus: AgreementStatus | null; toStatus: AgreementStatus; reason: string },
  facts: HistoryFacts,
): HistoryEntry {
  if (transition.fromStatus === null) {
    return { note: 'recorded', partNumber: null, occurredOn: dayOfStatus(transition.toStatus, facts) };
  }
  const signed = PART_SIGNED.exec(transition.reason);
  if (signed) {
    const number = Number(signed[1]);
    // The part's date as it stands: a corrected date of signature shows in the history too.
    const part = facts.parts.find((candidate) => candidate.number === number);
    return { note: 'part_signed', partNumber: number, occurredOn: part?.signedOn ?? signed[2]! };
  }
  const added = PART_ADDED.exec(transition.reason);
  if (added) return { note: 'part_added', partNumber: Number(added[1]), occurredOn: null };
  return { note: 'changed', partNumber: null, occurredOn: null };
}
