import { Anchor, Badge, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { api, useLoad } from '../api/client.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { pickText } from '../i18n/names.ts';
import { MEETING_STATUS_LABELS, meetingTime, POST_LABELS } from '../ui/meeting-labels.ts';
import { DateRange, Name } from '../ui/parts.tsx';

/*
 * A body of a network on the network's page: its seats by category (how many are filled and
 * vacant, who holds them, in which post and since when), and its meetings to come and the last
 * ones held, each linked to its page.
 */

/** How many of the last held meetings the network's page lists. */
const LAST_HELD = 3;

/** The seats of a body by category, or `fallback` (the seats recorded as memberships) when it has none. */
export function BodySeats({ bodyId, fallback }: { bodyId: string; fallback: ReactNode }) {
  const t = useT();
  const { language } = useLanguage();
  const loaded = useLoad(`body-governance/${bodyId}`, () =>
    api.GET('/api/bodies/{id}/governance', { params: { path: { id: bodyId } } }),
  );
  if (loaded.status !== 'ready' || loaded.data.seats.length === 0) return <>{fallback}</>;
  const governance = loaded.data;
  const filled = governance.seats.reduce((sum, seat) => sum + seat.holders.length, 0);
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('governance.seats_summary', {
          count: governance.seatCount,
          filled,
          vacant: governance.seatCount - filled,
        })}
      </Title>
      <Table aria-label={t('governance.seats_by_category')} data-seats>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('governance.category')}</Table.Th>
            <Table.Th>{t('governance.filled')}</Table.Th>
            <Table.Th>{t('governance.vacant')}</Table.Th>
            <Table.Th>{t('governance.holders')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {governance.seats.map((seat) => (
            <Table.Tr key={seat.id} data-seat-category={seat.category}>
              <Table.Td>
                {pickText(seat.label, language).text ? (
                  <Name text={seat.label} />
                ) : (
                  <bdi>{seat.category}</bdi>
                )}
              </Table.Td>
              <Table.Td>{seat.holders.length}</Table.Td>
              <Table.Td>{seat.vacant}</Table.Td>
              <Table.Td>
                {seat.holders.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('governance.no_holder')}
                  </Text>
                ) : (
                  <List size="sm" spacing={2}>
                    {seat.holders.map((holder) => (
                      <List.Item key={holder.id} data-seat>
                        <Anchor component={Link} to={`/people/${holder.personId}`}>
                          <bdi>{holder.personName}</bdi>
                        </Anchor>{' '}
                        <Badge size="xs" variant="light" style={{ textTransform: 'none' }}>
                          {t(POST_LABELS[holder.post])}
                        </Badge>{' '}
                        <Text span size="xs" c="dimmed">
                          <DateRange from={holder.startDate} to={holder.endDate} />
                        </Text>
                      </List.Item>
                    ))}
                  </List>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {governance.vacantPosts.length > 0 ? (
        <Text size="sm" c="dimmed">
          {t('governance.vacant_posts')}{' '}
          {governance.vacantPosts.map((post) => t(POST_LABELS[post])).join(language === 'ar' ? '، ' : ', ')}
        </Text>
      ) : null}
    </Stack>
  );
}

type MeetingSummary = {
  id: string;
  title: Record<string, string | undefined>;
  status: string;
  startsAt: string;
  timezone: string;
};

/** A body's meetings to come (convened or planned) and the last ones held. */
export function BodyMeetings({ bodyId, headingId }: { bodyId: string; headingId: string }) {
  const t = useT();
  const loaded = useLoad(`body-meetings/${bodyId}`, () =>
    api.GET('/api/bodies/{id}/meetings', { params: { path: { id: bodyId } } }),
  );
  if (loaded.status !== 'ready') return null;
  const now = Date.now();
  const upcoming = loaded.data.items.filter(
    (meeting) =>
      (meeting.status === 'convened' || meeting.status === 'draft') &&
      Date.parse(meeting.startsAt) >= now - 86_400_000,
  );
  const held = loaded.data.items
    .filter((meeting) => meeting.status === 'held' || meeting.status === 'minutes_approved')
    .slice(-LAST_HELD)
    .reverse();
  return (
    <Stack gap="xs" mt="sm">
      <Title order={3} size="h4" id={`${headingId}-upcoming`}>
        {t('governance.upcoming_meetings')}
      </Title>
      <MeetingList
        meetings={upcoming}
        empty={t('governance.no_upcoming_meetings')}
        labelledBy={`${headingId}-upcoming`}
      />
      <Title order={3} size="h4" id={`${headingId}-held`}>
        {t('governance.held_meetings')}
      </Title>
      <MeetingList
        meetings={held}
        empty={t('governance.no_held_meetings')}
        labelledBy={`${headingId}-held`}
      />
    </Stack>
  );
}

function MeetingList({
  meetings,
  empty,
  labelledBy,
}: {
  meetings: MeetingSummary[];
  empty: string;
  labelledBy: string;
}) {
  const t = useT();
  const { language } = useLanguage();
  if (meetings.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  }
  return (
    <List aria-labelledby={labelledBy} spacing="xs">
      {meetings.map((meeting) => (
        <List.Item key={meeting.id} data-meeting>
          <Group gap="xs">
            <Name text={meeting.title} to={`/meetings/${meeting.id}`} />
            <Text span size="sm" c="dimmed">
              <time dateTime={meeting.startsAt}>
                {meetingTime(meeting.startsAt, meeting.timezone, language)}
              </time>
            </Text>
            <Badge size="sm" variant="light" style={{ textTransform: 'none' }}>
              {t(MEETING_STATUS_LABELS[meeting.status as keyof typeof MEETING_STATUS_LABELS])}
            </Badge>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
