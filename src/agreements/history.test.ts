import { describe, expect, it } from 'vitest';
import { historyEntry, partAddedReason, partSignedReason, RECORDED_REASON } from './history.ts';

const facts = {
  parts: [
    { number: 1, signedOn: '2022-11-25' },
    { number: 2, signedOn: '2023-02-24' },
    { number: 3, signedOn: null },
  ],
  startsOn: '2023-03-01',
  endsOn: null,
};

describe('historyEntry', () => {
  it('reads back the notes the registry writes, with the part they are about', () => {
    expect(
      historyEntry(
        { fromStatus: 'approved', toStatus: 'partially_signed', reason: partSignedReason(1, '2022-11-25') },
        facts,
      ),
    ).toEqual({ note: 'part_signed', partNumber: 1, occurredOn: '2022-11-25' });
    expect(
      historyEntry({ fromStatus: 'signed', toStatus: 'partially_signed', reason: partAddedReason(3) }, facts),
    ).toEqual({ note: 'part_added', partNumber: 3, occurredOn: null });
  });

  it("dates a signature by the part's date as it stands, so a corrected date shows", () => {
    const corrected = { ...facts, parts: [{ number: 1, signedOn: '2021-06-30' }] };
    expect(
      historyEntry(
        { fromStatus: 'approved', toStatus: 'signed', reason: partSignedReason(1, '2031-02-15') },
        corrected,
      ).occurredOn,
    ).toBe('2021-06-30');
  });

  it('dates an agreement recorded in a status by the event that put it there', () => {
    const recorded = (toStatus: 'proposed' | 'partially_signed' | 'signed' | 'in_force' | 'ended') =>
      historyEntry(
        { fromStatus: null, toStatus, reason: RECORDED_REASON },
        { ...facts, endsOn: '2028-02-29' },
      );
    expect(recorded('partially_signed')).toEqual({
      note: 'recorded',
      partNumber: null,
      occurredOn: '2022-11-25',
    });
    expect(recorded('signed').occurredOn).toBe('2023-02-24');
    expect(recorded('in_force').occurredOn).toBe('2023-03-01');
    expect(recorded('ended').occurredOn).toBe('2028-02-29');
    expect(recorded('proposed').occurredOn).toBeNull();
  });

  it("keeps a person's own words as a change, dated when it was recorded", () => {
    expect(
      historyEntry(
        { fromStatus: 'negotiating', toStatus: 'awaiting_approval', reason: 'part 1 signed yesterday' },
        facts,
      ),
    ).toEqual({ note: 'changed', partNumber: null, occurredOn: null });
  });
});
