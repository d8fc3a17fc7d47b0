import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectData } from '../../test/helpers/api-client.ts';
import { setUpTestApp } from '../../test/helpers/app.ts';
import { createCity, createPerson, MINIMAL_PDF } from '../../test/helpers/fixtures.ts';
import type { Database } from '../db/client.ts';
import { inTransaction } from '../db/transaction.ts';
import type { ActingAs } from '../shared/actor.ts';
import { DomainError } from '../shared/errors.ts';
import * as approvals from './approvals.ts';
import * as documents from './documents.ts';
import { AGREEMENT_STATUSES, type AgreementStatus, ALLOWED_TRANSITIONS } from './lifecycle.ts';
import * as parts from './parts.ts';
import * as reading from './reading.ts';
import * as recording from './recording.ts';
import { agreements, agreementTransitions } from './tables.ts';
import * as transitions from './transitions.ts';
import * as visibility from './visibility.ts';
import * as writes from './writes.ts';

/** Every use case of the area, one module per use case, as one list. */
const useCases = {
  ...reading,
  ...visibility,
  ...writes,
  ...recording,
  ...parts,
  ...transitions,
  ...approvals,
  ...documents,
};

/*
 * The lifecycle has one door: every status change an agreement's use cases make is one the
 * transition table allows, and each is recorded as a transition. Every writing use case is run on
 * an agreement in every status; the list of use cases is checked against the exports of the area's
 * use-case modules, so a new one cannot be added without being enumerated here.
 */
const ctx = setUpTestApp();
const SYSTEM: ActingAs = { actor: 'test' };
const ids = {} as Record<'smara' | 'timbuktu' | 'mayor', string>;

beforeAll(async () => {
  ids.smara = (await createCity(ctx, 'Smara', 'EH')).id;
  ids.timbuktu = (await createCity(ctx, 'Timbuktu', 'ML')).id;
  ids.mayor = (await createPerson(ctx, 'Yahia Tindina')).id;
});

const SIGNED_OR_AFTER: readonly AgreementStatus[] = ['signed', 'in_force', 'suspended', 'ended'];

/** An agreement recorded in a given status, with its one part signed when the status implies it. */
async function agreementIn(tx: Database, status: AgreementStatus) {
  const signed = SIGNED_OR_AFTER.includes(status);
  const partial = status === 'partially_signed';
  const parts = partial
    ? [{ kind: 'original' as const, signedOn: '2025-03-01' }, { kind: 'further_part' as const }]
    : [{ kind: 'original' as const, ...(signed ? { signedOn: '2025-03-01' } : {}) }];
  const detail = await useCases.createAgreement(tx, SYSTEM, {
    type: 'twinning',
    title: { en: `Agreement ${status}` },
    parties: [{ organizationId: ids.smara }, { organizationId: ids.timbuktu }],
    status,
    parts,
  });
  return detail;
}

type Detail = Awaited<ReturnType<typeof agreementIn>>;
type Attempt = (tx: Database, agreement: Detail) => Promise<unknown>;

/** Every use case that writes to an existing agreement, with the inputs that exercise its paths. */
const WRITES: Record<string, Attempt[]> = {
  updateAgreement: [(tx, a) => useCases.updateAgreement(tx, SYSTEM, a.id, { title: { en: 'Renamed' } })],
  transitionAgreement: AGREEMENT_STATUSES.map(
    (to) => (tx, a) => useCases.transitionAgreement(tx, SYSTEM, a.id, { to, reason: 'test' }),
  ),
  addPart: (['further_part', 'amendment', 'renewal'] as const).flatMap((kind) => [
    (tx: Database, a: Detail) => useCases.addPart(tx, SYSTEM, a.id, { kind }),
    (tx: Database, a: Detail) =>
      useCases.addPart(tx, SYSTEM, a.id, {
        kind,
        signedOn: '2025-06-01',
        ...(kind === 'renewal' ? { extendsTermMonths: 12 } : {}),
      }),
  ]),
  updatePart: [
    (tx, a) =>
      Promise.all(
        a.parts
          .filter((part) => !part.signedOn)
          .map((part) => useCases.updatePart(tx, SYSTEM, a.id, part.id, { signedOn: '2025-04-01' })),
      ),
    (tx, a) => useCases.updatePart(tx, SYSTEM, a.id, a.parts[0]!.id, { title: { en: 'First part' } }),
  ],
  addSignatory: [
    (tx, a) =>
      useCases.addSignatory(tx, SYSTEM, a.id, a.parts[0]!.id, {
        personId: ids.mayor,
        partyOrganizationId: ids.smara,
        role: 'signatory',
      }),
  ],
  addApproval: [
    (tx, a) =>
      useCases.addApproval(tx, SYSTEM, a.id, {
        partyOrganizationId: ids.smara,
        authorityName: 'Wilaya',
        decision: 'approved',
      }),
  ],
  addDocument: [
    (tx, a) =>
      useCases.addDocument(tx, SYSTEM, a.id, {
        language: 'fr',
        filename: 'signed.pdf',
        content: MINIMAL_PDF,
      }),
  ],
};

