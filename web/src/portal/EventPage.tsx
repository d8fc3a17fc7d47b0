import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { api, useLoad } from '../api/client.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { pickText } from '../i18n/names.ts';
import { Isolate, Joined, separatorText } from '../ui/bidi.tsx';
import { formatDay } from '../ui/dates.ts';
import { eventKindLabel, eventStatusLabel, participantRoleLabel } from '../ui/event-labels.ts';
import { formatTimeOfDay, timeZoneName } from '../ui/event-times.ts';
import { Country, DateRange, Name, Show } from '../ui/parts.tsx';
import { AgreementTable } from './AgreementTable.tsx';
import { CalendarLink } from './CalendarLink.tsx';
import { personNames } from './PersonPage.tsx';
import { Sources } from './Sources.tsx';
import { usePageTitle } from './usePageTitle.ts';

const organizationPath = (organization: { id: string; kind: string }) =>
  organization.kind === 'network' ? `/networks/${organization.id}` : `/organizations/${organization.id}`;

type Participant = { id: string; role: string } & Record<string, unknown>;

/** The participants grouped by role, in the order the API gives (organizers first, attendees last). */
function participantsByRole<T extends Participant>(participants: T[]): Array<[T['role'], T[]]> {
  const groups = new Map<T['role'], T[]>();
  for (const participant of participants) {
    const group = groups.get(participant.role) ?? [];
    group.push(participant);
    groups.set(participant.role, group);
  }
  return [...groups];
}

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
            {event.startTime && event.timezone ? (
              <Text size="sm" data-event-times>
                <Isolate>
                  {formatTimeOfDay(event.startTime, language)}
                  {event.endTime
                    ? `${separatorText('dash', language)}${formatTimeOfDay(event.endTime, language)}`
                    : ''}
                </Isolate>
                {separatorText('dot', language)}
                {t('event.time_zone', { zone: timeZoneName(event.timezone, event.startDate, language) })}{' '}
                <Text span c="dimmed" size="sm">
                  (<bdi dir="ltr">{event.timezone}</bdi>)
                </Text>
              </Text>
            ) : null}
            {event.organizer ? (
              <Text size="sm">
                {t('event.organizer')}{' '}
                <Name text={event.organizer.name} to={organizationPath(event.organizer)} />
              </Text>
            ) : null}
            {pickText(event.purpose, language).text ? (
              <Text dir="auto" data-event-purpose>
                <Text span fw={600}>
                  {t('event.purpose')}
                </Text>
                {separatorText('em', language)}
                {pickText(event.purpose, language).text}
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
                {participantsByRole(event.participants).map(([role, participants]) => (
                  <List.Item key={role} data-role={role}>
                    <Text span fw={600}>
                      {t(participantRoleLabel(role))}
                    </Text>
                    {separatorText('em', language)}
                    <Joined
                      separator="comma"
                      items={participants.map((participant) =>
                        participant.person ? (
                          <Name
                            key={participant.id}
                            text={personNames(participant.person)}
                            to={`/people/${participant.person.id}`}
                          />
                        ) : participant.organization ? (
                          <Name
                            key={participant.id}
                            text={participant.organization.name}
                            to={organizationPath(participant.organization)}
                          />
                        ) : null,
                      )}
                    />
                  </List.Item>
                ))}
              </List>
            )}
          </section>

          {event.agreementParts.length ? (
            <section aria-labelledby="event-parts">
              <Title order={2} size="h3" id="event-parts" mb="sm">
                {t('event.parts')}
              </Title>
              <List>
                {event.agreementParts.map((part) => (
                  <List.Item key={part.partId} data-part-signed={part.signedOn ? 'yes' : 'no'}>
                    <Name text={part.agreementTitle} to={`/agreements/${part.agreementId}`} />
                    {separatorText('em', language)}
                    {part.signedOn ? (
                      <Badge variant="light" color="green">
                        {t('event.part_signed', {
                          number: part.number,
                          date: formatDay(part.signedOn, language),
                        })}
                      </Badge>
                    ) : (
                      <Badge variant="outline" color="gray">
                        {t('event.part_to_sign', { number: part.number })}
                      </Badge>
                    )}
                  </List.Item>
                ))}
              </List>
            </section>
          ) : null}

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
          {event.organizer ? (
            <CalendarLink
              owner={event.organizer.kind === 'network' ? 'networks' : 'organizations'}
              id={event.organizer.id}
            />
          ) : null}
        </Stack>
      )}
    </Show>
  );
}
