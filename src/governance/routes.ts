import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { IdParams, problemResponses, refTo } from '../http/schemas.ts';
import { Id } from '../shared/schemas.ts';
import {
  addAgendaItem,
  addDecision,
  addMandate,
  addMotion,
  castVote,
  changeMeetingStatus,
  closeVote,
  createMeeting,
  getBodyGovernance,
  getMeeting,
  getVote,
  listMeetings,
  openVote,
  recordAttendance,
  recordShowOfHands,
  setBodyGovernance,
  setMinutes,
} from './governance.ts';
import { MeetingInvitations, SendInvitationsInput } from './invitation-schemas.ts';
import { getInvitations, invitationSummaryFor, sendInvitationsAgain } from './invitations.ts';
import {
  AgendaItemInput,
  AttendanceInput,
  BallotInput,
  BodyGovernance,
  BodyGovernanceInput,
  DecisionInput,
  MandateInput,
  Meeting,
  MeetingInput,
  MeetingSummary,
  MeetingTransition,
  MinutesInput,
  MotionInput,
  ShowOfHandsInput,
  Vote,
  VoteOpenInput,
} from './schemas.ts';

const WRITE_PROBLEMS = [400, 403, 404, 409, 413, 415, 422] as const;

/**
 * A network's bodies governed: rules and seats, meetings with agenda, attendance and quorum,
 * motions, votes and decisions. Who may call what is in http/route-policies.ts; each use case
 * checks it again on the record.
 */