/** Exports that write but never to an existing agreement's status (or read only). */
const NOT_ON_AN_AGREEMENT = new Set([
  'createAgreement', // covered below: a new agreement's status is checked like a transition
  'setApprovalPolicy',
  'lockAgreement',
]);

class Rollback extends Error {}

describe('the agreement lifecycle has one door', () => {
  it('enumerates every use case that writes to an agreement', () => {
    const writers = Object.entries(useCases)
      .filter(
        ([name, value]) =>
          typeof value === 'function' &&
          /^(add|update|transition|sign|set|create|remove|delete|lock)/.test(name),
      )
      .map(([name]) => name)
      .filter((name) => !NOT_ON_AN_AGREEMENT.has(name));
    expect(writers.sort()).toEqual(Object.keys(WRITES).sort());
  });

  it('moves an agreement only along the transition table, recording each move, whatever the use case', async () => {
    const db = ctx.database.db;
    const seen: string[] = [];
    for (const status of AGREEMENT_STATUSES) {
      for (const [name, attempts] of Object.entries(WRITES)) {
        for (const attempt of attempts) {
          await inTransaction(db, async (tx) => {
            const agreement = await agreementIn(tx, status);
            const recorded = async () =>
              tx
                .select()
                .from(agreementTransitions)
                .where(eq(agreementTransitions.agreementId, agreement.id));
            const before = (await recorded()).length;
            try {
              await attempt(tx, agreement);
            } catch (error) {
              // A refused write is fine; it must be refused as a domain rule, not crash.
              if (!(error instanceof DomainError)) throw error;
              throw new Rollback();
            }
            const [row] = await tx.select().from(agreements).where(eq(agreements.id, agreement.id));
            const after = row!.status as AgreementStatus;
            const moves = (await recorded()).slice(before);
            if (after !== status) {
              seen.push(`${name}: ${status} → ${after}`);
              expect(ALLOWED_TRANSITIONS[status], `${name} moved ${status} → ${after}`).toContain(after);
            }
            for (const move of moves) {
              expect(ALLOWED_TRANSITIONS[move.fromStatus as AgreementStatus]).toContain(move.toStatus);
            }
            expect(moves.at(-1)?.toStatus ?? status).toBe(after);
            throw new Rollback();
          }).catch((error: unknown) => {
            if (!(error instanceof Rollback)) throw error;
          });
        }
      }
    }
    // The enumeration reached the paths that move a status: signing parts and explicit transitions.
    expect(seen).toContain('updatePart: approved → signed');
    expect(seen).toContain('addPart: approved → partially_signed');
    expect(seen.some((move) => move.startsWith('transitionAgreement: signed → in_force'))).toBe(true);
  });

  it('keeps a signed or in-force agreement as it is when an unsigned amendment is added', async () => {
    for (const status of ['signed', 'in_force'] as const) {
      const created = await inTransaction(ctx.database.db, (tx) => agreementIn(tx, status));
      const agreement = await expectData(
        ctx.api.POST('/api/agreements/{id}/parts', {
          params: { path: { id: created.id } },
          body: { kind: 'amendment', title: { en: 'Amendment on youth exchanges' } },
        }),
        201,
      );
      expect(agreement.status).toBe(status);
      expect(agreement.parts).toHaveLength(2);
      expect(agreement.transitions.map((move) => move.toStatus)).toEqual([status]);
    }
  });
});
