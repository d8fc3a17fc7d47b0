import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import {
  addAgendaItem,
  addDecision,
  addMandate,
  addMotion,
  changeMeetingStatus,
  closeVote,
  createMeeting,
  openVote,
  recordAttendance,
  recordShowOfHands,
  setBodyGovernance,
  setMinutes,
} from '../governance/governance.ts';
import type { BodyPost } from '../governance/rules.ts';
import { organizations } from '../organizations/tables.ts';
import { people } from '../people/tables.ts';
import type { ActingAs } from '../shared/actor.ts';

/*
 * The International Coordination Council of the Club, governed: its rules, its seats by the three
 * categories the launch article names (elected officials of the twinned communes, representatives
 * of partner institutions, experts in the international law of local authorities), mandates for
 * the elected officials the seed articles name, and its first meeting, held the evening of the
 * launch, which adopted the Council's rules of procedure by a show of hands.
 *
 * The articles say what the Council is made of, not who sits on it nor when it met: the mandates,
 * the meeting and its vote are illustrative, to show a body at work; each person keeps the post
 * the articles give them (mayor, president of a communal council). The experts' and the partner
 * institutions' seats are left vacant, as no article names anyone for them.
 */

const COUNCIL = 'International Coordination Council';
const CLUB = 'International Club of Smara Twinned Cities';
/** The Club was launched in Smara on Thursday 30 October 2025. */
const LAUNCH_DAY = '2025-10-30';

const MANDATES: ReadonlyArray<{ name: string; post: BodyPost }> = [
  { name: 'Moulay Brahim Chrif', post: 'chair' },
  { name: 'Fatima Sida', post: 'vice_chair' },
  { name: 'Yahia Tindina', post: 'member' },
  { name: 'Rohi Malik Loi', post: 'member' },
  { name: 'Mostafa Asarid', post: 'member' },
  { name: 'Pankaj Choudhary', post: 'member' },
];

async function organizationNamed(tx: Database, kind: 'network' | 'body', english: string) {
  const [row] = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.kind, kind), sql`${organizations.name}->>'en' = ${english}`));
  if (!row) throw new Error(`the demo has no ${kind} named ${english}`);
  return row.id;
}

async function personNamed(tx: Database, name: string) {
  const [row] = await tx.select({ id: people.id }).from(people).where(eq(people.name, name));
  if (!row) throw new Error(`the demo has no person named ${name}`);
  return row.id;
}

