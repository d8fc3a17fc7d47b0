import { Type } from 'typebox';
import { requestLanguage } from '../http/language.ts';
import { readerOfRequest } from '../http/reader.ts';
import { IdParams, problemResponses, refTo } from '../http/schemas.ts';
import type { App } from '../http/server-types.ts';
import { errorMessage } from '../shared/error-messages.ts';
import type { CorrectionStatus } from './correction-rules.ts';
import { listCorrections, moveCorrection, proposeCorrection } from './corrections.ts';
import { signingWarnings } from './plausibility.ts';
import { AgreementCorrection, type AgreementDetail, CorrectionDecision, CorrectionInput } from './schemas.ts';

/**
 * The agreement a write answers, with what it accepted but points out (a date of signature far
 * from its sources'), in the reader's language: a warning, not a refusal.
 */
export function withWarnings(
  request: Parameters<typeof requestLanguage>[0],
  agreement: AgreementDetail,
): AgreementDetail {
  const warnings = signingWarnings(
    agreement.parts,
    // A withdrawn citation no longer says anything of the date.
    agreement.sources.filter((citation) => !citation.withdrawal).map((citation) => citation.source),
  );
  if (warnings.length === 0) return agreement;
  const language = requestLanguage(request);
  return {
    ...agreement,
    warnings: warnings.map((warning) => ({
      code: warning.code,
      field: warning.field,
      message: errorMessage(language, warning.code, warning.params),
    })),
  };
}

const DECISIONS: ReadonlyArray<{ path: string; to: Exclude<CorrectionStatus, 'proposed'>; summary: string }> =
  [
    {
      path: 'confirm',
      to: 'confirmed',
      summary:
        'Confirm a correction, which is applied at once (a secretariat of a shared network, or an admin)',
    },
    {
      path: 'reject',
      to: 'rejected',
      summary: 'Reject a correction (a secretariat of a shared network, or an admin)',
    },
    { path: 'withdraw', to: 'withdrawn', summary: 'Withdraw a correction one proposed' },
  ];

/** Corrections of signed records: proposed on the agreement, decided on the correction. */
export function correctionRoutes(app: App): void {
  app.get(
    '/agreements/:id/corrections',
    {
      schema: {
        tags: ['agreements'],
        summary:
          'The corrections of an agreement: confirmed ones for every reader, all for those who act for it',
        params: IdParams,
        response: { 200: Type.Array(refTo(AgreementCorrection)), ...problemResponses(404) },
      },
    },
    async (request) =>
      listCorrections(app.database.db, request.params.id, await readerOfRequest(request), request.principal),
  );

  app.post(
    '/agreements/:id/corrections',
    {
      schema: {
        tags: ['agreements'],
        summary: 'Propose a correction of a signed part, saying why the recorded value is wrong',
        description:
          'A signed part is not edited in place: the correction waits for a secretariat of a network all parties ' +
          'belong to, or a platform admin, other than its proposer, to confirm it.',
        params: IdParams,
        body: refTo(CorrectionInput),
        response: { 201: refTo(AgreementCorrection), ...problemResponses(400, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const correction = await app.write(request, (tx, actingAs) =>
        proposeCorrection(tx, actingAs, request.params.id, request.body),
      );
      return reply.code(201).send(correction);
    },
  );

  for (const decision of DECISIONS) {
    app.post(
      `/corrections/:id/${decision.path}`,
      {
        schema: {
          tags: ['agreements'],
          summary: decision.summary,
          params: IdParams,
          body: Type.Optional(refTo(CorrectionDecision)),
          response: { 200: refTo(AgreementCorrection), ...problemResponses(400, 403, 404, 409, 422) },
        },
      },
      async (request) =>
        app.write(request, (tx, actingAs) =>
          moveCorrection(tx, actingAs, request.params.id, decision.to, request.body ?? {}),
        ),
    );
  }
}
