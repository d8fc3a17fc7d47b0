/**
 * A network as one Popolo document (https://www.popoloproject.com/): its people, its organizations
 * (the network, its bodies, its member organizations), the posts of its bodies and organizations,
 * the memberships that tie them, its bodies' meetings, motions and votes. Read as the pages read
 * them: anyone gets the public record and each vote's totals; each member's vote only those who
 * see it on the meeting's page (the body's members and its network's secretariat). Contact details
 * are never in it.
 */
import { and, asc, count, eq, inArray, isNotNull } from 'drizzle-orm';
import { canActFor, type Principal } from '../accounts/policy.ts';
import { scopeFacts } from '../accounts/scopes.ts';
import type { Database } from '../db/client.ts';
import {
  agendaItems,
  bodyMandates,
  bodyRules,
  bodySeats,
  meetings,
  motions,
  voteEvents,
  votes,
} from '../governance/tables.ts';
import type { Outcome, VoteChoice } from '../governance/voting.ts';
import { organizations } from '../organizations/tables.ts';
import type { MembershipStatus } from '../people/membership-lifecycle.ts';
import { memberships, people, posts } from '../people/tables.ts';
import { places } from '../places/tables.ts';
import { NotFoundError } from '../shared/errors.ts';
import { UI_LANGUAGES, type UiLanguage } from '../shared/languages.ts';
import { type LocalizedText, pickLocalized } from '../shared/localized.ts';
import type {
  PopoloDocument,
  PopoloEvent,
  PopoloMembership,
  PopoloMotion,
  PopoloOrganization,
  PopoloPerson,
  PopoloPost,
  PopoloVoteEvent,
} from './popolo-schemas.ts';

/**
 * Memberships that were real: the member was admitted (or the person confirmed their post), whether
 * it lasts or ended. Requests not answered, invitations not accepted and refusals never were.
 */
const ADMITTED: readonly MembershipStatus[] = ['active', 'suspended', 'left', 'excluded', 'ended'];
const OVER: readonly MembershipStatus[] = ['left', 'excluded', 'ended'];

const OFFICER_POSTS = ['chair', 'vice_chair', 'secretary', 'treasurer'] as const;

const POST_LABELS: Record<(typeof OFFICER_POSTS)[number] | 'member', Record<UiLanguage, string>> = {
  chair: { en: 'Chair', fr: 'Président·e', ar: 'الرئيس' },
  vice_chair: { en: 'Vice-chair', fr: 'Vice-président·e', ar: 'نائب الرئيس' },
  secretary: { en: 'Secretary', fr: 'Secrétaire', ar: 'الأمين' },
  treasurer: { en: 'Treasurer', fr: 'Trésorier·e', ar: 'أمين المال' },
  member: { en: 'Member', fr: 'Membre', ar: 'عضو' },
};

const SUSPENDED: Record<UiLanguage, string> = { en: 'Suspended', fr: 'Suspendu', ar: 'معلّق' };

/** Popolo's result codes (pass, fail) where they say what happened; no quorum is said as such. */
const RESULT: Record<Outcome, string> = { adopted: 'pass', rejected: 'fail', no_quorum: 'no_quorum' };

