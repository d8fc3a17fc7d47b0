import { Anchor, Group, Text } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useLanguage, useT } from '../i18n/i18n.tsx';

/**
 * The address of the iCalendar feed of a network, organization or person, in the reader's language:
 * a calendar application subscribes to it and follows its public events, their changes and cancellations.
 */
export function calendarHref(
  owner: 'networks' | 'organizations' | 'people',
  id: string,
  lang: string,
): string {
  return `/api/${owner}/${id}/calendar.ics?${new URLSearchParams({ lang })}`;
}

export function CalendarLink({ owner, id }: { owner: 'networks' | 'organizations' | 'people'; id: string }) {
  const t = useT();
  const { language } = useLanguage();
  return (
    <Group gap="xs" wrap="nowrap">
      <IconCalendarEvent size={18} aria-hidden="true" />
      <Anchor href={calendarHref(owner, id, language)} type="text/calendar" data-calendar-feed={owner}>
        {t('calendar.subscribe')}
      </Anchor>
      <Text span size="sm" c="dimmed">
        {t('calendar.subscribe_hint')}
      </Text>
    </Group>
  );
}
