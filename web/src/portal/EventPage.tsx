import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { api, useLoad } from '../api/client.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { pickText } from '../i18n/names.ts';
import { separatorText } from '../ui/bidi.tsx';
import { eventKindLabel, eventStatusLabel, participantRoleLabel } from '../ui/event-labels.ts';
import { Country, DateRange, Name, Show } from '../ui/parts.tsx';
import { AgreementTable } from './AgreementTable.tsx';
import { personNames } from './PersonPage.tsx';
import { Sources } from './Sources.tsx';
import { usePageTitle } from './usePageTitle.ts';

const organizationPath = (organization: { id: string; kind: string }) =>
  organization.kind === 'network' ? `/networks/${organization.id}` : `/organizations/${organization.id}`;

/** An event: when and where, who organized it and took part, the agreements signed at it, its sources. */
export function EventPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { language } = useLanguage();
  const loaded = useLoad(`event/${id}`, () => api.GET('/api/events/{id}', { params: { path: { id } } }));
  const agreements = useLoad(`event/${id}/agreements`, () =>
    api.GET('/api/agreements', { params: { query: { event: id, limit: 100 } } }),
  );
  usePageTitle(loaded.status === 'ready' ? pickText(loaded.data.title, language).text : undefined);
  return (
    <Show loaded={loaded}>
      {(event) => (
        <Stack gap="xl">
          <Stack gap="xs">
            <Group gap="xs">
              <Badge variant="light">{t(eventKindLabel(event.kind))}</Badge>
              {event.status !== 'held' ? (
                <Badge variant="outline" color={event.status === 'cancelled' ? 'red' : 'gray'}>
                  {t(eventStatusLabel(event.status))}
                </Badge>
              ) : null}
            </Group>
            <Title order={1}>
              <Name text={event.title} />
            </Title>
            <Text>
              <DateRange from={event.startDate} to={event.endDate} />
              {event.place ? (
                <>
                  {separatorText('dot', language)}
                  <Name text={{ fr: event.place.name, en: event.place.name, ...event.place.names }} />
                  {separatorText('comma', language)}
                  <Country code={event.place.countryCode} />
                </>
              ) : null}
            </Text>
            {event.organizer ? (
              <Text size="sm">
                {t('event.organizer')}{' '}
                <Name text={event.organizer.name} to={organizationPath(event.organizer)} />
              </Text>
            ) : null}
            {pickText(event.description, language).text ? (
              <Text dir="auto">{pickText(event.description, language).text}</Text>
            ) : null}
          </Stack>

          <section aria-labelledby="event-participants">
            <Title order={2} size="h3" id="event-participants" mb="sm">
              {t('event.participants', { count: event.participants.length })}
            </Title>
            {event.participants.length === 0 ? (
              <Text c="dimmed">{t('event.no_participants')}</Text>
            ) : (
              <List>
                {event.participants.map((participant) => (
                  <List.Item key={participant.id}>
                    {participant.person ? (
                      <Name text={personNames(participant.person)} to={`/people/${participant.person.id}`} />
                    ) : participant.organization ? (
                      <Name
                        text={participant.organization.name}
                        to={organizationPath(participant.organization)}
                      />
                    ) : null}
                    {separatorText('em', language)}
                    {t(participantRoleLabel(participant.role))}
                  </List.Item>
                ))}
              </List>
            )}
          </section>

          <section aria-labelledby="event-agreements">
            <Title order={2} size="h3" id="event-agreements" mb="sm">
              {t(event.status === 'planned' ? 'event.agreements_planned' : 'event.agreements')}
            </Title>
            <Show loaded={agreements}>
              {(data) =>
                data.items.length === 0 ? (
                  <Text c="dimmed">{t('event.no_agreements')}</Text>
                ) : (
                  <AgreementTable items={data.items} caption={t('event.agreements')} />
                )
              }
            </Show>
          </section>

          <Sources citations={event.sources} />
        </Stack>
      )}
    </Show>
  );
}
