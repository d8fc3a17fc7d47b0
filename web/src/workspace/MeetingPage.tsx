import { Badge, Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import { api, type Problem, useLoad } from '../api/client.ts';
import { send } from '../api/send.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { usePageTitle } from '../portal/usePageTitle.ts';
import { Name, Show } from '../ui/parts.tsx';
import { MeetingInvitations } from './MeetingInvitations.tsx';
import { MeetingSecretariat } from './MeetingSecretariat.tsx';
import { ProblemNote } from './ProblemNote.tsx';

/*
 * A meeting of a network's body, for its secretariat and members: the agenda, who attends and
 * whether the quorum is reached, the motions with their votes. Members present vote here; the
 * secretariat moves the meeting through its lifecycle and closes votes. What each may do comes
 * from the meeting's answer (allowedActions) and the rights the routes check.
 */

const STATUS_LABELS: Record<string, string> = {
  draft: 'meeting.status_draft',
  convened: 'meeting.status_convened',
  held: 'meeting.status_held',
  minutes_approved: 'meeting.status_minutes_approved',
  cancelled: 'meeting.status_cancelled',
};

const ACTION_LABELS: Record<string, string> = {
  convene: 'meeting.action_convene',
  hold: 'meeting.action_hold',
  approve_minutes: 'meeting.action_approve_minutes',
  cancel: 'meeting.action_cancel',
};

const ATTENDANCE_LABELS: Record<string, string> = {
  registered: 'meeting.attendance_registered',
  present: 'meeting.attendance_present',
  proxy: 'meeting.attendance_proxy',
  excused: 'meeting.attendance_excused',
  absent: 'meeting.attendance_absent',
};

const CHOICE_LABELS: Record<string, string> = {
  yes: 'meeting.choice_yes',
  no: 'meeting.choice_no',
  abstain: 'meeting.choice_abstain',
};

const OUTCOME_LABELS: Record<string, string> = {
  adopted: 'meeting.outcome_adopted',
  rejected: 'meeting.outcome_rejected',
  no_quorum: 'meeting.outcome_no_quorum',
};

export function MeetingPage() {
  const t = useT();
  const { language } = useLanguage();
  const { id = '' } = useParams();
  const [round, setRound] = useState(0);
  const [problem, setProblem] = useState<Problem | null>(null);
  const meeting = useLoad(
    `meeting/${id}/${round}`,
    () => api.GET('/api/meetings/{id}', { params: { path: { id } } }),
    { keepWhileReloading: true },
  );
  usePageTitle(t('meeting.title'));
  const settle = (answer: { problem?: Problem }) => {
    setProblem(answer.problem ?? null);
    if (!answer.problem) setRound((value) => value + 1);
  };
  return (
    <Show loaded={meeting}>
      {(detail) => {
        const when = new Intl.DateTimeFormat(language, {
          dateStyle: 'full',
          timeStyle: 'short',
          timeZone: detail.timezone,
        }).format(new Date(detail.startsAt));
        const canManage = detail.allowedActions.length > 0;
        return (
          <Stack gap="lg">
            <Title order={1}>
              <Name text={detail.title} />
            </Title>
            <Group gap="xs">
              <Badge>{t(STATUS_LABELS[detail.status] ?? 'meeting.status_draft')}</Badge>
              <Text>
                {when} <bdi>({detail.timezone})</bdi>
              </Text>
              {detail.place ? <Text>{detail.place}</Text> : null}
            </Group>
            <ProblemNote problem={problem} />
            {canManage ? (
              <Group>
                {detail.allowedActions
                  .filter((action) => action !== 'approve_minutes')
                  .map((action) => (
                    <Button
                      key={action}
                      variant="light"
                      onClick={async () =>
                        settle(
                          await send(
                            api.POST('/api/meetings/{id}/transitions', {
                              params: { path: { id } },
                              body: { action },
                            }),
                          ),
                        )
                      }
                    >
                      {t(ACTION_LABELS[action] ?? 'meeting.action_convene')}
                    </Button>
                  ))}
              </Group>
            ) : null}

            {detail.invitations && detail.status !== 'draft' ? (
              <MeetingInvitations
                meetingId={detail.id}
                status={detail.status}
                totals={detail.invitations}
                onSent={() => setRound((value) => value + 1)}
              />
            ) : null}
            <Title order={2} size="h3">
              {t('meeting.agenda')}
            </Title>
            <List type="ordered">
              {detail.agenda.map((item) => (
                <List.Item key={item.id}>
                  <Name text={item.title} />
                </List.Item>
              ))}
            </List>

            <Title order={2} size="h3">
              {t('meeting.attendance')}
            </Title>
            <Badge
              color={detail.quorum.reached ? 'green' : 'red'}
              variant="light"
              c="dark.8"
              size="lg"
              style={{ textTransform: 'none' }}
              data-testid="quorum"
            >
              {detail.quorum.reached
                ? t('meeting.quorum_reached', {
                    counted: detail.quorum.counted,
                    required: detail.quorum.required,
                  })
                : t('meeting.quorum_not_reached', {
                    counted: detail.quorum.counted,
                    required: detail.quorum.required,
                  })}
            </Badge>
            <Table>
              <Table.Tbody>
                {detail.attendance.map((row) => (
                  <Table.Tr key={row.personId}>
                    <Table.Td>
                      <bdi>{row.name}</bdi>
                    </Table.Td>
                    <Table.Td>{t(ATTENDANCE_LABELS[row.status] ?? 'meeting.attendance_registered')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>

            <Title order={2} size="h3">
              {t('meeting.motions')}
            </Title>
            {detail.motions.map((motion) => (
              <Stack key={motion.id} gap="xs">
                <Text fw={600}>
                  <Name text={motion.text} />
                </Text>
                {motion.votes.map((vote) => (
                  <Group key={vote.id} gap="sm">
                    <Text>
                      {t('meeting.totals', {
                        yes: vote.result.yes,
                        no: vote.result.no,
                        abstain: vote.result.abstain,
                      })}
                    </Text>
                    {vote.result.outcome ? (
                      <Badge>{t(OUTCOME_LABELS[vote.result.outcome] ?? 'meeting.outcome_rejected')}</Badge>
                    ) : null}
                    {vote.myBallot ? (
                      <Text size="sm">
                        {t('meeting.my_ballot', {
                          choice: t(CHOICE_LABELS[vote.myBallot.choice] ?? 'meeting.choice_yes'),
                        })}
                      </Text>
                    ) : null}
                    {/* Only the votes the reader may cast (seated, present, not yet voted; proxies they hold). */}
                    {vote.mayVoteFor.map((open) => {
                      const name =
                        detail.attendance.find((row) => row.personId === open.memberId)?.name ?? '';
                      return (
                        <Group
                          key={open.memberId}
                          gap="xs"
                          role={open.mode === 'proxy' ? 'group' : undefined}
                          aria-label={open.mode === 'proxy' ? t('meeting.vote_for', { name }) : undefined}
                        >
                          {open.mode === 'proxy' ? (
                            <Text size="sm">{t('meeting.vote_for', { name })}</Text>
                          ) : null}
                          {(['yes', 'no', 'abstain'] as const).map((choice) => (
                            <Button
                              key={choice}
                              size="xs"
                              onClick={async () =>
                                settle(
                                  await send(
                                    api.POST('/api/votes/{id}/ballots', {
                                      params: { path: { id: vote.id } },
                                      body:
                                        open.mode === 'proxy'
                                          ? { choice, memberId: open.memberId }
                                          : { choice },
                                    }),
                                  ),
                                )
                              }
                            >
                              {t(CHOICE_LABELS[choice] ?? 'meeting.choice_yes')}
                            </Button>
                          ))}
                        </Group>
                      );
                    })}
                    {vote.status === 'open' && canManage ? (
                      <Button
                        size="xs"
                        variant="outline"
                        onClick={async () =>
                          settle(
                            await send(
                              api.POST('/api/votes/{id}/close', { params: { path: { id: vote.id } } }),
                            ),
                          )
                        }
                      >
                        {t('meeting.close_vote')}
                      </Button>
                    ) : null}
                  </Group>
                ))}
              </Stack>
            ))}
            {detail.motions.length === 0 ? <Text c="dimmed">{t('meeting.no_motions')}</Text> : null}
            {canManage ? (
              <MeetingSecretariat meeting={detail} reload={() => setRound((value) => value + 1)} />
            ) : null}
          </Stack>
        );
      }}
    </Show>
  );
}
