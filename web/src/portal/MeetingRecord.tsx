import { Anchor, Badge, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { api, useLoad } from '../api/client.ts';
import { useSession } from '../app/session.tsx';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { pickText } from '../i18n/names.ts';
import {
  ATTENDANCE_LABELS,
  CHOICE_LABELS,
  DECISION_KIND_LABELS,
  MEETING_MODE_LABELS,
  MEETING_STATUS_LABELS,
  MEMBERSHIP_STATUS_LABELS,
  meetingTime,
  OUTCOME_COLORS,
  OUTCOME_LABELS,
  VOTE_METHOD_LABELS,
} from '../ui/meeting-labels.ts';
import { Name, Show } from '../ui/parts.tsx';
import { usePageTitle } from './usePageTitle.ts';

/*
 * A meeting of a network's body, as the public reads it: when and where, its agenda, who attended
 * and whether the quorum was reached, each motion with its vote's totals and result, the decisions
 * with the record each decides on, and the minutes. Each member's vote shows only to those the API
 * gives it to (the body's members and its secretariat).
 */

type MeetingDetail = NonNullable<
  Awaited<ReturnType<typeof api.GET<'/api/meetings/{id}', { params: { path: { id: string } } }>>>['data']
>;

export function MeetingRecord() {
  const { id = '' } = useParams();
  const t = useT();
  const { language } = useLanguage();
  const { user } = useSession();
  const loaded = useLoad(
    `meeting-record/${id}/${user?.id ?? ''}`,
    () => api.GET('/api/meetings/{id}', { params: { path: { id } } }),
    { keepWhileReloading: true },
  );
  usePageTitle(loaded.status === 'ready' ? pickText(loaded.data.title, language).text : undefined);
  return (
    <Show loaded={loaded}>
      {(meeting) => (
        <Stack gap="xl">
          <Stack gap="xs">
            <Title order={1}>
              <Name text={meeting.title} />
            </Title>
            <BodyOf bodyId={meeting.bodyId} />
            <Group gap="xs">
              <Badge variant="light">{t(MEETING_STATUS_LABELS[meeting.status])}</Badge>
              <Badge variant="outline" color="gray">
                {t(MEETING_MODE_LABELS[meeting.mode])}
              </Badge>
            </Group>
            <Text>
              <time dateTime={meeting.startsAt}>
                {meetingTime(meeting.startsAt, meeting.timezone, language)}
              </time>{' '}
              (<bdi dir="ltr">{meeting.timezone}</bdi>)
            </Text>
            {meeting.place ? (
              <Text>
                {t('meeting.place')} <bdi>{meeting.place}</bdi>
              </Text>
            ) : null}
            {meeting.url ? (
              <Text>
                <Anchor href={meeting.url} rel="noopener">
                  {t('meeting.online_link')}
                </Anchor>
              </Text>
            ) : null}
            {meeting.allowedActions.length > 0 ? (
              <Anchor component={Link} to={`/workspace/meetings/${meeting.id}`}>
                {t('meeting.manage')}
              </Anchor>
            ) : null}
          </Stack>
          <section aria-labelledby="agenda-title">
            <Title order={2} size="h3" id="agenda-title" mb="sm">
              {t('meeting.agenda')}
            </Title>
            {meeting.agenda.length === 0 ? (
              <Text c="dimmed">{t('meeting.no_agenda')}</Text>
            ) : (
              <List type="ordered" spacing="xs">
                {meeting.agenda.map((item) => (
                  <List.Item key={item.id}>
                    <Name text={item.title} />
                    {pickText(item.text, language).text ? (
                      <Text size="sm" dir="auto">
                        {pickText(item.text, language).text}
                      </Text>
                    ) : null}
                  </List.Item>
                ))}
              </List>
            )}
          </section>
          <Attendance meeting={meeting} />
          <Motions meeting={meeting} />
          <Decisions meeting={meeting} />
          <section aria-labelledby="minutes-title">
            <Title order={2} size="h3" id="minutes-title" mb="sm">
              {t('meeting.minutes')}
            </Title>
            {meeting.minutes ? (
              <Stack gap="xs">
                <Text dir="auto" style={{ whiteSpace: 'pre-line' }}>
                  {pickText(meeting.minutes.text, language).text}
                </Text>
                {meeting.minutes.documentUrl ? (
                  <Anchor href={meeting.minutes.documentUrl} rel="noopener">
                    {t('meeting.minutes_document')}
                  </Anchor>
                ) : null}
              </Stack>
            ) : (
              <Text c="dimmed">{t('meeting.no_minutes')}</Text>
            )}
          </section>
        </Stack>
      )}
    </Show>
  );
}

/** The body the meeting is of, and its network, linked. */
function BodyOf({ bodyId }: { bodyId: string }) {
  const t = useT();
  const body = useLoad(`organization/${bodyId}`, () =>
    api.GET('/api/organizations/{id}', { params: { path: { id: bodyId } } }),
  );
  if (body.status !== 'ready') return null;
  const network = body.data.parentId;
  return (
    <Text>
      {t('meeting.of_body')} <Name text={body.data.name} to={network ? `/networks/${network}` : undefined} />
    </Text>
  );
}

function QuorumBadge({ quorum }: { quorum: MeetingDetail['quorum'] }) {
  const t = useT();
  const values = { counted: quorum.counted, required: quorum.required };
  return (
    <Badge
      color={quorum.reached ? 'green' : 'red'}
      variant="light"
      c="dark.8"
      size="lg"
      data-testid="quorum"
      style={{ textTransform: 'none' }}
    >
      {quorum.reached ? t('meeting.quorum_reached', values) : t('meeting.quorum_not_reached', values)}
    </Badge>
  );
}

function Attendance({ meeting }: { meeting: MeetingDetail }) {
  const t = useT();
  const nameOf = (personId: string | null) =>
    meeting.attendance.find((row) => row.personId === personId)?.name ?? '';
  return (
    <section aria-labelledby="attendance-title">
      <Title order={2} size="h3" id="attendance-title" mb="sm">
        {t('meeting.attendance')}
      </Title>
      <QuorumBadge quorum={meeting.quorum} />
      <Text size="sm" c="dimmed" mt="xs">
        {t('meeting.quorum_detail', {
          seats: meeting.quorum.seats,
          present: meeting.quorum.present,
          represented: meeting.quorum.represented,
          excused: meeting.quorum.excused,
          absent: meeting.quorum.absent,
        })}
      </Text>
      {meeting.attendance.length > 0 ? (
        <Table mt="sm" aria-labelledby="attendance-title">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('meeting.member')}</Table.Th>
              <Table.Th>{t('meeting.attendance_status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {meeting.attendance.map((row) => (
              <Table.Tr key={row.personId}>
                <Table.Td>
                  <Anchor component={Link} to={`/people/${row.personId}`}>
                    <bdi>{row.name}</bdi>
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {t(ATTENDANCE_LABELS[row.status])}
                  {row.status === 'proxy' && row.proxyHolderId ? (
                    <> {t('meeting.proxy_held_by', { name: `\u2068${nameOf(row.proxyHolderId)}\u2069` })}</>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </section>
  );
}

function Motions({ meeting }: { meeting: MeetingDetail }) {
  const t = useT();
  return (
    <section aria-labelledby="motions-title">
      <Title order={2} size="h3" id="motions-title" mb="sm">
        {t('meeting.motions')}
      </Title>
      {meeting.motions.length === 0 ? <Text c="dimmed">{t('meeting.no_motions')}</Text> : null}
      <Stack gap="md">
        {meeting.motions.map((motion) => (
          <Card key={motion.id} withBorder padding="sm" data-motion>
            <Text fw={600}>
              <Name text={motion.text} />
            </Text>
            <Text size="sm" c="dimmed">
              {t(DECISION_KIND_LABELS[motion.decisionKind])}
            </Text>
            {motion.votes.length === 0 ? <Text size="sm">{t('meeting.no_vote')}</Text> : null}
            {motion.votes.map((vote) => (
              <Stack key={vote.id} gap={4} mt="xs" data-vote>
                <Group gap="sm">
                  <Text size="sm">{t(VOTE_METHOD_LABELS[vote.method])}</Text>
                  <Text data-testid="totals">
                    {t('meeting.totals', {
                      yes: vote.result.yes,
                      no: vote.result.no,
                      abstain: vote.result.abstain,
                    })}
                  </Text>
                  {vote.result.outcome ? (
                    <Badge
                      color={OUTCOME_COLORS[vote.result.outcome]}
                      variant="light"
                      c="dark.8"
                      style={{ textTransform: 'none' }}
                      data-testid="outcome"
                    >
                      {t(OUTCOME_LABELS[vote.result.outcome])}
                    </Badge>
                  ) : (
                    <Badge variant="outline" style={{ textTransform: 'none' }}>
                      {t('meeting.vote_open')}
                    </Badge>
                  )}
                </Group>
                {vote.ballots && vote.ballots.length > 0 ? (
                  <List size="sm" aria-label={t('meeting.ballots')}>
                    {vote.ballots.map((ballot) => (
                      <List.Item key={ballot.memberId}>
                        <bdi>{ballot.name}</bdi>: {t(CHOICE_LABELS[ballot.choice])}
                        {ballot.mode === 'proxy' ? ` (${t('meeting.by_proxy')})` : ''}
                      </List.Item>
                    ))}
                  </List>
                ) : null}
              </Stack>
            ))}
          </Card>
        ))}
      </Stack>
    </section>
  );
}

function Decisions({ meeting }: { meeting: MeetingDetail }) {
  const t = useT();
  return (
    <section aria-labelledby="decisions-title">
      <Title order={2} size="h3" id="decisions-title" mb="sm">
        {t('meeting.decisions')}
      </Title>
      {meeting.decisions.length === 0 ? <Text c="dimmed">{t('meeting.no_decisions')}</Text> : null}
      <List spacing="sm">
        {meeting.decisions.map((decision) => (
          <List.Item key={decision.id} data-decision>
            <Name text={decision.text} />
            {decision.entityType && decision.entityId ? (
              <Text size="sm">
                {t('meeting.decides_on')}{' '}
                <DecidedOn bodyId={meeting.bodyId} type={decision.entityType} id={decision.entityId} />
              </Text>
            ) : null}
          </List.Item>
        ))}
      </List>
    </section>
  );
}

/** The record a decision decides on, named and linked: a membership by its member. */
function DecidedOn({ bodyId, type, id }: { bodyId: string; type: string; id: string }) {
  switch (type) {
    case 'organization':
      return <OrganizationLink id={id} />;
    case 'person':
      return <PersonLink id={id} />;
    case 'agreement':
      return <AgreementLink id={id} />;
    case 'membership':
      return <MembershipLink bodyId={bodyId} id={id} />;
    default:
      return null;
  }
}

function OrganizationLink({ id }: { id: string }) {
  const loaded = useLoad(`organization/${id}`, () =>
    api.GET('/api/organizations/{id}', { params: { path: { id } } }),
  );
  return loaded.status === 'ready' ? <Name text={loaded.data.name} to={`/organizations/${id}`} /> : null;
}

function PersonLink({ id }: { id: string }) {
  const loaded = useLoad(`person/${id}`, () => api.GET('/api/people/{id}', { params: { path: { id } } }));
  return loaded.status === 'ready' ? (
    <Anchor component={Link} to={`/people/${id}`}>
      <bdi>{loaded.data.name}</bdi>
    </Anchor>
  ) : null;
}

function AgreementLink({ id }: { id: string }) {
  const loaded = useLoad(`agreement/${id}`, () =>
    api.GET('/api/agreements/{id}', { params: { path: { id } } }),
  );
  return loaded.status === 'ready' ? <Name text={loaded.data.title} to={`/agreements/${id}`} /> : null;
}

/** A membership of the body's network, by the member it admits (or admitted), with its state. */
function MembershipLink({ bodyId, id }: { bodyId: string; id: string }) {
  const body = useLoad(`organization/${bodyId}`, () =>
    api.GET('/api/organizations/{id}', { params: { path: { id: bodyId } } }),
  );
  const networkId = body.status === 'ready' ? body.data.parentId : null;
  return networkId ? <NetworkMembership networkId={networkId} id={id} /> : null;
}

function NetworkMembership({ networkId, id }: { networkId: string; id: string }) {
  const t = useT();
  const memberships = useLoad(`memberships-of/${networkId}`, () =>
    api.GET('/api/memberships', { params: { query: { organization: networkId } } }),
  );
  const membership =
    memberships.status === 'ready' ? memberships.data.find((candidate) => candidate.id === id) : undefined;
  if (!membership) {
    return (
      <Anchor component={Link} to={`/networks/${networkId}`}>
        {t('meeting.a_membership')}
      </Anchor>
    );
  }
  return (
    <>
      {membership.memberOrganizationId ? (
        <OrganizationLink id={membership.memberOrganizationId} />
      ) : membership.personId ? (
        <PersonLink id={membership.personId} />
      ) : null}{' '}
      <Badge size="sm" variant="light" data-testid="membership-status" style={{ textTransform: 'none' }}>
        {t(MEMBERSHIP_STATUS_LABELS[membership.status])}
      </Badge>
    </>
  );
}