export const governanceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['governance'];

  app.get(
    '/bodies/:id/governance',
    {
      schema: {
        tags,
        summary:
          'A body’s rules (quorum, majorities, proxies), its seats by category with their holders, and vacancies',
        params: IdParams,
        response: { 200: refTo(BodyGovernance), ...problemResponses(404) },
      },
    },
    async (request) => getBodyGovernance(app.database.db, request.params.id, request.principal),
  );

  app.put(
    '/bodies/:id/governance',
    {
      schema: {
        tags,
        summary: 'Set a body’s rules and seat counts (its network’s secretariat)',
        params: IdParams,
        body: refTo(BodyGovernanceInput),
        response: { 200: refTo(BodyGovernance), ...problemResponses(...WRITE_PROBLEMS) },
      },
    },
    async (request) =>
      app.write(request, (tx, actingAs) => setBodyGovernance(tx, actingAs, request.params.id, request.body)),
  );

  app.post(
    '/bodies/:id/mandates',
    {
      schema: {
        tags,
        summary:
          'Give a person a seat of the body, in a post (chair, vice-chair, secretary, treasurer, member), from a date',
        params: IdParams,
        body: refTo(MandateInput),
        response: { 201: refTo(BodyGovernance), ...problemResponses(...WRITE_PROBLEMS) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await app.write(request, (tx, actingAs) =>
            addMandate(tx, actingAs, request.params.id, request.body),
          ),
        ),
  );

  app.get(
    '/bodies/:id/meetings',
    {
      schema: {
        tags,
        summary: 'A body’s meetings, oldest first (drafts only for its network’s secretariat)',
        params: IdParams,
        response: {
          200: Type.Object({ items: Type.Array(refTo(MeetingSummary)) }),
          ...problemResponses(404),
        },
      },
    },
    async (request) => ({
      items: await listMeetings(app.database.db, request.params.id, request.principal),
    }),
  );

  app.post(
    '/bodies/:id/meetings',
    {
      schema: {
        tags,
        summary: 'Plan a meeting of the body (as a draft, convened later)',
        params: IdParams,
        body: refTo(MeetingInput),
        response: { 201: refTo(Meeting), ...problemResponses(...WRITE_PROBLEMS) },
      },
    },
    async (request, reply) => {
      const meeting = await app.write(request, (tx, actingAs) =>
        createMeeting(tx, actingAs, request.params.id, request.body),
      );
      return reply.code(201).header('location', `/api/meetings/${meeting.id}`).send(meeting);
    },
  );

  app.get(
    '/meetings/:id',
    {
      schema: {
        tags,
        summary:
          'A meeting: agenda, attendance with the live quorum, motions and votes (totals public, each member’s vote to the body’s members), decisions, minutes',
        params: IdParams,
        response: { 200: refTo(Meeting), ...problemResponses(404) },
      },
    },
    async (request) => {
      const meeting = await getMeeting(app.database.db, request.params.id, request.principal);
      // Its invitations' totals, for the body's network secretariat only.
      const invitations = await invitationSummaryFor(app.database.db, meeting, request.principal);
      return invitations ? { ...meeting, invitations } : meeting;
    },
  );

  app.post(
    '/meetings/:id/transitions',
    {
      schema: {
        tags,
        summary:
          'Convene, hold, cancel a meeting, or approve its minutes at a later meeting of the body (approvedAtMeetingId)',
        params: IdParams,
        body: refTo(MeetingTransition),
        response: { 200: refTo(Meeting), ...problemResponses(...WRITE_PROBLEMS) },
      },
    },
    async (request) => {
      const meeting = await app.write(request, (tx, actingAs) =>
        changeMeetingStatus(tx, actingAs, request.params.id, request.body),
      );
      // Convening or cancelling may have queued invitations: this instance's worker looks now.
      app.jobQueued();
      return meeting;
    },
  );

  app.get(
    '/meetings/:id/invitations',
    {
      schema: {
        tags,
        summary:
          'Who the meeting’s invitations by email went to and whether they reached them (queued, sending, sent, failed, no address), with totals (the body’s network secretariat)',
        params: IdParams,
        response: { 200: refTo(MeetingInvitations), ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return getInvitations(app.database.db, request.params.id, request.principal);
    },
  );

  app.post(
    '/meetings/:id/invitations',
    {
      schema: {
        tags,
        summary:
          'Send a convened meeting’s invitations again: to everyone as a new round once the meeting changed (never a round already sent), or to those whose delivery failed',
        params: IdParams,
        body: refTo(SendInvitationsInput),
        response: { 202: refTo(MeetingInvitations), ...problemResponses(...WRITE_PROBLEMS) },
      },
    },
    async (request, reply) => {
      const invitations = await app.write(request, (tx, actingAs) =>
        sendInvitationsAgain(tx, actingAs, request.params.id, request.body.to),
      );
      app.jobQueued();
      return reply.code(202).send(invitations);
    },
  );

  app.post(
    '/meetings/:id/agenda-items',
    {
      schema: {
        tags,
        summary: 'Add an item to the agenda (multilingual title and text)',
        params: IdParams,
        body: refTo(AgendaItemInput),
        response: { 201: refTo(Meeting), ...problemResponses(...WRITE_PROBLEMS) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await app.write(request, (tx, actingAs) =>
            addAgendaItem(tx, actingAs, request.params.id, request.body),
          ),
        ),
  );

  app.put(
    '/meetings/:id/attendance/:personId',
    {
      schema: {
        tags,
        summary:
          'Record a person’s registration or attendance (present, proxy with its holder, excused, absent); the answer carries the quorum',
        params: Type.Object({ id: Id, personId: Id }, { additionalProperties: false }),
        body: refTo(AttendanceInput),
        response: { 200: refTo(Meeting), ...problemResponses(...WRITE_PROBLEMS) },
      },
    },
    async (request) =>
      app.write(request, (tx, actingAs) =>
        recordAttendance(tx, actingAs, request.params.id, request.params.personId, request.body),
      ),
  );

  app.put(
    '/meetings/:id/minutes',
    {
      schema: {
        tags,
        summary: 'Write the minutes of a held meeting (text and document)',
        params: IdParams,
        body: refTo(MinutesInput),
        response: { 200: refTo(Meeting), ...problemResponses(...WRITE_PROBLEMS) },
      },
    },
    async (request) =>
      app.write(request, (tx, actingAs) => setMinutes(tx, actingAs, request.params.id, request.body)),
  );

  app.post(
    '/meetings/:id/motions',
    {
      schema: {
        tags,
        summary: 'Put a motion on an agenda item (ordinary or special decision)',
        params: IdParams,
        body: refTo(MotionInput),
        response: { 201: refTo(Meeting), ...problemResponses(...WRITE_PROBLEMS) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await app.write(request, (tx, actingAs) =>
            addMotion(tx, actingAs, request.params.id, request.body),
          ),
        ),
  );

  app.post(
    '/meetings/:id/decisions',
    {
      schema: {
        tags,
        summary: 'Keep a decision’s text, with the vote that adopted it and the record it decides on',
        params: IdParams,
        body: refTo(DecisionInput),
        response: { 201: refTo(Meeting), ...problemResponses(...WRITE_PROBLEMS) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await app.write(request, (tx, actingAs) =>
            addDecision(tx, actingAs, request.params.id, request.body),
          ),
        ),
  );

  app.post(
    '/motions/:id/votes',
    {
      schema: {
        tags,
        summary: 'Open a vote on a motion, by roll call or by show of hands, while the meeting is convened',
        params: IdParams,
        body: refTo(VoteOpenInput),
        response: { 201: refTo(Vote), ...problemResponses(...WRITE_PROBLEMS) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await app.write(request, (tx, actingAs) => openVote(tx, actingAs, request.params.id, request.body)),
        ),
  );

  app.get(
    '/votes/:id',
    {
      schema: {
        tags,
        summary: 'A vote’s totals and result (public); each member’s vote for the body’s members',
        params: IdParams,
        response: { 200: refTo(Vote), ...problemResponses(404) },
      },
    },
    async (request) => getVote(app.database.db, request.params.id, request.principal),
  );

  app.post(
    '/votes/:id/close',
    {
      schema: {
        tags,
        summary: 'Close a vote: its counts, the quorum and the outcome are kept',
        params: IdParams,
        response: { 200: refTo(Vote), ...problemResponses(403, 404, 409) },
      },
    },
    async (request) => app.write(request, (tx, actingAs) => closeVote(tx, actingAs, request.params.id)),
  );

  app.post(
    '/votes/:id/ballots',
    {
      schema: {
        tags,
        summary:
          'Cast your vote (a council member present), or the vote of a member whose proxy you hold; once only, while the vote is open',
        params: IdParams,
        body: refTo(BallotInput),
        response: { 201: refTo(Vote), ...problemResponses(...WRITE_PROBLEMS) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await app.write(request, (tx, actingAs) => castVote(tx, actingAs, request.params.id, request.body)),
        ),
  );

  app.put(
    '/votes/:id/show-of-hands',
    {
      schema: {
        tags,
        summary: 'Record the counts of a show of hands (the secretary), before closing the vote',
        params: IdParams,
        body: refTo(ShowOfHandsInput),
        response: { 200: refTo(Vote), ...problemResponses(...WRITE_PROBLEMS) },
      },
    },
    async (request) =>
      app.write(request, (tx, actingAs) => recordShowOfHands(tx, actingAs, request.params.id, request.body)),
  );
};
