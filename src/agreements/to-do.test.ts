import { describe, expect, it } from 'vitest';
import { AGREEMENT_STATUSES } from './lifecycle.ts';
import { type AgreementFacts, toDosOf } from './to-do.ts';

const complete: Omit<AgreementFacts, 'status'> = { parts: 1, unsignedParts: 0, documents: 1, sources: 1 };

describe('toDosOf', () => {
  it('calls a proposed or negotiated agreement a draft, and one sent to its authority awaiting approval', () => {
    expect(toDosOf({ ...complete, status: 'proposed', unsignedParts: 1 })).toEqual(['draft']);
    expect(toDosOf({ ...complete, status: 'negotiating', unsignedParts: 1 })).toEqual(['draft']);
    expect(toDosOf({ ...complete, status: 'awaiting_approval', unsignedParts: 1 })).toEqual([
      'awaiting_approval',
    ]);
  });

  it('asks for a signature once the agreement may be signed, not while it is negotiated', () => {
    expect(toDosOf({ ...complete, status: 'approved', unsignedParts: 1 })).toEqual(['part_unsigned']);
    // A renewal added to an agreement in force is a part still to sign.
    expect(toDosOf({ ...complete, status: 'in_force', parts: 2, unsignedParts: 1 })).toEqual([
      'part_unsigned',
    ]);
    expect(toDosOf({ ...complete, status: 'negotiating', unsignedParts: 1 })).not.toContain('part_unsigned');
  });

  it('asks for the signed text once something is signed', () => {
    for (const status of ['partially_signed', 'signed', 'in_force', 'suspended', 'ended'] as const) {
      expect(toDosOf({ ...complete, status, documents: 0 }), status).toContain('no_signed_document');
    }
    expect(toDosOf({ ...complete, status: 'approved', documents: 0 })).toEqual([]);
  });

  it('asks for a source whatever the status, except of a withdrawn agreement, which asks for nothing', () => {
    expect(toDosOf({ ...complete, status: 'signed', sources: 0 })).toEqual(['no_source']);
    expect(toDosOf({ ...complete, status: 'proposed', sources: 0 })).toEqual(['draft', 'no_source']);
    expect(toDosOf({ status: 'withdrawn', parts: 1, unsignedParts: 1, documents: 0, sources: 0 })).toEqual(
      [],
    );
  });

  it('finds nothing to do on a complete agreement in force, and lists several needs in one order', () => {
    expect(toDosOf({ ...complete, status: 'in_force' })).toEqual([]);
    expect(
      toDosOf({ status: 'partially_signed', parts: 2, unsignedParts: 1, documents: 0, sources: 0 }),
    ).toEqual(['part_unsigned', 'no_signed_document', 'no_source']);
    for (const status of AGREEMENT_STATUSES) {
      const toDos = toDosOf({ status, parts: 1, unsignedParts: 1, documents: 0, sources: 0 });
      expect(new Set(toDos).size, status).toBe(toDos.length);
    }
  });
});
