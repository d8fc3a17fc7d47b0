import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { IdParams, problemResponses, refTo } from '../http/schemas.ts';
import { UI_LANGUAGES } from '../shared/languages.ts';
import { exportLanguage } from './lists.ts';
import { exportPopolo } from './popolo.ts';
import { PopoloDocument } from './popolo-schemas.ts';

const PopoloQuery = Type.Object(
  {
    lang: Type.Optional(
      Type.Enum(UI_LANGUAGES, {
        description:
          'The language of names, labels and texts; every language’s name is among `other_names` too. By default the one Accept-Language prefers',
      }),
    ),
  },
  { additionalProperties: false },
);

export const popoloRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/networks/:id/popolo',
    {
      schema: {
        tags: ['networks'],
        summary:
          'A network as one Popolo document: its people, organizations, posts and memberships, its bodies’ meetings, motions and votes',
        description:
          'Popolo (https://www.popoloproject.com/) JSON whose objects validate against the Popolo JSON Schemas: ' +
          '`persons`; `organizations` (the network, its bodies with the network as `parent_id`, its member ' +
          'organizations), each with its name in every language among `other_names` (noted `ar`, `fr`, `en`); ' +
          '`posts` (each body’s chair, vice-chair, secretary and treasurer, a member post per seat category, ' +
          'and the posts of the organizations); `memberships` (seat holders and officers of the bodies, admitted ' +
          'members of the network, people in posts of its members; an organization member is named by `member`); ' +
          '`events` (the bodies’ meetings, drafts only for the network’s secretariat); `motions` (with the majority required and the result: `pass`, `fail` ' +
          'or `no_quorum`); `vote_events` with their `counts` for everyone and each member’s vote (`votes`) only ' +
          'for the body’s members and its network’s secretariat. Dates are ISO 8601, times in UTC. Contact ' +
          'details are never in it.',
        params: IdParams,
        querystring: PopoloQuery,
        response: { 200: refTo(PopoloDocument), ...problemResponses(404, 422) },
      },
    },
    async (request, reply) => {
      const document = await exportPopolo(
        app.database.db,
        request.params.id,
        request.principal,
        exportLanguage(request, request.query.lang),
      );
      reply.header('content-disposition', `attachment; filename="popolo-${request.params.id}.json"`);
      return document;
    },
  );
};