/** Governs the Club's council and records its first meeting; after the articles are loaded. */
export async function loadGovernanceDemo(tx: Database, actor: ActingAs): Promise<{ meetingId: string }> {
  const clubId = await organizationNamed(tx, 'network', CLUB);
  const councilId = await organizationNamed(tx, 'body', COUNCIL);
  const governance = await setBodyGovernance(tx, actor, councilId, {
    rules: {
      quorum: { kind: 'fraction', numerator: 1, denominator: 2 },
      ordinaryMajority: 'simple',
      specialMajority: 'two_thirds',
      proxiesAllowed: true,
      maxProxiesPerMember: 1,
    },
    seats: [
      {
        category: 'elected_officials',
        label: {
          en: 'Elected officials of the twinned communes',
          fr: 'Élus des communes jumelées',
          ar: 'منتخبو الجماعات المتوأمة',
        },
        count: 7,
      },
      {
        category: 'partner_institutions',
        label: {
          en: 'Representatives of partner institutions',
          fr: 'Représentants d’institutions partenaires',
          ar: 'ممثلو المؤسسات الشريكة',
        },
        count: 2,
      },
      {
        category: 'experts',
        label: {
          en: 'Experts in the international law of local authorities',
          fr: 'Experts en droit international des collectivités locales',
          ar: 'خبراء في القانون الدولي للجماعات الترابية',
        },
        count: 2,
      },
    ],
  });
  const elected = governance.seats.find((seat) => seat.category === 'elected_officials')!;
  const members = new Map<string, string>();
  for (const { name, post } of MANDATES) {
    const personId = await personNamed(tx, name);
    members.set(name, personId);
    await addMandate(tx, actor, councilId, {
      seatId: elected.id,
      personId,
      post,
      startDate: LAUNCH_DAY,
      endDate: '2028-10-29',
    });
  }
  const member = (name: string) => members.get(name)!;

  const planned = await createMeeting(tx, actor, councilId, {
    title: {
      en: 'First meeting of the International Coordination Council',
      fr: 'Première réunion du Conseil de coordination international',
      ar: 'الاجتماع الأول لمجلس التنسيق الدولي',
    },
    mode: 'in_person',
    // 17:00 in Smara (Morocco's time, UTC+1), after the launch ceremony.
    startsAt: '2025-10-30T16:00:00Z',
    endsAt: '2025-10-30T18:00:00Z',
    timezone: 'Africa/Casablanca',
    place: 'Smara',
  });
  const meetingId = planned.id;
  await addAgendaItem(tx, actor, meetingId, {
    title: {
      en: 'Rules of procedure of the Council',
      fr: 'Règlement intérieur du Conseil',
      ar: 'النظام الداخلي للمجلس',
    },
    text: {
      en: 'Quorum of half the seats; ordinary decisions by simple majority, special decisions by two thirds; one proxy per member.',
      fr: 'Quorum de la moitié des sièges ; décisions ordinaires à la majorité simple, décisions spéciales aux deux tiers ; une procuration par membre.',
      ar: 'النصاب نصف المقاعد؛ القرارات العادية بالأغلبية البسيطة والقرارات الخاصة بأغلبية الثلثين؛ وكالة واحدة لكل عضو.',
    },
  });
  const withAgenda = await addAgendaItem(tx, actor, meetingId, {
    title: {
      en: 'Programme of work: local development, ecological transition, social cohesion, youth',
      fr: 'Programme de travail : développement local, transition écologique, cohésion sociale, jeunesse',
      ar: 'برنامج العمل: التنمية المحلية، والانتقال البيئي، والتماسك الاجتماعي، والشباب',
    },
  });
  const rulesItem = withAgenda.agenda[0]!;
  const withMotion = await addMotion(tx, actor, meetingId, {
    agendaItemId: rulesItem.id,
    text: {
      en: 'The Council adopts its rules of procedure',
      fr: 'Le Conseil adopte son règlement intérieur',
      ar: 'يصادق المجلس على نظامه الداخلي',
    },
    decisionKind: 'ordinary',
  });
  const motionId = withMotion.motions[0]!.id;
  await changeMeetingStatus(tx, actor, meetingId, { action: 'convene' });
  for (const name of [
    'Moulay Brahim Chrif',
    'Fatima Sida',
    'Yahia Tindina',
    'Rohi Malik Loi',
    'Mostafa Asarid',
  ]) {
    await recordAttendance(tx, actor, meetingId, member(name), { status: 'present' });
  }
  await recordAttendance(tx, actor, meetingId, member('Pankaj Choudhary'), {
    status: 'proxy',
    proxyHolderId: member('Moulay Brahim Chrif'),
  });
  const vote = await openVote(tx, actor, motionId, { method: 'show_of_hands' });
  await recordShowOfHands(tx, actor, vote.id, { yes: 5, no: 0, abstain: 1 });
  await closeVote(tx, actor, vote.id);
  await addDecision(tx, actor, meetingId, {
    text: {
      en: 'The International Coordination Council adopts its rules of procedure for the International Club of Smara Twinned Cities.',
      fr: 'Le Conseil de coordination international adopte son règlement intérieur pour le Club international de Smara des villes jumelées.',
      ar: 'يصادق مجلس التنسيق الدولي على نظامه الداخلي الخاص بنادي السمارة الدولي للمدن المتوأمة.',
    },
    voteEventId: vote.id,
    entityType: 'organization',
    entityId: clubId,
  });
  await changeMeetingStatus(tx, actor, meetingId, { action: 'hold' });
  await setMinutes(tx, actor, meetingId, {
    text: {
      en: 'Chaired by the Council’s chair. Five members present and one represented by proxy: the quorum (6 of 11 seats) was reached. The rules of procedure were adopted by a show of hands: 5 in favour, none against, 1 abstention. The programme of work will be taken up at the next meeting.',
      fr: 'Présidée par le président du Conseil. Cinq membres présents et un représenté par procuration : le quorum (6 sièges sur 11) était atteint. Le règlement intérieur a été adopté à main levée : 5 pour, aucun contre, 1 abstention. Le programme de travail sera examiné à la prochaine réunion.',
      ar: 'ترأس الاجتماع رئيس المجلس. حضر خمسة أعضاء ومُثّل عضو واحد بالوكالة، فاكتمل النصاب (6 من 11 مقعدًا). وصودق على النظام الداخلي برفع الأيدي: 5 أصوات مع، ولا صوت ضد، وامتناع واحد. ويُدرس برنامج العمل في الاجتماع المقبل.',
    },
  });
  return { meetingId };
}