/** A moment in UTC to the second, as the Popolo schemas' date patterns take it. */
export function popoloTime(moment: Date): string {
  return moment.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const ordered = (language: UiLanguage) => [language, ...UI_LANGUAGES.filter((other) => other !== language)];

/** The name in the reader's language, and every language's name as another name noted with its code. */
function names(text: LocalizedText, language: UiLanguage, fallback = '') {
  const languages = [...new Set([...ordered(language), ...Object.keys(text)])];
  return {
    name: pickLocalized(text, language) ?? fallback,
    translations: languages.flatMap((code) => {
      const value = text[code];
      return value ? [{ name: value, note: code }] : [];
    }),
  };
}

const spellings = (alternateNames: readonly string[]) =>
  alternateNames.map((name) => ({ name, note: 'alternate spelling' }));

/**
 * What the principal reads of each body, as the meeting's page decides it: its draft meetings (not
 * yet announced) only if they manage it (its network's secretariat), each member's vote only if
 * they manage it or sit on it.
 */
async function readsOfBodies(db: Database, principal: Principal | null, bodyIds: string[]) {
  const manages = new Set<string>();
  const seesVotes = new Set<string>();
  if (!principal || bodyIds.length === 0) return { manages, seesVotes };
  const { networksOf } = await scopeFacts(db, bodyIds);
  for (const bodyId of bodyIds) {
    if (canActFor(principal, { organizationIds: [bodyId], networksOf })) {
      manages.add(bodyId);
      seesVotes.add(bodyId);
    }
    if (principal.grants.some((grant) => grant.role === 'council_member' && grant.scopeId === bodyId)) {
      seesVotes.add(bodyId);
    }
  }
  return { manages, seesVotes };
}

export async function exportPopolo(
  db: Database,
  networkId: string,
  principal: Principal | null,
  language: UiLanguage,
): Promise<PopoloDocument> {
  const [network] = await db
    .select()
    .from(organizations)
    .where(and(eq(organizations.id, networkId), eq(organizations.kind, 'network')));
  if (!network) throw new NotFoundError('network.not_found', { id: networkId });
  const bodies = await db
    .select()
    .from(organizations)
    .where(and(eq(organizations.parentId, networkId), eq(organizations.kind, 'body')))
    .orderBy(asc(organizations.id));
  const bodyIds = bodies.map((body) => body.id);
  const networkAndBodies = [networkId, ...bodyIds];

  // The network's and its bodies' members, organizations or people, that were admitted.
  const memberRows = await db
    .select()
    .from(memberships)
    .where(
      and(inArray(memberships.organizationId, networkAndBodies), inArray(memberships.status, [...ADMITTED])),
    )
    .orderBy(asc(memberships.startDate), asc(memberships.id));
  const memberOrganizationIds = [
    ...new Set(memberRows.flatMap((row) => (row.memberOrganizationId ? [row.memberOrganizationId] : []))),
  ].filter((id) => !networkAndBodies.includes(id));
  const memberOrganizations =
    memberOrganizationIds.length === 0
      ? []
      : await db
          .select()
          .from(organizations)
          .where(inArray(organizations.id, memberOrganizationIds))
          .orderBy(asc(organizations.id));
  const organizationRows = [network, ...bodies, ...memberOrganizations];
  const organizationIds = organizationRows.map((row) => row.id);

  // Posts of those organizations, and the people holding them (a member city's mayor).
  const postRows = await db
    .select()
    .from(posts)
    .where(inArray(posts.organizationId, organizationIds))
    .orderBy(asc(posts.organizationId), asc(posts.id));
  const holderRows =
    memberOrganizationIds.length === 0
      ? []
      : await db
          .select()
          .from(memberships)
          .where(
            and(
              inArray(memberships.organizationId, memberOrganizationIds),
              isNotNull(memberships.personId),
              inArray(memberships.status, [...ADMITTED]),
            ),
          )
          .orderBy(asc(memberships.startDate), asc(memberships.id));
  const membershipRows = [...memberRows, ...holderRows];

  // Bodies' seats, officer posts and mandates.
  const seatRows =
    bodyIds.length === 0
      ? []
      : await db
          .select()
          .from(bodySeats)
          .where(inArray(bodySeats.bodyId, bodyIds))
          .orderBy(asc(bodySeats.bodyId), asc(bodySeats.category));
  const mandateRows =
    bodyIds.length === 0
      ? []
      : await db
          .select()
          .from(bodyMandates)
          .where(inArray(bodyMandates.bodyId, bodyIds))
          .orderBy(asc(bodyMandates.startDate), asc(bodyMandates.id));
  const ruleRows =
    bodyIds.length === 0 ? [] : await db.select().from(bodyRules).where(inArray(bodyRules.bodyId, bodyIds));

  // Meetings, motions and vote events of the bodies; drafts only for those who manage the body.
  const reads = await readsOfBodies(db, principal, bodyIds);
  const meetingRows = (
    bodyIds.length === 0
      ? []
      : await db
          .select()
          .from(meetings)
          .where(inArray(meetings.bodyId, bodyIds))
          .orderBy(asc(meetings.startsAt), asc(meetings.id))
  ).filter((meeting) => meeting.status !== 'draft' || reads.manages.has(meeting.bodyId));
  const motionRows =
    meetingRows.length === 0
      ? []
      : await db
          .select({ motion: motions, meetingId: agendaItems.meetingId })
          .from(motions)
          .innerJoin(agendaItems, eq(agendaItems.id, motions.agendaItemId))
          .where(
            inArray(
              agendaItems.meetingId,
              meetingRows.map((meeting) => meeting.id),
            ),
          )
          .orderBy(asc(motions.createdAt), asc(motions.id));
  const voteRows =
    motionRows.length === 0
      ? []
      : await db
          .select()
          .from(voteEvents)
          .where(
            inArray(
              voteEvents.motionId,
              motionRows.map((row) => row.motion.id),
            ),
          )
          .orderBy(asc(voteEvents.openedAt), asc(voteEvents.id));
  const voteIds = voteRows.map((vote) => vote.id);
  // Totals are everyone's; each member's vote is read only for the bodies whose votes the reader sees.
  const tallies =
    voteIds.length === 0
      ? []
      : await db
          .select({ voteEventId: votes.voteEventId, choice: votes.choice, count: count() })
          .from(votes)
          .where(inArray(votes.voteEventId, voteIds))
          .groupBy(votes.voteEventId, votes.choice);
  const bodyOfMeeting = new Map(meetingRows.map((meeting) => [meeting.id, meeting.bodyId]));
  const motionById = new Map(motionRows.map((row) => [row.motion.id, row]));
  const bodyOfVote = (vote: (typeof voteRows)[number]) =>
    bodyOfMeeting.get(motionById.get(vote.motionId)!.meetingId)!;
  const seeing = reads.seesVotes;
  const seenVoteIds = voteRows.filter((vote) => seeing.has(bodyOfVote(vote))).map((vote) => vote.id);
  const ballotRows =
    seenVoteIds.length === 0
      ? []
      : await db
          .select()
          .from(votes)
          .where(inArray(votes.voteEventId, seenVoteIds))
          .orderBy(asc(votes.voteEventId), asc(votes.castAt), asc(votes.memberId));

  // Everyone the document names.
  const personIds = [
    ...new Set([
      ...membershipRows.flatMap((row) => (row.personId ? [row.personId] : [])),
      ...mandateRows.map((row) => row.personId),
      ...ballotRows.map((row) => row.memberId),
    ]),
  ];
  const personRows =
    personIds.length === 0
      ? []
      : await db
          .select({
            id: people.id,
            name: people.name,
            names: people.names,
            alternateNames: people.alternateNames,
            gender: people.gender,
          })
          .from(people)
          .where(inArray(people.id, personIds))
          .orderBy(asc(people.id));
  const placeIds = organizationRows.flatMap((row) => (row.placeId ? [row.placeId] : []));
  const placeRows =
    placeIds.length === 0
      ? []
      : await db
          .select({ id: places.id, geonamesId: places.geonamesId })
          .from(places)
          .where(inArray(places.id, placeIds));
  const geonamesOf = new Map(placeRows.map((row) => [row.id, row.geonamesId]));

  const persons: PopoloPerson[] = personRows.map((row) => {
    const { translations } = names(row.names, language);
    return {
      id: row.id,
      name: row.name,
      other_names: [...translations, ...spellings(row.alternateNames)],
      identifiers: [{ identifier: row.id, scheme: 'jumelage' }],
      gender: row.gender,
    };
  });

  const organizationsOut: PopoloOrganization[] = organizationRows.map((row) => {
    const { name, translations } = names(row.name, language, row.acronym ?? row.id);
    const geonamesId = row.placeId ? geonamesOf.get(row.placeId) : null;
    return {
      id: row.id,
      name,
      other_names: [
        ...translations,
        ...(row.acronym ? [{ name: row.acronym, note: 'acronym' }] : []),
        ...spellings(row.alternateNames),
      ],
      identifiers: [
        { identifier: row.id, scheme: 'jumelage' },
        ...(geonamesId ? [{ identifier: String(geonamesId), scheme: 'geonames' }] : []),
      ],
      classification: row.kind,
      parent_id: row.parentId,
      description: pickLocalized(row.description, language) ?? null,
      founding_date: row.foundedOn,
      links: row.website ? [{ url: row.website, note: 'website' }] : [],
    };
  });

  const label = (texts: Record<UiLanguage, string>) => ({
    label: texts[language],
    other_label: ordered(language)
      .slice(1)
      .map((code) => texts[code]),
  });
  const officerPostId = (bodyId: string, post: string) => `${bodyId}/posts/${post}`;
  const seatPostId = (bodyId: string, category: string) => `${bodyId}/seats/${category}`;
  const seatLabel = (seat: (typeof seatRows)[number], code: UiLanguage) => {
    const seatName = pickLocalized(seat.label, code) ?? seat.category;
    return `${POST_LABELS.member[code]} (${seatName})`;
  };
  const postsOut: PopoloPost[] = [
    ...bodyIds.flatMap((bodyId) => [
      ...OFFICER_POSTS.map((post) => ({
        id: officerPostId(bodyId, post),
        ...label(POST_LABELS[post]),
        role: post,
        organization_id: bodyId,
      })),
      ...seatRows
        .filter((seat) => seat.bodyId === bodyId)
        .map((seat) => ({
          id: seatPostId(bodyId, seat.category),
          ...label({ ar: seatLabel(seat, 'ar'), fr: seatLabel(seat, 'fr'), en: seatLabel(seat, 'en') }),
          role: 'member',
          organization_id: bodyId,
        })),
    ]),
    ...postRows.map((row) => {
      const { name, translations } = names(row.label, language, row.role);
      return {
        id: row.id,
        label: name,
        other_label: translations.flatMap((translation) =>
          translation.name === name ? [] : [translation.name],
        ),
        role: row.role,
        organization_id: row.organizationId,
      };
    }),
  ];

  const seatById = new Map(seatRows.map((seat) => [seat.id, seat]));
  const membershipsOut: PopoloMembership[] = [
    ...membershipRows.map((row) => {
      const ended = OVER.includes(row.status);
      return {
        id: row.id,
        label:
          row.status === 'suspended' ? SUSPENDED[language] : (pickLocalized(row.label, language) ?? null),
        role: row.role,
        ...(row.personId
          ? { person_id: row.personId }
          : { member: { '@type': 'Organization' as const, id: row.memberOrganizationId! } }),
        organization_id: row.organizationId,
        post_id: row.postId,
        start_date: row.startDate,
        // A membership that is over without an end date ended when it was last changed.
        end_date: row.endDate ?? (ended ? row.updatedAt.toISOString().slice(0, 10) : null),
      };
    }),
    ...mandateRows.map((row) => {
      const seat = seatById.get(row.seatId);
      return {
        id: row.id,
        label: seat ? (pickLocalized(seat.label, language) ?? seat.category) : null,
        role: row.post,
        person_id: row.personId,
        organization_id: row.bodyId,
        post_id:
          row.post === 'member'
            ? seat
              ? seatPostId(row.bodyId, seat.category)
              : null
            : officerPostId(row.bodyId, row.post),
        start_date: row.startDate,
        end_date: row.endDate,
      };
    }),
  ];

  const events: PopoloEvent[] = meetingRows.map((row) => ({
    id: row.id,
    name: pickLocalized(row.title, language) ?? '',
    classification: 'meeting',
    organization_id: row.bodyId,
    start_date: popoloTime(row.startsAt),
    end_date: row.endsAt ? popoloTime(row.endsAt) : null,
    location: row.place ?? row.url,
    status: row.status,
  }));

  const meetingById = new Map(meetingRows.map((meeting) => [meeting.id, meeting]));
  const rulesOf = new Map(ruleRows.map((row) => [row.bodyId, row]));
  const majorityOf = (bodyId: string, kind: 'ordinary' | 'special') => {
    const rules = rulesOf.get(bodyId);
    // A body without rules of its own follows the defaults (governance/rules.ts).
    if (!rules) return kind === 'special' ? 'two_thirds' : 'simple';
    return kind === 'special' ? rules.specialMajority : rules.ordinaryMajority;
  };
  const motionsOut: PopoloMotion[] = motionRows.map(({ motion, meetingId }) => {
    const meeting = meetingById.get(meetingId)!;
    const closed = voteRows.filter((vote) => vote.motionId === motion.id && vote.outcome !== null);
    const last = closed.at(-1);
    return {
      id: motion.id,
      organization_id: meeting.bodyId,
      legislative_session_id: meetingId,
      text: pickLocalized(motion.text, language) ?? '',
      classification: motion.decisionKind,
      date: popoloTime(meeting.startsAt),
      requirement: majorityOf(meeting.bodyId, motion.decisionKind),
      result: last?.outcome ? RESULT[last.outcome] : null,
    };
  });

  const voteEventsOut: PopoloVoteEvent[] = voteRows.map((vote) => {
    const bodyId = bodyOfVote(vote);
    const live = (choice: VoteChoice) =>
      Number(tallies.find((row) => row.voteEventId === vote.id && row.choice === choice)?.count ?? 0);
    // Kept at close, or recorded from a show of hands; counted from the votes while a roll call is open.
    const counted = vote.yes !== null;
    const value = (choice: VoteChoice) => (counted ? (vote[choice] ?? 0) : live(choice));
    return {
      id: vote.id,
      motion_id: vote.motionId,
      organization_id: bodyId,
      legislative_session_id: motionById.get(vote.motionId)!.meetingId,
      classification: vote.method,
      start_date: popoloTime(vote.openedAt),
      end_date: vote.closedAt ? popoloTime(vote.closedAt) : null,
      result: vote.outcome ? RESULT[vote.outcome] : null,
      counts: (['yes', 'no', 'abstain'] as const).map((option) => ({ option, value: value(option) })),
      ...(seeing.has(bodyId)
        ? {
            votes: ballotRows
              .filter((ballot) => ballot.voteEventId === vote.id)
              .map((ballot) => ({
                vote_event_id: vote.id,
                voter_id: ballot.memberId,
                option: ballot.choice,
              })),
          }
        : {}),
    };
  });

  return {
    persons,
    organizations: organizationsOut,
    posts: postsOut,
    memberships: membershipsOut,
    events,
    motions: motionsOut,
    vote_events: voteEventsOut,
  };
}
