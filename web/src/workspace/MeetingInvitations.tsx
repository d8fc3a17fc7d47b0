import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { api, type Problem, useLoad } from '../api/client.ts';
import type { components } from '../api/schema';
import { send } from '../api/send.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { Show } from '../ui/parts.tsx';
import { ProblemNote } from './ProblemNote.tsx';

/*
 * A meeting's invitations by email, for its body's network secretariat (the meeting's answer
 * carries their totals to it alone): the latest round's totals, each recipient's delivery (waiting,
 * sending, sent, failed after its attempts, no address), and buttons to send a changed meeting
 * again or the failed ones. While some are on their way, it looks again every few seconds.
 */

type Totals = components['schemas']['InvitationTotals'];

const STATUS_LABELS: Record<string, string> = {
  queued: 'meeting.invitation_status_queued',
  sending: 'meeting.invitation_status_sending',
  sent: 'meeting.invitation_status_sent',
  failed: 'meeting.invitation_status_failed',
  no_address: 'meeting.invitation_status_no_address',
};

const STATUS_COLORS: Record<string, string> = {
  queued: 'gray',
  sending: 'blue',
  sent: 'green',
  failed: 'red',
  no_address: 'orange',
};

const POLL_MS = 3_000;

export function MeetingInvitations({
  meetingId,
  status,
  totals,
  onSent,
}: {
  meetingId: string;
  /** The meeting's status: a changed meeting is sent again only while it is convened. */
  status: string;
  totals: Totals;
  onSent: () => void;
}) {
  const t = useT();
  const { language } = useLanguage();
  const [look, setLook] = useState(0);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const loaded = useLoad(
    `meeting-invitations/${meetingId}/${totals.round ?? 0}/${totals.total}/${totals.sent}/${look}`,
    () => api.GET('/api/meetings/{id}/invitations', { params: { path: { id: meetingId } } }),
    { keepWhileReloading: true },
  );
  const current = loaded.status === 'ready' ? { ...loaded.data.totals, method: loaded.data.method } : totals;
  const onTheirWay = current.queued + current.sending > 0;
  useEffect(() => {
    if (!onTheirWay) return;
    const timer = setTimeout(() => setLook((value) => value + 1), POLL_MS);
    return () => clearTimeout(timer);
  }, [onTheirWay]);
  const sendAgain = async (to: 'everyone' | 'failed') => {
    setBusy(true);
    const answer = await send(
      api.POST('/api/meetings/{id}/invitations', { params: { path: { id: meetingId } }, body: { to } }),
    );
    setBusy(false);
    setProblem(answer.problem ?? null);
    if (!answer.problem) {
      setLook((value) => value + 1);
      onSent();
    }
  };
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Stack gap="xs" data-testid="meeting-invitations">
      <Title order={2} size="h3">
        {t('meeting.invitations')}
      </Title>
      <Show loaded={loaded}>
        {(view) =>
          view.round === null ? (
            <Text c="dimmed">{t('meeting.invitations_none')}</Text>
          ) : (
            <Stack gap="xs">
              <Group gap="xs">
                <Text>
                  {view.method === 'cancel'
                    ? t('meeting.invitations_cancellation', { round: view.round })
                    : t('meeting.invitations_round', { round: view.round })}
                </Text>
                <Badge
                  color={view.totals.failed > 0 ? 'red' : 'green'}
                  variant="light"
                  c="dark.8"
                  data-testid="invitations-totals"
                >
                  {t('meeting.invitations_totals', { sent: view.totals.sent, total: view.totals.total })}
                </Badge>
                {(['queued', 'sending', 'failed', 'no_address'] as const).map((status) => {
                  const count = status === 'no_address' ? view.totals.noAddress : view.totals[status];
                  return count > 0 ? (
                    <Badge key={status} color={STATUS_COLORS[status]} variant="light" c="dark.8">
                      {t(STATUS_LABELS[status] ?? 'meeting.invitation_status_queued')}: {count}
                    </Badge>
                  ) : null;
                })}
              </Group>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('meeting.invitations_recipient')}</Table.Th>
                    <Table.Th>{t('meeting.invitations_status')}</Table.Th>
                    <Table.Th>{t('meeting.invitations_attempts')}</Table.Th>
                    <Table.Th>{t('meeting.invitations_sent_at')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {view.recipients.map((recipient) => (
                    <Table.Tr key={recipient.personId}>
                      <Table.Td>
                        <bdi>{recipient.name}</bdi>
                      </Table.Td>
                      <Table.Td>
                        <Badge color={STATUS_COLORS[recipient.status] ?? 'gray'} variant="light" c="dark.8">
                          {t(STATUS_LABELS[recipient.status] ?? 'meeting.invitation_status_queued')}
                        </Badge>
                        {recipient.lastError && recipient.status !== 'sent' ? (
                          <Text size="xs" c="dimmed" title={t('meeting.invitations_last_error')}>
                            <bdi dir="ltr">{recipient.lastError}</bdi>
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>{recipient.attempts}</Table.Td>
                      <Table.Td>{recipient.sentAt ? when.format(new Date(recipient.sentAt)) : '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          )
        }
      </Show>
      <ProblemNote problem={problem} />
      <Group>
        {status === 'convened' ? (
          <Button variant="light" loading={busy} onClick={() => sendAgain('everyone')}>
            {t('meeting.invitations_send_again')}
          </Button>
        ) : null}
        {current.failed > 0 ? (
          <Button variant="outline" color="red" loading={busy} onClick={() => sendAgain('failed')}>
            {t('meeting.invitations_retry_failed')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
